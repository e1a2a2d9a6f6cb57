package dev.backcare.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real terminal: a tmux session that a test types into and reads the screen of. */
final class Terminal implements AutoCloseable {
  private final String name;

  private Terminal(String name) {
    this.name = name;
  }

  /** Starts {@code command} (a shell command line) in a new 100x40 tmux session. */
  static Terminal start(String name, Path dir, String command) throws Exception {
    tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "40", "-c", dir.toString(),
        "bash --norc --noprofile -c '" + command + "; echo EXIT=$?; sleep 30'");
    return new Terminal(name);
  }

  void type(String keys) throws Exception {
    tmux("send-keys", "-t", name, "-l", keys);
  }

  void press(String key) throws Exception {
    tmux("send-keys", "-t", name, key);
  }

  /** Types a line and presses Enter. */
  void answer(String text) throws Exception {
    if (!text.isEmpty()) {
      type(text);
    }
    press("Enter");
  }

  String screen() throws Exception {
    return tmux("capture-pane", "-p", "-t", name);
  }

  /** Waits until the screen shows {@code text}; fails with the screen after 30 s. */
  String waitFor(String text) throws Exception {
    Instant end = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(end)) {
      String s = screen();
      if (s.contains(text)) {
        return s;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the screen never showed \"" + text + "\":\n" + screen());
  }

  /** Waits until the screen shows {@code text} {@code times} times. */
  String waitFor(String text, int times) throws Exception {
    Instant end = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(end)) {
      String s = screen();
      if (s.split(java.util.regex.Pattern.quote(text), -1).length - 1 >= times) {
        return s;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the screen never showed \"" + text + "\" " + times + " times:\n"
        + screen());
  }

  @Override
  public void close() throws Exception {
    tmux("kill-session", "-t", name);
  }

  static String tmux(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add("tmux");
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("tmux " + String.join(" ", args) + " failed: " + out);
    }
    return out;
  }
}
