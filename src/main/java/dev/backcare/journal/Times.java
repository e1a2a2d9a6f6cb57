package dev.backcare.journal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** The journal's time format: ISO-8601 with seconds and the offset, e.g. 2026-03-02T08:30:00+01:00. */
public final class Times {
  private Times() {}

  static String format(OffsetDateTime t) {
    return t.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  static OffsetDateTime parse(String text) {
    return parse("at", text);
  }

  /** The time in field {@code name} of a journal line. */
  static OffsetDateTime parse(String name, String text) {
    OffsetDateTime quick = quick(text);
    if (quick != null) {
      return quick;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw new EventCodec.BadLine("\"" + name + "\" must be a time with an offset such as"
          + " 2026-03-02T08:30:00+01:00, got \"" + text + "\"");
    }
  }

  /**
   * The form backcare writes, {@code 2026-03-02T08:30:00+01:00} or {@code ...Z}, read without the
   * general parser (reading the journal's times was a third of reading the journal); null for any
   * other text, valid or not, which the general parser then reads or refuses.
   */
  static OffsetDateTime quick(String t) {
    int n = t.length();
    LocalDateTime local = n == 20 || n == 25 ? quickLocal(t.substring(0, 19)) : null;
    if (local == null) {
      return null;
    }
    int offset;
    char sign = t.charAt(19);
    if (n == 20 && sign == 'Z') {
      offset = 0;
    } else if (n == 25 && (sign == '+' || sign == '-') && t.charAt(22) == ':') {
      int h = digits(t, 20, 2);
      int m = digits(t, 23, 2);
      if (h < 0 || m < 0 || h > 18 || m > 59 || h == 18 && m > 0) {
        return null;
      }
      offset = (sign == '-' ? -1 : 1) * (h * 3600 + m * 60);
    } else {
      return null;
    }
    return OffsetDateTime.of(local, java.time.ZoneOffset.ofTotalSeconds(offset));
  }

  /**
   * {@code 2026-03-02T08:30} or {@code 2026-03-02T08:30:15} (a fixed "now"), read without
   * java.time's parser, whose set-up costs more than the rest of a start; null for any other text,
   * valid or not, which that parser then reads or refuses.
   */
  public static LocalDateTime quickLocal(String t) {
    int n = t.length();
    if (n != 16 && n != 19 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T'
        || t.charAt(13) != ':' || n == 19 && t.charAt(16) != ':') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 2);
    int day = digits(t, 8, 2);
    int hour = digits(t, 11, 2);
    int minute = digits(t, 14, 2);
    int second = n == 19 ? digits(t, 17, 2) : 0;
    if (!valid(year, month, day, hour, minute, second)) {
      return null;
    }
    return LocalDateTime.of(year, month, day, hour, minute, second);
  }

  /**
   * {@code 2026-03-02} read without java.time's parser, as {@link #quickLocal}; null for any other
   * text, valid or not.
   */
  static LocalDate quickDate(String t) {
    if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 2);
    int day = digits(t, 8, 2);
    return valid(year, month, day, 0, 0, 0) ? LocalDate.of(year, month, day) : null;
  }

  private static boolean valid(int year, int month, int day, int hour, int minute, int second) {
    return year >= 0 && month >= 1 && month <= 12 && day >= 1 && hour >= 0 && hour <= 23
        && minute >= 0 && minute <= 59 && second >= 0 && second <= 59
        && day <= java.time.Month.of(month).length(leap(year));
  }

  /** As {@code Year.isLeap}, whose class sets up java.time's whole date parser when first used. */
  private static boolean leap(int year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /** The number written in {@code count} ASCII digits from {@code from}, or -1. */
  private static int digits(String t, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
