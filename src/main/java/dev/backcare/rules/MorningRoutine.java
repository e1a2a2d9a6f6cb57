package dev.backcare.rules;

import dev.backcare.domain.DoseKind;
import dev.backcare.domain.Event.PlanChange;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import dev.backcare.domain.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code today --morning}: the gentle set done in bed before getting up, for morning stiffness,
 * dosed by today's rules. A pure function of the recommendation, the history and the library.
 */
public final class MorningRoutine {
  /**
   * The set, in order: knee rolls and pelvic tilts, both done lying on the back with the knees
   * bent. The library has no field for "in bed"; its knee rolls say "You can do these in bed before
   * you get up to ease morning stiffness", and the seeds name these two for it.
   */
  public static final List<String> IDS = List.of("knee-rolls", "pelvic-tilt");

  /**
   * The set for today ({@code exercises}, empty when the rules say not to exercise), what decided
   * the doses in one or two sentences, and the command that logs it (empty with no exercises).
   */
  public record Routine(List<Prescription> exercises, String why, Optional<String> log) {}

  private MorningRoutine() {}

  /**
   * The set as today's rules allow it. No set on a stop, a check-in still due, a rest day or once
   * the day's sessions are done. In an acute episode, only those of the set the rules give today.
   * Otherwise each exercise at today's dose, or, when it is not in today's session, at the gentlest
   * dose of the program (the initial phase's start), unless the person removed it from the plan or
   * the pain-ceiling rule left it out.
   */
  public static Routine of(Library library, History history, Recommendation r) {
    Optional<String> none = switch (r.decision()) {
      case STOP -> Optional.of("A stop sign is open: no exercises, not even in bed, until a"
          + " professional has cleared you and you log `backcare log cleared`.");
      case CHECK_IN -> Optional.of("You trained yesterday: first log how your back feels this"
          + " morning (backcare log pain N), then run `backcare today --morning` again.");
      case REST -> Optional.of("Today is a rest day: no set, not even in bed. Getting up and"
          + " an easy walk are fine.");
      default -> r.sessionsLeftToday() == 0 ? Optional.of("You have done today's sessions: no"
          + " more today, not even in bed.") : Optional.empty();
    };
    if (none.isPresent()) {
      return new Routine(List.of(), none.get(), Optional.empty());
    }
    List<Prescription> set = new ArrayList<>();
    List<String> added = new ArrayList<>();
    for (String id : IDS) {
      Optional<Prescription> today = r.exercises().stream()
          .filter(p -> p.exercise().id().equals(id)).findFirst();
      Optional<Exercise> e = library.exercise(id);
      if (today.isPresent()) {
        set.add(today.get());
      } else if (r.decision() != Decision.ACUTE && e.isPresent() && !removed(history, id)
          && !leftOut(r, id)) {
        set.add(Doses.start(library, Phase.INITIAL, e.get()));
        added.add(e.get().name().toLowerCase(Locale.ROOT));
      }
    }
    if (set.isEmpty()) {
      return new Routine(List.of(), "Today's rules leave out both exercises of the morning set,"
          + " so there is none today.", Optional.empty());
    }
    String doses = r.decision() == Decision.ACUTE
        ? "An acute episode: only what today's rules allow, and only if it feels comfortable."
        : added.isEmpty() ? "The doses are today's, as `backcare today` gives them."
        : capital(String.join(" and ", added)) + " "
            + (added.size() == 1 ? "is not in today's session, so it comes"
                : "are not in today's session, so they come")
            + " at the program's gentlest dose" + (added.size() < set.size()
                ? "; the rest at today's dose." : ".");
    String why = doses + (r.timesPerDay() == 1 ? " Logged, it is today's one session."
        : " Logged, it counts as one of today's sessions (up to " + r.timesPerDay() + ").");
    return new Routine(List.copyOf(set), why, Optional.of("backcare log session --during N "
        + set.stream().map(p -> "--exercise " + p.exercise().id() + ":" + logged(p))
            .collect(Collectors.joining(" "))));
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A dose as {@code --exercise} takes it: 1x3, 2x20s, 1x10m. */
  static String logged(Prescription p) {
    return p.sets() + "x" + (p.kind() == DoseKind.MINUTES ? p.amount() / 60 + "m"
        : p.amount() + (p.kind() == DoseKind.HOLD ? "s" : ""));
  }

  /** The person's latest change to the plan for this exercise removed it. */
  private static boolean removed(History history, String id) {
    boolean out = false;
    for (PlanChange c : history.planChanges()) {
      if (c.exercise().equals(id)) {
        out = !c.add();
      }
    }
    return out;
  }

  /** The pain-ceiling rule left the exercise out today (three sessions above it at its least). */
  private static boolean leftOut(Recommendation r, String id) {
    return r.reasons().stream().anyMatch(x -> x.rule() == Rule.PAIN_CEILING
        && x.message().contains(" " + id) && x.message().contains("left out"));
  }
}
