package dev.backcare.cli;

import dev.backcare.BackcareException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code --at}: "08:30", "yesterday 21:00", "2026-03-02 08:30", or ISO with an offset. */
final class When {
  private static final Pattern RELATIVE =
      Pattern.compile("(?:(today|yesterday)\\s+)?(\\d{1,2}:\\d{2})");

  private When() {}

  /** The time meant, on the person's clock; never in the future. */
  static OffsetDateTime parse(String text, ZonedDateTime now) {
    OffsetDateTime at = read(text.strip(), now);
    if (at.toInstant().isAfter(now.toInstant())) {
      throw BackcareException.badInput("--at " + text + " is in the future (it is now "
          + now.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES) + ")");
    }
    return at;
  }

  private static OffsetDateTime read(String text, ZonedDateTime now) {
    try {
      Matcher m = RELATIVE.matcher(text);
      if (m.matches()) {
        LocalDate day = "yesterday".equals(m.group(1)) ? now.toLocalDate().minusDays(1)
            : now.toLocalDate();
        LocalTime time = LocalTime.parse(m.group(2).length() == 4 ? "0" + m.group(2) : m.group(2));
        return day.atTime(time).atZone(now.getZone()).toOffsetDateTime();
      }
      String iso = text.replace(' ', 'T');
      if (iso.matches(".*([+-]\\d{2}:\\d{2}|Z)$")) {
        return OffsetDateTime.parse(iso);
      }
      return LocalDateTime.parse(iso).atZone(now.getZone()).toOffsetDateTime();
    } catch (DateTimeParseException e) {
      throw BackcareException.badInput("--at must be a time such as 08:30, \"yesterday 21:00\","
          + " 2026-03-02T08:30 or 2026-03-02T08:30+01:00; got \"" + text + "\"");
    }
  }
}
