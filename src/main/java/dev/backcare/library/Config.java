package dev.backcare.library;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person's config file sets, each key optional: the defaults they set once. Paths are
 * already resolved ({@code ~/} expanded, relative ones against the file's folder).
 */
public record Config(Optional<Path> journal, Optional<Path> library, Optional<Color> color,
    Optional<DayOfWeek> weekStart) {

  /** No config file: nothing set. */
  public static final Config NONE =
      new Config(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /** Colour in output: on a terminal only (and not with NO_COLOR), always, or never. */
  public enum Color {
    AUTO, ALWAYS, NEVER;

    public static final String CHOICES = "auto, always or never";

    /** {@code auto}, {@code always} or {@code never}, in any case. */
    public static Optional<Color> parse(String text) {
      for (Color c : values()) {
        if (c.id().equalsIgnoreCase(text.strip())) {
          return Optional.of(c);
        }
      }
      return Optional.empty();
    }

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A day's English name, {@code monday} to {@code sunday}, in any case. */
  public static Optional<DayOfWeek> day(String text) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().equalsIgnoreCase(text.strip())) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
