package dev.backcare.rules;

import dev.backcare.domain.DoseKind;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.Library;
import dev.backcare.domain.Phase;
import dev.backcare.domain.PhaseSpec;
import dev.backcare.domain.Range;
import dev.backcare.domain.Thresholds;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Doses: where each exercise starts in a phase, where it stands now, and how far it steps. */
final class Doses {
  private Doses() {}

  /** An exercise's dose now, and since when it has been that (empty: not done in this stint). */
  record Current(Prescription prescription, Optional<LocalDate> since) {
    Exercise exercise() {
      return prescription.exercise();
    }
  }

  /** The range the phase allows an exercise: reps, or seconds for holds and activities. */
  static Range range(Library library, Phase phase, Exercise e) {
    return switch (e.dose().kind()) {
      case REPETITIONS -> library.phase(phase).reps();
      case HOLD -> e.dose().seconds();
      case MINUTES -> new Range(e.dose().minutes().start() * 60, e.dose().minutes().target() * 60);
    };
  }

  /** The phase's starting dose of an exercise, as the program gives it. */
  static Prescription start(Library library, Phase phase, Exercise e) {
    PhaseSpec spec = library.phase(phase);
    int sets = switch (e.dose().kind()) {
      case REPETITIONS -> spec.sets();
      case HOLD -> e.dose().sets();
      case MINUTES -> 1;
    };
    int rest = sets > 1 ? spec.restSeconds() : 0;
    return new Prescription(e, sets, range(library, phase, e).start(), rest, OptionalInt.empty());
  }

  /** One step up or down: a repetition, a few seconds of hold, a few minutes of activity. */
  static int step(Thresholds t, Exercise e) {
    return switch (e.dose().kind()) {
      case REPETITIONS -> 1;
      case HOLD -> t.holdStepSeconds();
      case MINUTES -> t.minutesStep() * 60;
    };
  }

  /** The least dose worth doing. */
  static int floor(Exercise e) {
    return switch (e.dose().kind()) {
      case REPETITIONS -> 1;
      case HOLD -> 5;
      case MINUTES -> 60;
    };
  }

  /** What was done of an exercise in a session, if it was done in the same unit. */
  static Optional<Performed> done(Session s, Exercise e) {
    boolean timed = e.dose().kind() != DoseKind.REPETITIONS;
    Optional<Performed> p = s.performed(e.id());
    return p.isPresent() && p.get().timed() == timed ? p : Optional.empty();
  }

  /**
   * The dose now: the amount last done in this stint of the phase (never above the phase's target),
   * or the phase's start if it was not done in this stint. Its "since" is exact only after
   * {@code settled}: the progress rule treats every day up to then alike, so the walk stops there.
   */
  static Current current(Library library, Phase phase, Exercise e, List<Session> stint,
      LocalDate settled) {
    Prescription start = start(library, phase, e);
    Range range = range(library, phase, e);
    for (int i = stint.size() - 1; i >= 0; i--) {
      Optional<Performed> p = done(stint.get(i), e);
      if (p.isEmpty()) {
        continue;
      }
      int amount = p.get().amount();
      LocalDate since = stint.get(i).date();
      for (int j = i - 1; j >= 0 && since.isAfter(settled); j--) {
        Optional<Performed> q = done(stint.get(j), e);
        if (q.isPresent()) {
          if (q.get().amount() != amount) {
            break;
          }
          since = stint.get(j).date();
        }
      }
      int now = Math.max(floor(e), Math.min(range.target(), amount));
      return new Current(
          new Prescription(e, start.sets(), now, start.restSeconds(), OptionalInt.empty()),
          Optional.of(since));
    }
    return new Current(start, Optional.empty());
  }

  /**
   * The dose after a reduction from {@code offending}: the latest smaller dose that stayed within
   * the rules, else one step less; never more than {@code current}.
   */
  static int reduced(Facts f, Exercise e, int offending, int current, List<Session> sessions) {
    int result = Math.max(floor(e), offending - step(f.t, e));
    for (int i = sessions.size() - 1; i >= 0; i--) {
      Session s = sessions.get(i);
      Optional<Performed> p = done(s, e);
      if (p.isPresent() && p.get().amount() < offending && f.withinRules(s.date())) {
        result = Math.max(floor(e), p.get().amount());
        break;
      }
    }
    return Math.min(result, current);
  }
}
