package dev.backcare.library;

import dev.backcare.BackcareException;
import dev.backcare.text.Spelling;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a person's config.yaml as strictly as the library: known keys only, and every mistake as
 * one line naming the file, line, column and key. A bad config is bad input (exit 2).
 */
public final class ConfigReader {
  static final Set<String> KEYS = Set.of("journal", "library", "color", "weekStart");

  private ConfigReader() {}

  /**
   * The config in {@code file}, called {@code name} in messages, or empty when there is no such
   * file. {@code ~/} in paths means {@code home}; other relative paths are relative to the file's
   * folder. A file with nothing in it (or only comments) sets nothing.
   */
  public static Optional<Config> read(Path file, String name, Path home) {
    try {
      if (Files.isDirectory(file)) {
        throw BackcareException.badInput(name + ": is a folder, not a config file");
      }
      try (InputStream in = Files.newInputStream(file)) {
        Node root = YamlTree.parse(name, in, true);
        return Optional.of(config(name, root, file.toAbsolutePath().getParent(), home));
      }
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (AccessDeniedException e) {
      throw BackcareException.badInput(name + ": cannot read the config file: permission denied");
    } catch (IOException e) {
      String why = e instanceof FileSystemException f && f.getReason() != null
          ? f.getReason() : e.getMessage();
      throw BackcareException.badInput(name + ": cannot read the config file: " + why);
    } catch (LibraryError e) {
      throw BackcareException.badInput(e.getMessage());
    }
  }

  private static Config config(String name, Node root, Path folder, Path home) {
    // "---" alone is a document holding an empty text.
    if (root instanceof Node.Null || root instanceof Node.Scalar s && s.text().isEmpty()) {
      return Config.NONE;
    }
    Fields f = Fields.of(name, "", root, KEYS);
    return new Config(path(f, "journal", folder, home), path(f, "library", folder, home),
        color(f), weekStart(f));
  }

  private static Optional<Path> path(Fields f, String key, Path folder, Path home) {
    Optional<String> given = text(f, key, "a path");
    if (given.isEmpty()) {
      return Optional.empty();
    }
    String text = given.get();
    try {
      if (text.equals("~") || text.startsWith("~/")) {
        return Optional.of(home.resolve(text.substring(Math.min(2, text.length()))));
      }
      if (text.startsWith("~")) {
        throw f.error(key, "write ~/ for your home folder, or a full path; got \"" + text + "\"");
      }
      return Optional.of(folder.resolve(text));
    } catch (InvalidPathException e) {
      throw f.error(key, "not a usable path: \"" + text + "\"");
    }
  }

  private static Optional<Config.Color> color(Fields f) {
    return text(f, "color", Config.Color.CHOICES).map(text -> Config.Color.parse(text)
        .orElseThrow(() -> f.error("color", "expected " + Config.Color.CHOICES + ", got \""
            + text + "\"" + colorHint(text))));
  }

  /** YAML reads yes, no, on and off as true or false: say which word to write instead. */
  private static String colorHint(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "y" -> "; did you mean always?";
      case "false", "no", "off", "n" -> "; did you mean never?";
      default -> hint(text, Arrays.stream(Config.Color.values()).map(Config.Color::id));
    };
  }

  private static Optional<DayOfWeek> weekStart(Fields f) {
    return text(f, "weekStart", "a day").map(text -> Config.day(text).orElseThrow(() ->
        f.error("weekStart", "expected a day, monday to sunday, got \"" + text + "\""
            + hint(text, Arrays.stream(DayOfWeek.values()).map(d -> d.name())))));
  }

  private static String hint(String text, Stream<String> choices) {
    List<String> lower = choices.map(c -> c.toLowerCase(Locale.ROOT)).toList();
    return Spelling.nearest(text.toLowerCase(Locale.ROOT), lower)
        .map(m -> "; did you mean " + m + "?").orElse("");
  }

  /** The key's text if the key is there; a key with no value, or a list, is refused. */
  private static Optional<String> text(Fields f, String key, String expected) {
    Node n = f.node().values().get(key);
    if (n == null) {
      return Optional.empty();
    }
    if (n instanceof Node.Scalar s && s.text().isBlank()) {
      throw f.error(key, "expected " + expected + ", got nothing");
    }
    if (!(n instanceof Node.Scalar s)) {
      throw f.error(key, "expected " + expected + ", got " + n.describe());
    }
    return Optional.of(s.text().strip());
  }
}
