package dev.backcare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {
  static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 25);

  static List<String> weeks(Period p) {
    return p.weeks().stream().map(w -> w[0] + ".." + w[1]).toList();
  }

  @Test
  void theLastWeeksEndWithTheWholeWeekHoldingToday() {
    Period p = Period.lastWeeks(2, WEDNESDAY, DayOfWeek.MONDAY);
    assertEquals(List.of("2026-03-16..2026-03-22", "2026-03-23..2026-03-29"), weeks(p));
  }

  /** Counted by hand in Period: the same day as java.time's adjuster, for every pair of days. */
  @Test
  void theStartOfAWeekIsTheAdjustersForEveryDayAndWeekStart() {
    for (int i = 0; i < 7; i++) {
      LocalDate day = WEDNESDAY.plusDays(i);
      for (DayOfWeek start : DayOfWeek.values()) {
        assertEquals(day.with(java.time.temporal.TemporalAdjusters.previousOrSame(start)),
            Period.startOfWeek(day, start), day + " " + start);
      }
    }
  }

  @Test
  void weeksCanStartOnSunday() {
    Period p = Period.lastWeeks(1, WEDNESDAY, DayOfWeek.SUNDAY);
    assertEquals(List.of("2026-03-22..2026-03-28"), weeks(p));
  }

  @Test
  void aRangeIsCutIntoWeeksWithShortEnds() {
    Period p = new Period(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 17), DayOfWeek.MONDAY);
    assertEquals(List.of("2026-03-05..2026-03-08", "2026-03-09..2026-03-15",
        "2026-03-16..2026-03-17"), weeks(p));
  }

  @Test
  void oneDayIsOneWeek() {
    Period p = new Period(WEDNESDAY, WEDNESDAY, DayOfWeek.MONDAY);
    assertEquals(List.of("2026-03-25..2026-03-25"), weeks(p));
  }

  @Test
  void blocksSplitAtTheCeiling() {
    // Up to the ceiling of 5 on the lower row: 0 is the lowest block, 5 the full one.
    assertEquals("\u2581", TextReport.block(0, 5));
    assertEquals("\u2588", TextReport.block(5, 5));
    assertEquals("\u2585", TextReport.block(3, 5));
    // Above it, on the upper row: 6 is low, 10 full.
    assertEquals("\u2582", TextReport.block(6 - 5, 10 - 5));
    assertEquals("\u2588", TextReport.block(10 - 5, 10 - 5));
  }
}
