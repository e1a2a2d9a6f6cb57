package dev.backcare.journal;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM for tests that need a real process: one to kill, one under a size limit, one
 * without root's powers. It runs a class from the test class path, in a clean environment.
 */
public final class Child {
  private Child() {}

  /** What a finished child did. */
  public record Result(int exit, String out, String err) {}

  /**
   * The command line that runs {@code main} with {@code args}. The class path is the tests' own,
   * less ical4j: its time-zone provider logs through SLF4J, which would warn on every stderr.
   */
  public static List<String> java(Class<?> main, String... args) {
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.contains("ical4j"))
        .reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData",
        "-cp", classPath, main.getName()));
    command.addAll(List.of(args));
    return command;
  }

  /** {@code command} run by bash under a file-size limit of {@code blocks} KiB ({@code ulimit -f}). */
  public static List<String> withFileSizeLimit(long blocks, List<String> command) {
    List<String> out = new ArrayList<>(List.of("bash", "-c", "ulimit -f " + blocks
        + " && exec \"$@\"", "bash"));
    out.addAll(command);
    return out;
  }

  /** {@code command} as root without the power to ignore file modes, like any other user. */
  public static List<String> withoutRootsPowers(List<String> command) {
    List<String> out = new ArrayList<>(List.of("setpriv",
        "--inh-caps=-dac_override,-dac_read_search",
        "--bounding-set=-dac_override,-dac_read_search"));
    out.addAll(command);
    return out;
  }

  /**
   * A process builder for {@code command} with HOME in {@code home}, no backcare or XDG variables
   * from the tests' environment, and then {@code env}.
   */
  public static ProcessBuilder builder(List<String> command, Path home, Map<String, String> env) {
    ProcessBuilder pb = new ProcessBuilder(command);
    Map<String, String> e = pb.environment();
    e.keySet().removeIf(k -> k.startsWith("BACKCARE_") || k.startsWith("XDG_"));
    e.put("HOME", home.toString());
    e.putAll(env);
    return pb;
  }

  /** Runs {@code command} to its end (at most 60 s). */
  public static Result run(List<String> command, Path home, Map<String, String> env) {
    try {
      Path out = Files.createTempFile("child-out", ".txt");
      Path err = Files.createTempFile("child-err", ".txt");
      Process p = builder(command, home, env).redirectOutput(out.toFile())
          .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(
              new File("/dev/null"))).start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail("still running after 60 s: " + command);
      }
      Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
      Files.delete(out);
      Files.delete(err);
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
