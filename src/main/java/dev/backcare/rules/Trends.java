package dev.backcare.rules;

import dev.backcare.domain.Event.CheckIn;
import dev.backcare.text.Words;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** The {@code weekly-trend} and {@code no-improvement} rules, on morning check-ins. */
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
   * {@link #BETTER_SHARE} of the first mean.
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
    return Optional.of(new Reason(Rule.NO_IMPROVEMENT, weeks + " weeks in, your mean morning pain"
        + " over the last 7 days (" + one(last.getAsDouble()) + ") has not fallen clearly below"
        + " that of your first 7 days with check-ins (" + one(first.getAsDouble()) + "). Please"
        + " have it checked by a doctor or physiotherapist; you can keep exercising meanwhile")
        .because(new Reason.Threshold("noImprovementWeeks", f.t.noImprovementWeeks())));
  }

  static String one(double v) {
    return Words.oneDecimal(v);
  }
}
