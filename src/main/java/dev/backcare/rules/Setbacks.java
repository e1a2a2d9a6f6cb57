package dev.backcare.rules;

import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Exercise;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * The rules for days that are not part of steady training: an acute, very painful day before
 * training has really begun ({@code acute}), pain that stays high day after day, and coming back
 * after a gap ({@code return}).
 */
final class Setbacks {
  private Setbacks() {}

  /** A plan's first days, in which a very painful day is an acute episode, not a flare-up. */
  static final int FIRST_DAYS = 3;
  /** How many days in a row of flare-up pain call for an assessment. */
  static final int PERSISTENT_DAYS = 3;
  /** The exercises of an acute day, if the library has them: a walk and the gentlest mobility. */
  static final String WALK = "walking";
  static final String GENTLEST = "knee-rolls";
  /** The walk of an acute day, in minutes: the short end of 10 to 15. */
  static final int ACUTE_WALK_MINUTES = 10;
  /** A gap this long or longer steps the doses back. */
  static final int GAP_DAYS = 7;
  /** A gap this long or longer goes back to the initial phase. */
  static final int LONG_GAP_DAYS = 28;

  /**
   * The worst pain logged in the flare-up days (today and the day before) if it is at the flare-up
   * level and training has not really begun: before any session, or in the plan's first days.
   */
  static OptionalInt acutePain(Facts f, Optional<LocalDate> start, List<Session> sinceStart) {
    boolean early = sinceStart.isEmpty()
        || start.isPresent() && f.today.isBefore(start.get().plusDays(FIRST_DAYS));
    if (!early) {
      return OptionalInt.empty();
    }
    return worstFelt(f, f.today.minusDays(f.t.flareUpDays() - 1L), f.today)
        .filter(p -> p >= f.t.flareUpPain())
        .map(OptionalInt::of)
        .orElse(OptionalInt.empty());
  }

  /**
   * An acute day's advice: a short walk, and the gentlest mobility at no more than a step back
   * would give ({@code stepBack}: the flare-up's doses).
   */
  static List<Prescription> acuteSession(Facts f, List<Prescription> stepBack) {
    Stream<Prescription> walk = f.library.exercise(WALK).stream()
        .map(e -> new Prescription(e, 1, ACUTE_WALK_MINUTES * 60, 0, OptionalInt.empty()));
    Stream<Prescription> gentlest = stepBack.stream()
        .filter(p -> p.exercise().id().equals(GENTLEST));
    return Stream.concat(walk, gentlest).toList();
  }

  static Reason acuteReason(int pain) {
    return new Reason(Rule.ACUTE, "you logged pain " + pain + " before your training has really"
        + " begun: an acute episode. For now: rest in positions that ease it (on your back with"
        + " your knees bent, or on your side with a pillow between your knees), walk gently for"
        + " 10-15 minutes several times a day, and do the knee rolls only if they feel"
        + " comfortable. Sessions begin when the pain has eased");
  }

  /**
   * Pain at the flare-up level on more than {@link #PERSISTENT_DAYS} days in a row up to today:
   * the number of days, if so.
   */
  static OptionalInt persistent(Facts f) {
    int days = 0;
    for (LocalDate d = f.today; worstFelt(f, d, d).orElse(0) >= f.t.flareUpPain();
        d = d.minusDays(1)) {
      days++;
    }
    return days > PERSISTENT_DAYS ? OptionalInt.of(days) : OptionalInt.empty();
  }

  static Reason persistentReason(Facts f, int days) {
    return new Reason(Rule.ACUTE, "pain of " + f.t.flareUpPain() + " or more on " + days
        + " days in a row: please have your back assessed by a doctor or physiotherapist soon")
        .because(new Reason.Threshold("flareUpPain", f.t.flareUpPain()));
  }

  /** A pain above the ceiling before the first session, said plainly. */
  static Optional<Reason> aboveCeilingBeforeStart(Facts f) {
    Optional<Integer> worst = worstFelt(f, f.today, f.today);
    if (worst.isEmpty() || worst.get() <= f.t.painCeiling()) {
      return Optional.empty();
    }
    return Optional.of(new Reason(Rule.PAIN_CEILING, "your pain today (" + worst.get()
        + ") is above the ceiling of " + f.t.painCeiling() + " for exercise: start very gently,"
        + " and stop any movement that makes it worse")
        .because(new Reason.Threshold("painCeiling", f.t.painCeiling())));
  }

  /** Days since the last session, if it is {@link #GAP_DAYS} or more ago. */
  static OptionalInt gap(Facts f, List<Session> sinceStart) {
    if (sinceStart.isEmpty() || !f.sessionsToday().isEmpty()) {
      return OptionalInt.empty();
    }
    long days = ChronoUnit.DAYS.between(sinceStart.get(sinceStart.size() - 1).date(), f.today);
    return days >= GAP_DAYS ? OptionalInt.of((int) days) : OptionalInt.empty();
  }

  /**
   * The doses after a gap of {@code days}: the current ones one step lower for each whole week
   * away, never below the least dose; after {@link #LONG_GAP_DAYS} the initial phase's start.
   * Only exercises done before come back: a return brings nothing new.
   */
  static List<Prescription> comeback(Facts f, List<Doses.Current> doses, int days) {
    int weeks = days / 7;
    return doses.stream()
        .filter(c -> c.since().isPresent())
        .map(c -> {
          Prescription p = c.prescription();
          Exercise e = p.exercise();
          int amount = Math.max(Doses.floor(e), p.amount() - weeks * Doses.step(f.t, e));
          return p.withAmount(Math.min(amount, p.amount()), p.restSeconds());
        })
        .toList();
  }

  static Reason returnReason(int days, boolean initial) {
    return new Reason(Rule.RETURN, "your last session was " + days + " days ago: after a break"
        + " the body needs time to get used to exercise again, so "
        + (initial ? "back to the initial phase's exercises and doses"
            : "the doses step back " + (days / 7 == 1 ? "one step" : days / 7 + " steps")
                + " and nothing new is added")
        + ". They go up again by the usual steps");
  }

  /**
   * The worst pain given from {@code from} to {@code to}: check-ins, and pain before a session.
   */
  private static Optional<Integer> worstFelt(Facts f, LocalDate from, LocalDate to) {
    return from.datesUntil(to.plusDays(1))
        .flatMap(d -> f.felt(d).stream())
        .map(Facts.Felt::pain)
        .max(Integer::compare);
  }
}
