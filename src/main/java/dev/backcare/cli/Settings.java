package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.domain.LocalZone;
import dev.backcare.journal.Times;
import dev.backcare.library.Config;
import dev.backcare.library.ConfigReader;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Where things are and what time it is, built once per run from flags, then the environment, then
 * the config file. The only place that reads the clock and the environment.
 *
 * @param columns the width text is wrapped to: COLUMNS, else {@link #DEFAULT_COLUMNS}; never
 *     less than {@link #FEWEST_COLUMNS}
 */
public record Settings(
    Path journal, boolean defaultJournal, Optional<Path> library, OffsetDateTime now,
    LocalZone zone, boolean debug, DayOfWeek weekStart, Optional<Boolean> color, int columns) {
  public static final int DEFAULT_COLUMNS = 80;
  /** Narrower than this, the text would be more breaks than words. */
  public static final int FEWEST_COLUMNS = 40;

  /** Now in java.time's zone, for arithmetic on local times. */
  public ZonedDateTime zonedNow() {
    return now.atZoneSameInstant(zone.zone());
  }

  /** Settings from the command line's flags (null when not given), environment and config. */
  public static Settings from(Map<String, String> env, Path journalFlag, Path libraryFlag,
      boolean debug) {
    // Plain ifs rather than Optional chains: this runs on every start, and each lambda costs
    // about half a millisecond the first time it is called (see README, Speed).
    LocalZone zone = LocalZone.of(env.get("TZ"));
    OffsetDateTime now = now(env.get("BACKCARE_NOW"), zone);
    Path home = home(env);
    Config config = config(env, home);
    Path journal = first(journalFlag, path(env, "BACKCARE_JOURNAL"), config.journal());
    Path library = first(libraryFlag, path(env, "BACKCARE_LIBRARY"), config.library());
    return new Settings(
        journal != null ? journal : base(env, home, "XDG_DATA_HOME", ".local/share")
            .resolve("backcare").resolve("journal.jsonl"),
        journal == null, Optional.ofNullable(library), now, zone, debug, weekStart(env, config),
        color(env, config), columns(env));
  }

  /**
   * COLUMNS, which shells set to the terminal's width; anything but a whole number is ignored, as
   * a shell left it, not a choice the person made.
   */
  static int columns(Map<String, String> env) {
    String text = variable(env, "COLUMNS");
    if (text == null || !text.strip().matches("\\d{1,6}")) {
      return DEFAULT_COLUMNS;
    }
    return Math.max(FEWEST_COLUMNS, Integer.parseInt(text.strip()));
  }

  /** The flag, else the environment's path, else the config's; null if none is given. */
  private static Path first(Path flag, Path fromEnv, Optional<Path> fromConfig) {
    if (flag != null) {
      return flag;
    }
    return fromEnv != null ? fromEnv : fromConfig.orElse(null);
  }

  private static DayOfWeek weekStart(Map<String, String> env, Config config) {
    String text = variable(env, "BACKCARE_WEEK_START");
    if (text != null) {
      Optional<DayOfWeek> day = Config.day(text);
      if (day.isEmpty()) {
        throw BackcareException.badInput(
            "BACKCARE_WEEK_START must be a day, monday to sunday, got \"" + text + "\"");
      }
      return day.get();
    }
    return config.weekStart().orElse(DayOfWeek.MONDAY);
  }

  /**
   * BACKCARE_COLOR, else NO_COLOR (https://no-color.org: any non-empty value turns colour off),
   * else the config, else auto (empty: colour on a terminal). The environment wins over the
   * config, as everywhere else; a command's --color flag wins over both.
   */
  private static Optional<Boolean> color(Map<String, String> env, Config config) {
    String text = variable(env, "BACKCARE_COLOR");
    boolean noColor = variable(env, "NO_COLOR") != null;
    Config.Color color;
    if (text != null) {
      Optional<Config.Color> parsed = Config.Color.parse(text);
      if (parsed.isEmpty()) {
        throw BackcareException.badInput(
            "BACKCARE_COLOR must be " + Config.Color.CHOICES + ", got \"" + text + "\"");
      }
      color = parsed.get();
    } else if (noColor) {
      color = Config.Color.NEVER;
    } else {
      color = config.color().orElse(Config.Color.AUTO);
    }
    return switch (color) {
      case ALWAYS -> Optional.of(true);
      case NEVER -> Optional.of(false);
      case AUTO -> noColor ? Optional.of(false) : Optional.empty();
    };
  }

  /** The file BACKCARE_CONFIG names (it must exist), else the XDG config file if there is one. */
  private static Config config(Map<String, String> env, Path home) {
    String name = variable(env, "BACKCARE_CONFIG");
    if (name != null) {
      Optional<Config> named = ConfigReader.read(Path.of(name), name, home);
      if (named.isEmpty()) {
        throw BackcareException.badInput(
            name + ": no such config file (named by BACKCARE_CONFIG)");
      }
      return named.get();
    }
    Path file = base(env, home, "XDG_CONFIG_HOME", ".config").resolve("backcare/config.yaml");
    String shown = file.startsWith(home) ? "~/" + home.relativize(file) : file.toString();
    return ConfigReader.read(file, shown, home).orElse(Config.NONE);
  }

  /** An XDG base folder: the variable if it is an absolute path, else its default under HOME. */
  private static Path base(Map<String, String> env, Path home, String variable, String fallback) {
    String xdg = variable(env, variable);
    if (xdg != null && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg);
    }
    return home.resolve(fallback);
  }

  private static Path home(Map<String, String> env) {
    String home = variable(env, "HOME");
    return Path.of(home != null ? home : System.getProperty("user.home"));
  }

  private static Path path(Map<String, String> env, String name) {
    String value = variable(env, name);
    return value != null ? path(value) : null;
  }

  /** Why {@link #path(String)} refuses a name: the reason of its InvalidPathException. */
  static final String UNREADABLE = "not text in the platform's encoding";

  /**
   * A file name from a flag or the environment, as a path. Java reads the bytes of a name that are
   * not valid in the language setting's encoding as U+FFFD, and a file named with that would be
   * another file than the one meant: such a name is refused.
   */
  static Path path(String name) {
    if (name.indexOf('\uFFFD') >= 0) {
      throw new InvalidPathException(name, UNREADABLE);
    }
    return Path.of(name);
  }

  /** An environment variable's value, or null: unset and blank are the same. */
  private static String variable(Map<String, String> env, String name) {
    String value = env.get(name);
    return nonEmpty(value) ? value : null;
  }

  static OffsetDateTime now(String fixed, LocalZone zone) {
    if (!nonEmpty(fixed)) {
      return zone.at(Instant.now());
    }
    LocalDateTime local = Times.quickLocal(fixed);
    if (local != null) {
      return zone.at(zone.instantOf(local));
    }
    try {
      return zone.at(zone.instantOf(LocalDateTime.parse(fixed)));
    } catch (DateTimeParseException e) {
      try {
        return zone.at(OffsetDateTime.parse(fixed).toInstant());
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
