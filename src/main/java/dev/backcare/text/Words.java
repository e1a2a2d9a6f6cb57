package dev.backcare.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Numbers and dates as backcare prints them, written out by hand: java.time's text formats and
 * {@code String.format} load locale data and a format parser, a good part of starting.
 */
public final class Words {
  private Words() {}

  /**
   * One decimal, rounded half up from the shortest decimal form of {@code v}, as {@code
   * String.format(Locale.ROOT, "%.1f", v)} prints it: 1.25 is "1.3", 0.15 is "0.2".
   */
  public static String oneDecimal(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
    }
    String s = new BigDecimal(Double.toString(Math.abs(v))).setScale(1, RoundingMode.HALF_UP)
        .toPlainString();
    return (v < 0 || v == 0 && 1 / v < 0) ? "-" + s : s;
  }

  /** "Monday 2 March 2026". */
  public static String longDate(LocalDate d) {
    return capital(d.getDayOfWeek().name()) + " " + d.getDayOfMonth() + " "
        + capital(d.getMonth().name()) + " " + d.getYear();
  }

  /** "Mon 2 Mar 2026". */
  public static String shortDate(LocalDate d) {
    return shortDayMonth(d) + " " + d.getYear();
  }

  /** "Mon 2 Mar". */
  public static String shortDayMonth(LocalDate d) {
    return shortDay(d) + " " + shortMonth(d);
  }

  /** "Mon 2". */
  public static String shortDay(LocalDate d) {
    return shortName(d.getDayOfWeek()) + " " + d.getDayOfMonth();
  }

  /** "Mon". */
  public static String shortName(java.time.DayOfWeek d) {
    return capital(d.name()).substring(0, 3);
  }

  /** "Mar". */
  public static String shortMonth(LocalDate d) {
    return capital(d.getMonth().name()).substring(0, 3);
  }

  /** At least two digits: "07". */
  public static String twoDigits(int n) {
    return n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
  }

  /** {@code s} followed by spaces to {@code width} characters (never cut). */
  public static String padded(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  private static String capital(String upper) {
    return upper.charAt(0) + upper.substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}
