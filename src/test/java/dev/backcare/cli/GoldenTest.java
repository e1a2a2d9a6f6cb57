package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertLinesMatch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files in hledger's shelltest shape, under src/test/golden: {@code $ [VAR=value...]
 * backcare ARGS}, the expected stdout, {@code >2} and the expected stderr, {@code >= CODE}. Lines
 * match as JUnit's assertLinesMatch does (exactly, or as a regex, or {@code >> >>} skips). Event
 * ids in the output become {@code <id1>}, {@code <id2>}... in the order they were saved, and a
 * command may use them. A command that fails must leave the journal byte for byte as it was. Run
 * with {@code -Dgolden.update=true} to rewrite the files from what the program prints.
 */
class GoldenTest {
  static final Path DIR = Path.of("src/test/golden");
  private static final Pattern ASSIGN = Pattern.compile("([A-Z_]+)=(\\S*)");

  static Stream<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.filter(p -> p.toString().endsWith(".test")).sorted().toList().stream();
    }
  }

  record Case(List<String> comments, String command, List<String> out, List<String> err,
      int exit) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void matches(Path file, @TempDir Path home) throws IOException {
    List<Case> cases = parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    Harness h = new Harness(home, "Europe/Berlin");
    Map<String, String> ids = new LinkedHashMap<>();
    StringBuilder updated = new StringBuilder();
    for (Case c : cases) {
      byte[] before = h.journalBytes();
      Harness.Result r = h.run(env(h, c.command), args(c.command, ids));
      learnIds(h, ids);
      List<String> out = lines(normalise(r.out(), ids));
      List<String> err = lines(normalise(r.err(), ids));
      c.comments.forEach(l -> updated.append(l).append('\n'));
      updated.append(render(c.command, out, err, r.exit()));
      if (Boolean.getBoolean("golden.update")) {
        continue;
      }
      String where = file.getFileName() + ": $ " + c.command;
      assertLinesMatch(c.out, out, where + " (stdout)");
      assertLinesMatch(c.err, err, where + " (stderr)");
      assertEquals(c.exit, r.exit(), where + " (exit code)");
      if (r.exit() != 0) {
        assertArrayEquals(before, h.journalBytes(), where + ": the journal changed");
      }
    }
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, header(Files.readAllLines(file)) + updated);
    }
  }

  static List<Case> parse(List<String> lines) {
    List<Case> cases = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    int i = 0;
    while (i < lines.size() && lines.get(i).startsWith("#")) {
      i++; // the file's header: its first block of comments
    }
    for (; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("$ ")) {
        if (lines.get(i).startsWith("#")) {
          comments.add(lines.get(i));
        }
        continue;
      }
      String command = lines.get(i).substring(2);
      List<String> out = new ArrayList<>();
      List<String> err = new ArrayList<>();
      List<String> into = out;
      int exit = 0;
      for (i++; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.equals(">2")) {
          into = err;
        } else if (line.startsWith(">= ")) {
          exit = Integer.parseInt(line.substring(3).strip());
          break;
        } else {
          into.add(line);
        }
      }
      cases.add(new Case(List.copyOf(comments), command, out, err, exit));
      comments.clear();
    }
    return cases;
  }

  private static Map<String, String> env(Harness h, String command) {
    Map<String, String> env = new LinkedHashMap<>(h.env);
    for (String word : command.split(" ")) {
      Matcher m = ASSIGN.matcher(word);
      if (!m.matches()) {
        break;
      }
      env.put(m.group(1), m.group(2));
    }
    return env;
  }

  /** The words after "backcare", split like a shell: "double quotes" group words. */
  static String[] args(String command, Map<String, String> ids) {
    String rest = command.substring(command.indexOf("backcare") + "backcare".length());
    for (Map.Entry<String, String> id : ids.entrySet()) {
      rest = rest.replace(id.getValue(), id.getKey());
    }
    List<String> words = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(rest);
    while (m.find()) {
      words.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return words.toArray(new String[0]);
  }

  private static void learnIds(Harness h, Map<String, String> ids) {
    Matcher m = Pattern.compile("(?m)^\\{\"v\":\\d+,\"type\":\"[^\"]+\",\"id\":\"([^\"]+)\"")
        .matcher(new String(h.journalBytes(), StandardCharsets.UTF_8));
    while (m.find()) {
      ids.putIfAbsent(m.group(1), "<id" + (ids.size() + 1) + ">");
    }
  }

  /** Ids become placeholders; CSV's CRLF line ends become plain ones (checked by its own test). */
  private static String normalise(String text, Map<String, String> ids) {
    text = text.replace("\r\n", "\n");
    for (Map.Entry<String, String> id : ids.entrySet()) {
      text = text.replace(id.getKey(), id.getValue());
    }
    return text;
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  static String render(String command, List<String> out, List<String> err, int exit) {
    StringBuilder b = new StringBuilder("$ ").append(command).append('\n');
    out.forEach(l -> b.append(l).append('\n'));
    if (!err.isEmpty()) {
      b.append(">2\n");
      err.forEach(l -> b.append(l).append('\n'));
    }
    return b.append(">= ").append(exit).append("\n\n").toString();
  }

  private static String header(List<String> lines) {
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      if (!l.startsWith("#")) {
        break;
      }
      b.append(l).append('\n');
    }
    return b.append('\n').toString();
  }
}
