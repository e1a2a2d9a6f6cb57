package dev.backcare;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Where things are and what time it is, built once per run from flags, then the environment. The
 * only place that reads the clock.
 */
public record Settings(
    Path journal, boolean defaultJournal, Optional<Path> library, ZonedDateTime now,
    boolean debug, DayOfWeek weekStart, Optional<Boolean> color) {

  public ZoneId zone() {
    return now.getZone();
  }

  /** Settings from the command line's flags (null when not given) and the environment. */
  public static Settings from(Map<String, String> env, Path journalFlag, Path libraryFlag,
      boolean debug) {
    ZoneId zone = zone(env.get("TZ"));
    ZonedDateTime now = now(env.get("BACKCARE_NOW"), zone);
    Path journal = journalFlag;
    if (journal == null && nonEmpty(env.get("BACKCARE_JOURNAL"))) {
      journal = Path.of(env.get("BACKCARE_JOURNAL"));
    }
    boolean isDefault = journal == null;
    if (isDefault) {
      journal = dataHome(env).resolve("backcare").resolve("journal.jsonl");
    }
    Path library = libraryFlag;
    if (library == null && nonEmpty(env.get("BACKCARE_LIBRARY"))) {
      library = Path.of(env.get("BACKCARE_LIBRARY"));
    }
    // NO_COLOR (https://no-color.org): any non-empty value turns colour off.
    Optional<Boolean> color = nonEmpty(env.get("NO_COLOR")) ? Optional.of(false) : Optional.empty();
    return new Settings(journal, isDefault, Optional.ofNullable(library), now, debug,
        DayOfWeek.MONDAY, color);
  }

  private static Path dataHome(Map<String, String> env) {
    String xdg = env.get("XDG_DATA_HOME");
    if (nonEmpty(xdg) && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg);
    }
    String home = env.get("HOME");
    if (!nonEmpty(home)) {
      home = System.getProperty("user.home");
    }
    return Path.of(home, ".local", "share");
  }

  static ZoneId zone(String tz) {
    if (nonEmpty(tz)) {
      try {
        return ZoneId.of(tz.startsWith(":") ? tz.substring(1) : tz);
      } catch (DateTimeException e) {
        // Not a zone Java knows by that name: the system's zone is the best guess.
      }
    }
    return ZoneId.systemDefault();
  }

  static ZonedDateTime now(String fixed, ZoneId zone) {
    if (!nonEmpty(fixed)) {
      return ZonedDateTime.now(zone);
    }
    try {
      return LocalDateTime.parse(fixed).atZone(zone);
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(fixed).atZoneSameInstant(zone);
      } catch (DateTimeParseException e2) {
        throw BackcareException.badInput("BACKCARE_NOW must be a date and time such as"
            + " 2026-03-02T08:30 (or with an offset, 2026-03-02T08:30+01:00), got \"" + fixed + "\"");
      }
    }
  }

  private static boolean nonEmpty(String s) {
    return s != null && !s.isBlank();
  }
}
