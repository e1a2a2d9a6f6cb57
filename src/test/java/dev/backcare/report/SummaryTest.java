package dev.backcare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a report names its days. */
class SummaryTest {
  /** A year's report starts in the year before; without its year "10 Mar to 8 Mar" reads wrong. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2026-03-02 | 2026-03-08 | Mon 2 Mar to Sun 8 Mar 2026",
      "2025-03-10 | 2026-03-08 | Mon 10 Mar 2025 to Sun 8 Mar 2026",
      "2025-12-29 | 2026-01-04 | Mon 29 Dec 2025 to Sun 4 Jan 2026",
  })
  void aRangeGivesTheFirstDaysYearWhenItIsAnother(String from, String to, String expected) {
    Period p = new Period(LocalDate.parse(from), LocalDate.parse(to), DayOfWeek.MONDAY);
    assertEquals(expected, Summary.range(p));
  }
}
