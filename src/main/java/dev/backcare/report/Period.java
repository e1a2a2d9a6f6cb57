package dev.backcare.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a report covers, from {@code from} to {@code to} (both included), cut into weeks that
 * begin on {@code weekStart}; the first and last week may be cut short by the range.
 */
public record Period(LocalDate from, LocalDate to, DayOfWeek weekStart) {
  public Period {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(to + " is before " + from);
    }
  }

  /** The {@code n} weeks that end with the week holding {@code today}. */
  public static Period lastWeeks(int n, LocalDate today, DayOfWeek weekStart) {
    LocalDate start = startOfWeek(today, weekStart).minusWeeks(n - 1L);
    return new Period(start, start.plusWeeks(n).minusDays(1), weekStart);
  }

  /** The week, beginning on {@code weekStart}, that holds {@code day}. */
  public static Period weekOf(LocalDate day, DayOfWeek weekStart) {
    LocalDate start = startOfWeek(day, weekStart);
    return new Period(start, start.plusDays(6), weekStart);
  }

  public static LocalDate startOfWeek(LocalDate day, DayOfWeek weekStart) {
    return day.with(TemporalAdjusters.previousOrSame(weekStart));
  }

  /** Each week as {first day, last day}, both within the period. */
  public List<LocalDate[]> weeks() {
    List<LocalDate[]> out = new ArrayList<>();
    for (LocalDate s = from; !s.isAfter(to); ) {
      LocalDate end = startOfWeek(s, weekStart).plusDays(6);
      if (end.isAfter(to)) {
        end = to;
      }
      out.add(new LocalDate[] {s, end});
      s = end.plusDays(1);
    }
    return out;
  }
}
