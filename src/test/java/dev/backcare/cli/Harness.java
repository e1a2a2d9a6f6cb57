package dev.backcare.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backcare.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the whole program through {@link Main#run} with an environment of its own: HOME in a
 * temporary folder, a fixed TZ, and BACKCARE_NOW per command.
 */
final class Harness {
  static final ObjectMapper JSON = new ObjectMapper();
  final Path home;
  final Map<String, String> env = new HashMap<>();

  Harness(Path home, String zone) {
    this.home = home;
    env.put("HOME", home.toString());
    env.put("TZ", zone);
  }

  /** The default journal under HOME. */
  Path journal() {
    return home.resolve(".local/share/backcare/journal.jsonl");
  }

  record Result(int exit, String out, String err) {}

  Result run(String now, String... args) {
    Map<String, String> e = new HashMap<>(env);
    if (now != null) {
      e.put("BACKCARE_NOW", now);
    }
    return run(e, args);
  }

  /** Runs a command that must succeed. */
  Result ok(String now, String... args) {
    Result r = run(now, args);
    if (r.exit() != 0) {
      throw new AssertionError(String.join(" ", args) + " failed (" + r.exit() + "): " + r.err());
    }
    return r;
  }

  /** {@code today --json} at {@code now}. */
  JsonNode today(String now) {
    try {
      return JSON.readTree(ok(now, "today", "--json").out());
    } catch (IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
  }

  Result run(Map<String, String> e, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, e, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(exit, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  byte[] journalBytes() {
    try {
      return Files.exists(journal()) ? Files.readAllBytes(journal()) : new byte[0];
    } catch (IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
  }
}
