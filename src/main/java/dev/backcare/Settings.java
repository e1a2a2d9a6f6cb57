package dev.backcare;

import dev.backcare.journal.Times;
import dev.backcare.library.ConfigReader;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Where things are and what time it is, built once per run from flags, then the environment, then
 * the config file. The only place that reads the clock and the environment.
 */
public record Settings(
    Path journal, boolean defaultJournal, Optional<Path> library, ZonedDateTime now,
    boolean debug, DayOfWeek weekStart, Optional<Boolean> color) {

  public ZoneId zone() {
    return now.getZone();
  }

  /** Settings from the command line's flags (null when not given), environment and config. */
  public static Settings from(Map<String, String> env, Path journalFlag, Path libraryFlag,
      boolean debug) {
    ZoneId zone = zone(env.get("TZ"));
    ZonedDateTime now = now(env.get("BACKCARE_NOW"), zone);
    Path home = home(env);
    Config config = config(env, home);
    Optional<Path> journal = Optional.ofNullable(journalFlag)
        .or(() -> path(env, "BACKCARE_JOURNAL")).or(config::journal);
    Optional<Path> library = Optional.ofNullable(libraryFlag)
        .or(() -> path(env, "BACKCARE_LIBRARY")).or(config::library);
    return new Settings(
        journal.orElseGet(() -> base(env, home, "XDG_DATA_HOME", ".local/share")
            .resolve("backcare").resolve("journal.jsonl")),
        journal.isEmpty(), library, now, debug, weekStart(env, config), color(env, config));
  }

  private static DayOfWeek weekStart(Map<String, String> env, Config config) {
    return variable(env, "BACKCARE_WEEK_START")
        .map(text -> Config.day(text).orElseThrow(() -> BackcareException.badInput(
            "BACKCARE_WEEK_START must be a day, monday to sunday, got \"" + text + "\"")))
        .or(config::weekStart)
        .orElse(DayOfWeek.MONDAY);
  }

  /**
   * BACKCARE_COLOR, else NO_COLOR (https://no-color.org: any non-empty value turns colour off),
   * else the config, else auto (empty: colour on a terminal). The environment wins over the
   * config, as everywhere else; a command's --color flag wins over both.
   */
  private static Optional<Boolean> color(Map<String, String> env, Config config) {
    Optional<Config.Color> fromEnv = variable(env, "BACKCARE_COLOR")
        .map(text -> Config.Color.parse(text).orElseThrow(() -> BackcareException.badInput(
            "BACKCARE_COLOR must be " + Config.Color.CHOICES + ", got \"" + text + "\"")));
    boolean noColor = variable(env, "NO_COLOR").isPresent();
    Config.Color color = fromEnv
        .or(() -> noColor ? Optional.of(Config.Color.NEVER) : config.color())
        .orElse(Config.Color.AUTO);
    return switch (color) {
      case ALWAYS -> Optional.of(true);
      case NEVER -> Optional.of(false);
      case AUTO -> noColor ? Optional.of(false) : Optional.empty();
    };
  }

  /** The file BACKCARE_CONFIG names (it must exist), else the XDG config file if there is one. */
  private static Config config(Map<String, String> env, Path home) {
    Optional<String> named = variable(env, "BACKCARE_CONFIG");
    if (named.isPresent()) {
      String name = named.get();
      return ConfigReader.read(Path.of(name), name, home).orElseThrow(() ->
          BackcareException.badInput(name + ": no such config file (named by BACKCARE_CONFIG)"));
    }
    Path file = base(env, home, "XDG_CONFIG_HOME", ".config").resolve("backcare/config.yaml");
    String name = file.startsWith(home) ? "~/" + home.relativize(file) : file.toString();
    return ConfigReader.read(file, name, home).orElse(Config.NONE);
  }

  /** An XDG base folder: the variable if it is an absolute path, else its default under HOME. */
  private static Path base(Map<String, String> env, Path home, String variable, String fallback) {
    Optional<String> xdg = variable(env, variable);
    if (xdg.isPresent() && Path.of(xdg.get()).isAbsolute()) {
      return Path.of(xdg.get());
    }
    return home.resolve(fallback);
  }

  private static Path home(Map<String, String> env) {
    return Path.of(variable(env, "HOME").orElseGet(() -> System.getProperty("user.home")));
  }

  private static Optional<Path> path(Map<String, String> env, String name) {
    return variable(env, name).map(Path::of);
  }

  /** An environment variable's value; unset and blank are the same. */
  private static Optional<String> variable(Map<String, String> env, String name) {
    String value = env.get(name);
    return nonEmpty(value) ? Optional.of(value) : Optional.empty();
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
    LocalDateTime local = Times.quickLocal(fixed);
    if (local != null) {
      return local.atZone(zone);
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
