package dev.backcare.rules;

import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Phase;
import dev.backcare.domain.PhaseSpec;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The {@code phase} rule: phases follow the weeks since the start, one phase at a time, and a new
 * phase begins only after a run of days with no reduction.
 */
final class Phases {
  private Phases() {}

  record Result(Phase phase, Optional<Reason> reason) {}

  /** The phase for today; a rising weekly trend ({@code trend}) also keeps a new phase waiting. */
  static Result effective(Facts f, LocalDate start, List<Session> sinceStart,
      Optional<Reason> trend) {
    Phase last = sinceStart.isEmpty() ? Phase.INITIAL
        : sinceStart.get(sinceStart.size() - 1).phase();
    long days = Plans.stint(sinceStart, last).stream().map(Session::date).distinct().count();
    return effective(f, start, last, (int) days, trend, setback(f));
  }

  /**
   * The same, from the phase of the latest session since the start ({@code last}), the training
   * days done in it ({@code trainingDays}: the days of its current stint) and a {@code setback}
   * the pain rules still answer (a projection of calm days has none). The calendar gives the
   * earliest week a phase may begin; it begins only after {@code phaseHoldDays} training days in
   * the phase before it and as many days with no reduction, one phase at a time. A plan never
   * trained in stays in the initial phase, whatever its start date.
   */
  static Result effective(Facts f, LocalDate start, Phase last, int trainingDays,
      Optional<Reason> trend, Optional<String> setback) {
    int week = Plans.week(start, f.today);
    Phase byWeek = f.library.phaseForWeek(week).phase();
    if (byWeek.compareTo(last) <= 0) {
      return new Result(byWeek, Optional.empty());
    }
    Phase next = last.next();
    PhaseSpec spec = f.library.phase(next);
    int needed = f.t.phaseHoldDays();
    Optional<String> reduction = f.reductionWithin(needed);
    reduction = reduction.isPresent() ? reduction : setback;
    if (reduction.isEmpty() && trend.isPresent() && trainingDays > 0) {
      reduction = Optional.of("morning pain rose this week");
    }
    if (reduction.isEmpty() && trainingDays < needed) {
      reduction = Optional.of(trainingDays == 0 ? "no training days in it yet"
          : "only " + trainingDays + " training " + (trainingDays == 1 ? "day" : "days")
              + " in it so far");
    }
    if (reduction.isPresent()) {
      return new Result(last, Optional.of(new Reason(Rule.PHASE, "the " + next.id()
          + " phase can begin from week " + week + ", after " + needed + " training days in the "
          + last.id() + " phase and " + needed + " calm days (" + reduction.get()
          + "); staying in the " + last.id() + " phase")
          .because(new Reason.Threshold("phaseHoldDays", needed))));
    }
    return new Result(next, Optional.of(new Reason(Rule.PHASE, "week " + week + ": the "
        + next.id() + " phase begins. " + spec.summary())
        .because(new Reason.Threshold("phaseHoldDays", needed))));
  }

  /**
   * A setback the pain rules still answer, however long ago: the latest session broke the ceiling,
   * or the morning after the latest training day before today was worse than before it.
   */
  private static Optional<String> setback(Facts f) {
    Optional<LocalDate> last = f.history.trainingDayOnOrBefore(f.today);
    if (last.isPresent() && f.brokeCeiling(last.get())) {
      return Optional.of("pain above the ceiling on " + last.get());
    }
    Optional<LocalDate> before = f.history.trainingDayOnOrBefore(f.today.minusDays(1));
    OptionalInt rise = before.isPresent() ? f.nextDayRise(before.get()) : OptionalInt.empty();
    if (rise.isPresent() && rise.getAsInt() >= f.t.nextDayHoldMargin()) {
      return Optional.of("a worse morning after " + before.get());
    }
    return Optional.empty();
  }

  /** When the phase after {@code phase} is due by the calendar, if there is one. */
  static Optional<Recommendation.PhaseStart> next(Facts f, LocalDate start, Phase phase) {
    if (phase == Phase.MAINTENANCE) {
      return Optional.empty();
    }
    PhaseSpec spec = f.library.phase(phase.next());
    LocalDate due = start.plusWeeks(spec.fromWeek() - 1L);
    if (due.isBefore(f.today.plusDays(1))) {
      due = f.today.plusDays(1);
    }
    return Optional.of(new Recommendation.PhaseStart(phase.next(), due));
  }
}
