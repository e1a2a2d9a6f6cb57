package dev.backcare.rules;

import dev.backcare.text.Words;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
        + "): no step up until it settles"));
  }

  static Optional<Reason> noImprovement(Facts f, LocalDate start) {
    long weeks = ChronoUnit.DAYS.between(start, f.today) / 7;
    if (weeks < f.t.noImprovementWeeks()) {
      return Optional.empty();
    }
    OptionalDouble first = f.meanMorningPain(start, start.plusDays(6));
    OptionalDouble last = f.meanMorningPain(f.today.minusDays(6), f.today);
    if (first.isEmpty() || last.isEmpty() || last.getAsDouble() < first.getAsDouble()) {
      return Optional.empty();
    }
    return Optional.of(new Reason(Rule.NO_IMPROVEMENT, weeks + " weeks in, your mean morning pain ("
        + one(last.getAsDouble()) + ") is not below your first week's (" + one(first.getAsDouble())
        + "). Please have it checked by a doctor or physiotherapist; you can keep exercising"
        + " meanwhile"));
  }

  static String one(double v) {
    return Words.oneDecimal(v);
  }
}
