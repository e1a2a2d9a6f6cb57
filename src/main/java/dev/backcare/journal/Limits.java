package dev.backcare.journal;

import dev.backcare.BackcareException;
import dev.backcare.domain.Event;
import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Cleared;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event.FunctionRating;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.PlanChange;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.FunctionScale;
import java.util.OptionalInt;

/**
 * What a journal line may hold. The reader ({@link EventFields}) skips a line past these as
 * damaged; the writer ({@link EventCodec#encode}) refuses such an event as bad input, so that
 * nothing is saved that would not be read back.
 */
public final class Limits {
  public static final int LONGEST_ID = 64;
  public static final int MOST_SETS = 100;
  public static final int MOST_REPS = 10_000;
  /** A timed set's seconds: a day at most. */
  public static final int MOST_SECONDS = 86_400;
  public static final int MOST_PAIN = 10;

  private Limits() {}

  /** Refuses, as bad input (exit 2) with one line, an event the reader would not read back. */
  static void check(Event e) {
    String what = "cannot save the " + e.type() + ": ";
    text(what, "its id", e.id());
    if (e.id().length() > LONGEST_ID) {
      throw BackcareException.badInput(what + "its id is longer than " + LONGEST_ID
          + " characters");
    }
    if (e instanceof PlanStart p) {
      p.exercises().forEach(x -> text(what, "an exercise id", x));
    } else if (e instanceof PlanChange c) {
      text(what, "the exercise id", c.exercise());
    } else if (e instanceof Session s) {
      session(what, s);
    } else if (e instanceof CheckIn c) {
      within(what, "pain", c.pain(), 0, MOST_PAIN);
    } else if (e instanceof Correction c) {
      text(what, "the id it voids", c.target());
    } else if (e instanceof FunctionRating f) {
      function(what, f);
    }
  }

  private static void session(String what, Session s) {
    if (s.exercises().isEmpty()) {
      throw BackcareException.badInput(what + "it lists no exercises");
    }
    for (Performed p : s.exercises()) {
      text(what, "an exercise id", p.exercise());
      String name = p.exercise() + ": ";
      within(what + name, "sets", p.sets(), 1, MOST_SETS);
      within(what + name, p.timed() ? "seconds in a set" : "repetitions", p.amount(), 1,
          p.timed() ? MOST_SECONDS : MOST_REPS);
    }
    within(what, "pain during", s.during(), 0, MOST_PAIN);
    optional(what, "pain before", s.before());
    optional(what, "pain after", s.after());
  }

  private static void function(String what, FunctionRating f) {
    if (f.scores().isEmpty() || f.scores().size() > FunctionScale.MOST_ACTIVITIES) {
      throw BackcareException.badInput(what + "it must score one to "
          + FunctionScale.MOST_ACTIVITIES + " activities");
    }
    if (f.activities().stream().distinct().count() < f.scores().size()) {
      throw BackcareException.badInput(what + "an activity is named twice");
    }
    f.scores().forEach(s -> {
      text(what, "an activity", s.activity());
      within(what, "the score", s.score(), 0, FunctionScale.MAX);
      if (s.activity().length() > FunctionScale.LONGEST_NAME) {
        throw BackcareException.badInput(what + "an activity's name is longer than "
            + FunctionScale.LONGEST_NAME + " characters");
      }
    });
  }

  private static void within(String what, String name, int value, int least, int most) {
    if (value < least || value > most) {
      throw BackcareException.badInput(what + name + " must be from " + least + " to " + most
          + ", got " + value);
    }
  }

  private static void optional(String what, String name, OptionalInt value) {
    if (value.isPresent()) {
      within(what, name, value.getAsInt(), 0, MOST_PAIN);
    }
  }

  private static void text(String what, String name, String value) {
    if (value == null || value.isEmpty()) {
      throw BackcareException.badInput(what + name + " is empty");
    }
  }
}
