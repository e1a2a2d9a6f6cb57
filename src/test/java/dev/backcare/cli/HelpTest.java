package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command, found by walking picocli's model (so a new command is checked too), has help
 * that lists the exit codes and has examples, and every example is a command line that works.
 */
class HelpTest {
  static final String NOW = "2026-03-02T21:00";
  private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|(\\S+)");

  @TempDir Path home;

  /** One command of the tree, named as a person types it. */
  record Cmd(CommandLine line) {
    @Override
    public String toString() {
      return line.getCommandSpec().qualifiedName();
    }
  }

  static Stream<Cmd> commands() {
    List<Cmd> all = new ArrayList<>();
    walk(Cli.model(), all);
    return all.stream();
  }

  private static void walk(CommandLine cmd, List<Cmd> all) {
    all.add(new Cmd(cmd));
    cmd.getSubcommands().values().forEach(sub -> walk(sub, all));
  }

  /** Runs the command with one flag, e.g. {@code backcare log pain --help}. */
  private Harness.Result run(Cmd cmd, String flag) {
    List<String> args = new ArrayList<>(List.of(cmd.toString().split(" ")));
    args.remove(0);
    args.add(flag);
    return new Harness(home, "UTC").run(NOW, args.toArray(new String[0]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void helpListsEveryExitCodeAndExamples(Cmd cmd) {
    Harness.Result r = run(cmd, "--help");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Usage: " + cmd + " "), r.out());
    List<String> lines = r.out().lines().toList();
    int codes = lines.indexOf("Exit codes:");
    assertTrue(codes > 0, r.out());
    ExitCode[] all = ExitCode.values();
    for (int i = 0; i < all.length; i++) {
      assertTrue(lines.get(codes + 1 + i).matches("  " + all[i].code() + " +"
          + Pattern.quote(all[i].meaning())), lines.get(codes + 1 + i));
    }
    int examples = lines.indexOf("Examples:");
    assertTrue(examples > codes, r.out());
    assertTrue(lines.get(examples + 1).startsWith("  backcare "), r.out());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void versionWorksEverywhere(Cmd cmd) {
    Harness.Result r = run(cmd, "--version");
    assertEquals(0, r.exit(), r.err());
    // The build runs in a clone, so the commit is known.
    assertTrue(r.out().matches("backcare \\d+\\.\\d+\\.\\d+\\S* \\(commit [0-9a-f]{12}\\)\n"),
        r.out());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void theCommandListShowsAWholeSentence(Cmd cmd) {
    var usage = cmd.line().getCommandSpec().usageMessage();
    String[] shown = usage.header().length > 0 ? usage.header() : usage.description();
    assertTrue(shown.length > 0 && shown[0].endsWith("."), cmd + ": " + String.join("\n", shown));
  }

  /** Help says what the tool does, and promises no health: no healing, cure, fix or safety. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void helpMakesNoPromiseOfHealth(Cmd cmd) {
    String help = run(cmd, "--help").out();
    java.util.regex.Matcher promise = Pattern.compile("(?i)\\b(heal\\w*|cur(e|es|ed|ing)|safe\\w*"
        + "|fix(es)?|recover\\w*|back to health|pain-free)\\b").matcher(help);
    assertFalse(promise.find(), () -> cmd + " promises \"" + promise.group() + "\":\n" + help);
  }

  record Example(String command, String line) {
    @Override
    public String toString() {
      return line;
    }

    /** Only to be typed on a terminal: the test checks it parses, but does not run it. */
    boolean needsTerminal() {
      return line.matches(".*\\s{2}\\(.*terminal.*\\)$");
    }

    /** The arguments after {@code backcare}, up to a shell redirection or a closing bracket. */
    String[] args() {
      String text = line.replaceAll("\\s{2,}\\(.*\\)$", "");
      Matcher m = TOKEN.matcher(text.substring(text.indexOf("backcare ") + "backcare ".length()));
      List<String> args = new ArrayList<>();
      while (m.find()) {
        String word = m.group(1) != null ? m.group(1) : m.group(2);
        if (m.group(2) != null && (word.startsWith(">") || word.startsWith("|"))) {
          break;
        }
        if (m.group(2) != null && word.endsWith(")")) {
          args.add(word.substring(0, word.length() - 1));
          break;
        }
        args.add(word);
      }
      return args.toArray(new String[0]);
    }
  }

  static Stream<Example> examples() {
    return commands().flatMap(cmd -> {
      List<String> footer = Arrays.asList(cmd.line().getCommandSpec().usageMessage().footer());
      return footer.stream().takeWhile(l -> !l.isBlank()).filter(l -> l.contains("backcare "))
          .map(l -> new Example(cmd.toString(), l.strip()));
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleWorks(Example example) throws IOException {
    assertDoesNotThrow(() -> Cli.model().parseArgs(example.args()));
    if (example.needsTerminal()) {
      return;
    }
    Harness h = new Harness(home, "Europe/Berlin");
    assertEquals(0, h.run("2026-03-02T08:00", "plan", "start").exit());
    List<String> args = List.of(example.args());
    if (args.contains("cleared")) {
      assertEquals(0, h.run("2026-03-02T09:00", "log", "symptom", "tingling").exit());
    }
    if (args.contains("--replace")) {
      // Something of the kind to replace, logged last.
      assertEquals(0, (args.contains("pain") ? h.run("2026-03-02T09:00", "log", "pain", "4")
          : h.run("2026-03-02T09:00", "log", "session", "--during", "4")).exit());
    }
    if (args.contains("function") && args.stream().noneMatch(a -> a.contains("="))) {
      // Scores alone rate the activities of an earlier rating.
      assertEquals(0, h.run("2026-03-02T09:00", "function", "socks=3", "walking=4").exit());
    }
    if (args.contains("void")) {
      Files.writeString(h.journal(), "{\"v\":1,\"type\":\"check-in\",\"id\":\"" + args.get(2)
          + "\",\"at\":\"2026-03-02T09:00:00+01:00\",\"pain\":2}\n",
          StandardOpenOption.APPEND);
    }
    // Files an example writes go to the test's folder, not the working directory.
    String[] run = example.args();
    for (int i = 1; i < run.length; i++) {
      if (List.of("-o", "--output", "--ics").contains(run[i - 1]) && !run[i].equals("-")) {
        run[i] = home.resolve(run[i]).toString();
      }
    }
    Harness.Result r = h.run(NOW, run);
    assertEquals(0, r.exit(), example.command() + ": " + r.err());
    assertFalse(r.out().isEmpty());
  }

  @Test
  void theReadmeExitCodeTableIsTheEnum() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String table = readme.substring(readme.indexOf("### Exit codes"));
    List<String> rows = table.lines().filter(l -> l.matches("\\| \\d+ \\|.*")).toList();
    List<String> expected = Arrays.stream(ExitCode.values())
        .map(c -> "| " + c.code() + " | " + c.meaning() + " |").toList();
    assertEquals(expected, rows.stream().map(l -> l.replace("`", "")).toList());
  }
}
