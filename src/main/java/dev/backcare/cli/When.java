package dev.backcare.cli;

import dev.backcare.BackcareException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
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

  /** How far ahead of now a time may be: a minute of clock skew between devices. */
  static final Duration SKEW = Duration.ofMinutes(1);

  /** How far back an entry may be dated. */
  static final Period OLDEST = Period.ofYears(1);

  /** The time meant, on the person's clock; never in the future, nor more than a year ago. */
  static OffsetDateTime parse(String text, ZonedDateTime now) {
    OffsetDateTime at = read(text.strip(), now);
    if (at.toInstant().isAfter(now.toInstant().plus(SKEW))) {
      throw BackcareException.badInput("--at " + text + " is in the future (it is now "
          + now.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES) + ")");
    }
    if (at.toInstant().isBefore(now.minus(OLDEST).toInstant())) {
      throw BackcareException.badInput("--at " + text + " is more than a year ago; backcare"
          + " takes entries from " + now.minus(OLDEST).toLocalDate() + " on");
    }
    return at;
  }

  /** A plan's first day: from a year ago to today. */
  static LocalDate planStart(LocalDate date, ZonedDateTime now) {
    if (date.isAfter(now.toLocalDate())) {
      throw BackcareException.badInput("--date " + date + " is in the future; start the plan on"
          + " that day instead");
    }
    if (date.isBefore(now.minus(OLDEST).toLocalDate())) {
      throw BackcareException.badInput("--date " + date + " is more than a year ago; backcare"
          + " takes plans that began on " + now.minus(OLDEST).toLocalDate() + " or later");
    }
    return date;
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
