package dev.backcare.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written formats print exactly what java's formatters print. */
class WordsTest {

  @Property(tries = 5000, seed = "20260302")
  void oneDecimalIsStringFormats(@ForAll @DoubleRange(min = -1000, max = 1000) double v) {
    assertEquals(String.format(Locale.ROOT, "%.1f", v), Words.oneDecimal(v));
  }

  @Property(tries = 2000, seed = "20260302")
  void meansOfWholeNumbersToo(@ForAll @IntRange(min = 0, max = 700) int sum,
      @ForAll @IntRange(min = 1, max = 70) int count) {
    double v = (double) sum / count;
    assertEquals(String.format(Locale.ROOT, "%.1f", v), Words.oneDecimal(v));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -0.0, 0.05, 0.15, 0.25, 1.25, 2.45, 2.55, -0.04, -1.25, 9.95, 99.95,
      1e-9, 12345678.95})
  void edges(double v) {
    assertEquals(String.format(Locale.ROOT, "%.1f", v), Words.oneDecimal(v));
  }

  @Property(tries = 2000, seed = "20260302")
  void longDateIsJavaTimes(@ForAll @IntRange(min = -50_000, max = 200_000) int epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    assertEquals(d.format(DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH)),
        Words.longDate(d));
  }

  @Property(tries = 2000, seed = "20260302")
  void shortDatesAreJavaTimes(@ForAll @IntRange(min = -50_000, max = 200_000) int epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    assertEquals(d.format(DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH)),
        Words.shortDate(d));
    assertEquals(d.format(DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH)),
        Words.shortDayMonth(d));
    assertEquals(d.format(DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH)),
        Words.shortDay(d));
    assertEquals(d.format(DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH)),
        Words.shortMonth(d));
    assertEquals(d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT,
        Locale.ENGLISH), Words.shortName(d.getDayOfWeek()));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 9, 10, 53, 100})
  void twoDigitsIsStringFormats(int n) {
    assertEquals(String.format(Locale.ROOT, "%02d", n), Words.twoDigits(n));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "progress", "weekly-trend", "no-improvement", "a-very-long-rule-id"})
  void paddedIsStringFormats(String s) {
    assertEquals(String.format(Locale.ROOT, "%-14s", s), Words.padded(s, 14));
  }
}
