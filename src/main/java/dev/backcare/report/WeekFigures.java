package dev.backcare.report;

import dev.backcare.domain.FunctionScale;
import dev.backcare.domain.Phase;
import dev.backcare.domain.StopSign;
import dev.backcare.rules.Decision;
import dev.backcare.rules.Rule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One week's figures. Comparisons with "the week before" compare the same weekdays, so a week
 * still in progress (or cut short by {@code --to}) is set against the same days a week earlier.
 *
 * @param days every day of the week, counted or not
 * @param phase the phase on the week's last counted day, if the plan had begun
 * @param decisions how many days the rules gave each decision
 * @param rules how many days each rule fired
 * @param phaseStart the phase whose first seven days the week ends in, when its starting doses,
 *     not the weekly volume cap, set the volume (the cap's rule, {@code rules.WeeklyCap})
 * @param function the week's ratings on the functional scale
 */
public record WeekFigures(
    LocalDate start,
    LocalDate end,
    List<DayFigures> days,
    Optional<Phase> phase,
    int planWeek,
    Adherence adherence,
    SessionPain pain,
    NextDays nextDays,
    Mornings mornings,
    List<Volume> volumes,
    Volume totalReps,
    Volume totalSeconds,
    Map<Decision, Integer> decisions,
    Map<Rule, Integer> rules,
    List<PhaseChange> phaseChanges,
    List<StopSignLogged> stopSigns,
    List<LocalDate> clearings,
    Optional<PhaseStart> phaseStart,
    List<Sign> signs,
    FunctionScores function) {

  /** The same week, with these signs. */
  public WeekFigures withSigns(List<Sign> shown) {
    return new WeekFigures(start, end, days, phase, planWeek, adherence, pain, nextDays, mornings,
        volumes, totalReps, totalSeconds, decisions, rules, phaseChanges, stopSigns, clearings,
        phaseStart, List.copyOf(shown), function);
  }

  /** Days of the week up to today. */
  public int countedDays() {
    int n = 0;
    for (DayFigures d : days) {
      n += d.counted() ? 1 : 0;
    }
    return n;
  }

  /** Anything was logged this week. A week without entries has no figures, only this. */
  public boolean hasData() {
    for (DayFigures d : days) {
      if (d.logged()) {
        return true;
      }
    }
    return !function.rated().isEmpty();
  }

  /**
   * Sessions done against what the rules asked. A day the rules said to train asks at least
   * {@link DayFigures#minimumSessions} and allows up to its {@link DayFigures#prescribedSessions}:
   * {@code prescribedDays} such days, {@code daysAsPrescribed} of them with at least the minimum
   * done, {@code sessionsAsked} sessions done on them; {@code minimumSessions} the sum of their
   * minimums and {@code towardMinimum} the sessions that met them (at most the minimum each day);
   * {@code fewestAllowed} and {@code mostAllowed} the lowest and highest daily most; {@code offPlan}
   * the sessions on days the rules said to rest or stop.
   */
  public record Adherence(int sessions, int trainingDays, int prescribedDays,
      int daysAsPrescribed, int sessionsAsked, int minimumSessions, int towardMinimum,
      int fewestAllowed, int mostAllowed, int offPlan) {

    public OptionalInt sessionsPercent() {
      return percent(towardMinimum, minimumSessions);
    }

    public OptionalInt daysPercent() {
      return percent(daysAsPrescribed, prescribedDays);
    }

    private static OptionalInt percent(int part, int whole) {
      return whole == 0 ? OptionalInt.empty() : OptionalInt.of(Math.round(100f * part / whole));
    }
  }

  /** Peak pain during sessions: its mean and maximum, and how many sessions broke the ceiling. */
  public record SessionPain(OptionalDouble mean, OptionalInt max, int aboveCeiling,
      OptionalDouble previousMean, int previousAboveCeiling) {}

  /**
   * Next-day checks: {@code due} training days whose next morning has come, {@code logged} of them
   * checked, {@code worse} of them worse than before the session, {@code pending} still to come.
   */
  public record NextDays(int due, int logged, int worse, int pending) {}

  /** Mean morning check-in pain, this week and over the same days the week before. */
  public record Mornings(int logged, OptionalDouble mean, OptionalDouble previousMean) {
    /** This week's mean less last week's, when both are known. */
    public OptionalDouble change() {
      return mean.isPresent() && previousMean.isPresent()
          ? OptionalDouble.of(mean.getAsDouble() - previousMean.getAsDouble())
          : OptionalDouble.empty();
    }
  }

  /**
   * Volume (sets times repetitions, or seconds when {@code timed}) of one exercise, or the total of
   * all repetitions or all seconds (exercise {@code "total"}), this week and
   * the same days the week before. {@code aboveCap}: over the seven days to the week's last
   * counted day, it rose more than the weekly cap, as the coach's rule counts it (never in the
   * initial phase nor in a phase's first seven days; never on a total).
   */
  public record Volume(String exercise, boolean timed, int amount, int previous,
      boolean aboveCap) {
    /** Percentage change from the week before; absent when there was nothing the week before. */
    public OptionalInt changePercent() {
      return previous == 0 ? OptionalInt.empty()
          : OptionalInt.of(Math.round(100f * (amount - previous) / previous));
    }
  }

  /**
   * Ratings on the functional scale this week: {@code ratings} of them, and each day's latest
   * ({@code rated}, oldest first).
   * {@code mean} is the mean score of the week's ratings of the activities rated last, and
   * {@code change} how far it is above the first rating of those activities, on {@code since}
   * (absent when the week holds that first rating alone).
   */
  public record FunctionScores(int ratings, List<Rated> rated, OptionalDouble mean,
      Optional<LocalDate> since, OptionalDouble change) {
    public static final FunctionScores NONE = new FunctionScores(0, List.of(),
        OptionalDouble.empty(), Optional.empty(), OptionalDouble.empty());

    /** A rise of at least the scale's minimal clinically important difference. */
    public boolean meaningful() {
      return change.isPresent() && FunctionScale.meaningful(change.getAsDouble());
    }
  }

  /** A rating's mean score, on its day. */
  public record Rated(LocalDate date, double mean) {}

  public record PhaseChange(LocalDate date, Phase phase) {}

  /** A phase's first session, on {@code date}. */
  public record PhaseStart(Phase phase, LocalDate date) {}

  public record StopSignLogged(LocalDate date, StopSign sign) {}
}
