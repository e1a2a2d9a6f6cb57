package dev.backcare.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One line of the journal. Every event has an id and the time it happened, with the offset of the
 * person's clock then; its local date is the date on that clock.
 */
public sealed interface Event {
  /** The journal format version written by this program. */
  int FORMAT = 1;

  String id();

  OffsetDateTime at();

  /** The journal's name for this type of event. */
  String type();

  default LocalDate date() {
    return at().toLocalDate();
  }

  /**
   * A program begins on {@code start} with these exercises (empty: the phase defaults); {@code
   * extensionEases}: the person said bending backward eases or centralises their pain.
   */
  record PlanStart(String id, OffsetDateTime at, LocalDate start, List<String> exercises,
      boolean extensionEases) implements Event {
    public PlanStart(String id, OffsetDateTime at, LocalDate start, List<String> exercises) {
      this(id, at, start, exercises, false);
    }

    public String type() {
      return "plan-start";
    }
  }

  /** An exercise added to or removed from the plan. */
  record PlanChange(String id, OffsetDateTime at, boolean add, String exercise) implements Event {
    public String type() {
      return "plan-change";
    }
  }

  /**
   * One exercise as it was done in a session: {@code sets} of {@code amount} repetitions, or of
   * {@code amount} seconds when {@code timed}.
   */
  record Performed(String exercise, int sets, int amount, boolean timed) {
    /** The volume the 10 % rule counts: sets times reps, or sets times seconds. */
    public int volume() {
      return sets * amount;
    }
  }

  /**
   * A training session. Pain during is its peak; pain before and after are optional. Stop signs
   * noticed in it count exactly as {@link Symptom}s logged at its time.
   */
  record Session(
      String id,
      OffsetDateTime at,
      Phase phase,
      List<Performed> exercises,
      int during,
      OptionalInt before,
      OptionalInt after,
      Optional<String> note,
      List<StopSign> stopSigns)
      implements Event {
    public Session {
      exercises = List.copyOf(exercises);
      stopSigns = List.copyOf(stopSigns);
    }

    /** A session with no stop signs. */
    public Session(String id, OffsetDateTime at, Phase phase, List<Performed> exercises,
        int during, OptionalInt before, OptionalInt after, Optional<String> note) {
      this(id, at, phase, exercises, during, before, after, note, List.of());
    }

    public String type() {
      return "session";
    }

    public Optional<Performed> performed(String exercise) {
      for (Performed p : exercises) {
        if (p.exercise().equals(exercise)) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    }
  }

  /** A pain check-in: how the back feels now. */
  record CheckIn(String id, OffsetDateTime at, int pain, Optional<String> note) implements Event {
    public String type() {
      return "check-in";
    }
  }

  /** A stop-sign symptom. */
  record Symptom(String id, OffsetDateTime at, StopSign kind, Optional<String> note)
      implements Event {
    public String type() {
      return "symptom";
    }
  }

  /** A professional cleared the person to exercise again. */
  record Cleared(String id, OffsetDateTime at, Optional<String> note) implements Event {
    public String type() {
      return "cleared";
    }
  }

  /** A correction: the event with id {@code target} is void. */
  record Correction(String id, OffsetDateTime at, String target, Optional<String> note)
      implements Event {
    public String type() {
      return "void";
    }
  }
}
