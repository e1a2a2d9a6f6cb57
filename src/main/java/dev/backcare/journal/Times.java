package dev.backcare.journal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** The journal's time format: ISO-8601 with seconds and the offset, e.g. 2026-03-02T08:30:00+01:00. */
final class Times {
  private Times() {}

  static String format(OffsetDateTime t) {
    return t.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  static OffsetDateTime parse(String text) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw new EventCodec.BadLine("\"at\" must be a time with an offset such as"
          + " 2026-03-02T08:30:00+01:00, got \"" + text + "\"");
    }
  }
}
