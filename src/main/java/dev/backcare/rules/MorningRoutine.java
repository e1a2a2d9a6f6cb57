package dev.backcare.rules;

import dev.backcare.domain.DoseKind;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code today --morning}: the gentle set done in bed before getting up, for morning stiffness,
 * dosed by today's rules: a part of today's session, never more than it.
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
   * The set as today's rules allow it: those of the two that today's session holds, at today's
   * doses, and nothing the rules did not give. No set on a stop, a check-in still due, a rest day
   * or once the day's sessions are done.
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
    List<Prescription> set = r.exercises().stream()
        .filter(p -> IDS.contains(p.exercise().id()))
        .sorted(Comparator.comparing(p -> IDS.indexOf(p.exercise().id())))
        .toList();
    if (set.isEmpty()) {
      return new Routine(List.of(), "Today's session has neither knee rolls nor pelvic tilts,"
          + " so there is no set in bed today: do the session as `backcare today` gives it.",
          Optional.empty());
    }
    String doses = r.decision() == Decision.ACUTE
        ? "An acute episode: only what today's rules allow, and only if it feels comfortable."
        : "The doses are today's, as `backcare today` gives them.";
    String why = doses + (r.timesPerDay() == 1 ? " Logged, it is today's one session."
        : " Logged, it counts as one of today's sessions (up to " + r.timesPerDay() + ").");
    return new Routine(set, why, Optional.of("backcare log session --during N "
        + set.stream().map(p -> "--exercise " + p.exercise().id() + ":" + logged(p))
            .collect(Collectors.joining(" "))));
  }

  /** A dose as {@code --exercise} takes it: 1x3, 2x20s, 1x10m. */
  static String logged(Prescription p) {
    return p.sets() + "x" + (p.kind() == DoseKind.MINUTES ? p.amount() / 60 + "m"
        : p.amount() + (p.kind() == DoseKind.HOLD ? "s" : ""));
  }
}
