package dev.backcare.rules;

import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.FunctionRating;
import dev.backcare.domain.FunctionScale;
import dev.backcare.text.Words;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The {@code weekly-trend} and {@code no-improvement} rules, on morning check-ins and, for the
 * second, ratings on the functional scale.
 */
final class Trends {
  private Trends() {}

  static Optional<Reason> weekly(Facts f) {
    OptionalDouble now = f.meanMorningPain(f.today.minusDays(6), f.today);
    OptionalDouble before = f.meanMorningPain(f.today.minusDays(13), f.today.minusDays(7));
    if (now.isEmpty() || before.isEmpty() || now.getAsDouble() <= before.getAsDouble()) {
      return Optional.empty();
    }
    return Optional.of(new Reason(Rule.WEEKLY_TREND, "your mean morning pain this week ("
        + one(now.getAsDouble()) + ") is above last week's (" + one(before.getAsDouble())
        + "): no step up until it settles").using(f.mornings(f.today.minusDays(13), f.today)
            .stream().map(Reason.Evidence::pain).toList()));
  }

  /** The least mean morning pain that counts as pain still there. */
  static final double PAIN_PRESENT = 2.0;
  /** The fall in mean morning pain that counts as improvement: points, or a share of the first. */
  static final double BETTER_POINTS = 2.0;
  static final double BETTER_SHARE = 0.30;

  /**
   * After the set number of weeks: the last seven days' mean morning pain against that of the
   * first seven days that have check-ins (those before the last seven days). It fires only when
   * pain is still there and has not fallen by {@link #BETTER_POINTS} points or
   * {@link #BETTER_SHARE} of the first mean, and function has not clearly improved (see {@link
   * #functionBetter}).
   */
  static Optional<Reason> noImprovement(Facts f, LocalDate start) {
    long weeks = ChronoUnit.DAYS.between(start, f.today) / 7;
    if (weeks < f.t.noImprovementWeeks()) {
      return Optional.empty();
    }
    LocalDate lastWeek = f.today.minusDays(6);
    List<List<CheckIn>> firstDays = f.history.checkInDaysFrom(start)
        .limit(7)
        .filter(day -> day.get(0).date().isBefore(lastWeek))
        .toList();
    OptionalDouble first = firstDays.stream().mapToInt(day -> day.get(0).pain()).average();
    OptionalDouble last = f.meanMorningPain(lastWeek, f.today);
    if (first.isEmpty() || last.isEmpty() || last.getAsDouble() < PAIN_PRESENT) {
      return Optional.empty();
    }
    double fall = first.getAsDouble() - last.getAsDouble();
    if (fall >= BETTER_POINTS || fall >= BETTER_SHARE * first.getAsDouble()) {
      return Optional.empty();
    }
    List<FunctionRating> ratings = f.history.functionRatings();
    Optional<Double> rise = FunctionScale.rise(ratings);
    if (rise.isPresent() && functionBetter(ratings, rise.get(), fall, f.today)) {
      return Optional.empty();
    }
    String function = rise.isEmpty() ? "" : !FunctionScale.meaningful(rise.get())
        ? ", and your function score has " + (rise.get() > 0 ? "risen only " + one(rise.get())
            : "not risen") + " since your first rating"
        : "; your function score has risen " + one(rise.get()) + ", but " + (fall < 0
            ? "your pain has risen too" : "your latest rating of it is over two weeks old");
    return Optional.of(new Reason(Rule.NO_IMPROVEMENT, weeks + " weeks in, your mean morning pain"
        + " over the last 7 days (" + one(last.getAsDouble()) + ") has not fallen clearly below"
        + " that of your first 7 days with check-ins (" + one(first.getAsDouble()) + ")"
        + function + ". Please"
        + " have it checked by a doctor or physiotherapist; you can keep exercising meanwhile")
        .because(new Reason.Threshold("noImprovementWeeks", f.t.noImprovementWeeks())));
  }

  /** How recent the latest rating on the functional scale must be to count, in days. */
  static final int FUNCTION_RECENT_DAYS = 14;

  /**
   * Whether function has clearly improved while pain has not fallen clearly: the latest rating's
   * mean score is at least the scale's meaningful rise above the first rating of the same
   * activities, that rating is from the last {@link #FUNCTION_RECENT_DAYS} days, and pain has not
   * risen ({@code fall} at least 0). Any doubt leaves the advice to get checked in place.
   */
  static boolean functionBetter(List<FunctionRating> ratings, double rise, double fall,
      LocalDate today) {
    FunctionRating latest = ratings.get(ratings.size() - 1);
    return FunctionScale.meaningful(rise) && fall >= 0
        && !latest.date().isBefore(today.minusDays(FUNCTION_RECENT_DAYS - 1));
  }

  static String one(double v) {
    return Words.oneDecimal(v);
  }
}
