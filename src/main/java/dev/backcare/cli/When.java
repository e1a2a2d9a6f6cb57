package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.text.Printable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code --at}: the forms people type ("8am", "18:30", "yesterday", "yesterday 18:00",
 * "2 days ago", "3 hours ago", "monday 9:00", "last friday 7pm") and ISO ("2026-03-02 08:30",
 * "2026-03-02T08:30+01:00"). A day given without a time keeps the present time of day, as "this
 * time yesterday". Anything else, such as a bare "8" (morning or evening?), is refused.
 */
final class When {
  /** What the refusal lists: one of each form. */
  static final String FORMS = "8am, 18:30, yesterday, \"yesterday 18:00\", \"2 days ago\","
      + " \"3 hours ago\", \"monday 9:00\", \"2026-03-02 08:30\"";

  private static final String TIME =
      "(?<hours>\\d{1,2})(?::(?<minutes>\\d{2}))?\\s*(?<half>am|pm)?";
  private static final String DAY =
      "today|yesterday|(?<daysAgo>\\d{1,3}) days? ago|(?<last>last )?(?<weekday>[a-z]{3,9})";
  private static final Pattern SPOKEN =
      Pattern.compile("(?:(?<day>" + DAY + ")(?:,? (?:at )?|$))?(?:" + TIME + ")?");
  private static final Pattern AGO =
      Pattern.compile("(\\d{1,4}) ?(minutes?|mins?|hours?|hrs?|h) ago");
  private static final Pattern ISO_OFFSET = Pattern.compile(".*([+-]\\d{2}:\\d{2}|z)$");

  private When() {}

  /** How far ahead of now a time may be: a minute of clock skew between devices. */
  static final Duration SKEW = Duration.ofMinutes(1);

  /** How far back an entry may be dated. */
  static final Period OLDEST = Period.ofYears(1);

  /** The time meant, on the person's clock; never in the future, nor more than a year ago. */
  static OffsetDateTime parse(String text, ZonedDateTime now) {
    return parse("--at", text, now);
  }

  /** As {@link #parse(String, ZonedDateTime)}, for {@code option}. */
  static OffsetDateTime parse(String option, String text, ZonedDateTime now) {
    OffsetDateTime at = read(text, now)
        .orElseThrow(() -> BackcareException.badInput(option + " \"" + Printable.line(text, 40)
            + "\" is not a time backcare can read without guessing; write it as one of " + FORMS));
    if (at.toInstant().isAfter(now.toInstant().plus(SKEW))) {
      String yesterday = "yesterday " + text.strip();
      throw BackcareException.badInput(option + " " + Printable.line(text, 40)
          + " is in the future (it is now "
          + now.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES) + ")"
          + (read(yesterday, now).isPresent() ? "; for yesterday, write " + option + " \""
              + Printable.line(yesterday, 50) + "\"" : ""));
    }
    if (at.toInstant().isBefore(now.minus(OLDEST).toInstant())) {
      throw BackcareException.badInput(option + " " + Printable.line(text, 40)
          + " is more than a year ago; backcare takes entries from "
          + now.minus(OLDEST).toLocalDate() + " on");
    }
    return at;
  }

  /**
   * The moment {@code --as-of} names: a date alone is that day as it ended (or now, for today);
   * anything else is read as for {@code --at}.
   */
  static ZonedDateTime asOf(String text, ZonedDateTime now) {
    String t = text.strip();
    if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        LocalDate day = LocalDate.parse(t);
        if (day.isAfter(now.toLocalDate())) {
          throw BackcareException.badInput("--as-of " + day + " is in the future; backcare can"
              + " say what it said, not what it will say (what-if imagines an entry)");
        }
        ZonedDateTime end = day.plusDays(1).atStartOfDay(now.getZone()).minusSeconds(1);
        return end.isAfter(now) ? now : end;
      } catch (DateTimeParseException e) {
        throw BackcareException.badInput("--as-of must be a date such as 2026-03-02 or a time"
            + " such as \"yesterday 9:00\", got \"" + Printable.line(text, 40) + "\"");
      }
    }
    return parse("--as-of", text, now).atZoneSameInstant(now.getZone());
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

  /** The time {@code text} names, or empty when it names none or could mean two. */
  static Optional<OffsetDateTime> read(String text, ZonedDateTime now) {
    String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (Character.isDigit(t.charAt(0)) && t.length() >= 10 && t.charAt(4) == '-') {
      return iso(t, now);
    }
    Matcher ago = AGO.matcher(t);
    if (ago.matches()) {
      long n = Long.parseLong(ago.group(1));
      return Optional.of(now.minus(ago.group(2).startsWith("m") ? Duration.ofMinutes(n)
          : Duration.ofHours(n)).toOffsetDateTime());
    }
    Matcher m = SPOKEN.matcher(t);
    if (!m.matches() || m.group("day") == null && m.group("hours") == null) {
      return Optional.empty();
    }
    Optional<LocalDate> day = m.group("day") == null ? Optional.of(now.toLocalDate())
        : day(m.group("day"), m.group("daysAgo"), m.group("last") != null, m.group("weekday"),
            now.toLocalDate());
    Optional<LocalTime> time = m.group("hours") == null ? Optional.of(now.toLocalTime())
        : time(m.group("hours"), m.group("minutes"), m.group("half"));
    if (day.isEmpty() || time.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(day.get().atTime(time.get()).atZone(now.getZone()).toOffsetDateTime());
  }

  private static Optional<LocalDate> day(String word, String daysAgo, boolean last,
      String weekday, LocalDate today) {
    if (word.equals("today")) {
      return Optional.of(today);
    }
    if (word.equals("yesterday")) {
      return Optional.of(today.minusDays(1));
    }
    if (daysAgo != null) {
      return Optional.of(today.minusDays(Long.parseLong(daysAgo)));
    }
    return Arrays.stream(DayOfWeek.values())
        .filter(d -> named(d, weekday))
        .findFirst()
        .map(d -> today.with(last ? TemporalAdjusters.previous(d)
            : TemporalAdjusters.previousOrSame(d)));
  }

  /** "monday", "mon" or "mon." all name Monday; "mo" or "mondays" name nothing. */
  private static boolean named(DayOfWeek day, String word) {
    String name = day.name().toLowerCase(Locale.ROOT);
    return word.equals(name) || word.equals(name.substring(0, 3));
  }

  /** "18:30", "8am", "8:30 pm", "12am" (midnight); a bare "8" says neither, so it is refused. */
  private static Optional<LocalTime> time(String hours, String minutes, String half) {
    int h = Integer.parseInt(hours);
    int min = minutes == null ? 0 : Integer.parseInt(minutes);
    if (minutes == null && half == null || min > 59) {
      return Optional.empty();
    }
    if (half == null) {
      return h > 23 ? Optional.empty() : Optional.of(LocalTime.of(h, min));
    }
    if (h < 1 || h > 12) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(h % 12 + (half.equals("pm") ? 12 : 0), min));
  }

  private static Optional<OffsetDateTime> iso(String t, ZonedDateTime now) {
    String iso = t.replace(' ', 'T').toUpperCase(Locale.ROOT);
    try {
      if (ISO_OFFSET.matcher(t).matches()) {
        return Optional.of(OffsetDateTime.parse(iso));
      }
      return Optional.of(LocalDateTime.parse(iso).atZone(now.getZone()).toOffsetDateTime());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
