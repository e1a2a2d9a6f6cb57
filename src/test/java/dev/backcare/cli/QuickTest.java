package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.bench.JournalGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code today} and {@code report} without picocli: the quick path takes exactly the plain forms,
 * and for every line, taken or not, it prints, writes and exits as picocli would.
 */
class QuickTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "today                                  | today",
      "today --json                           | today --json",
      "today --brief --json                   | today --json --brief",
      "--journal j.jsonl today                | --journal=j.jsonl today",
      "--journal=j.jsonl today --brief        | --journal=j.jsonl today --brief",
      "today --journal j.jsonl --debug        | --journal=j.jsonl --debug today",
      "--library l.yaml --journal=j today     | --journal=j --library=l.yaml today",
      "--debug today                          | --debug today",
      "''                                     | -",
      "--json today                           | -",
      "today --json --json                    | -",
      "today today                            | -",
      "--journal a today --journal b          | -",
      "--journal today today                  | -",
      "--journal --json today                 | -",
      "--journal= today                       | -",
      "--journal @file today                  | -",
      "today --journal                        | -",
      "today --json=true                      | -",
      "today --debug=true                     | -",
      "today --help                           | -",
      "today -h                               | -",
      "--version today                        | -",
      "today extra                            | -",
      "today -- --json                        | -",
      "tody                                   | -",
      "log pain 2                             | -",
      "report                                 | report",
      "report --weeks 52                      | report --weeks=52",
      "--debug report --weeks=3 --format json | --debug report --weeks=3 --format=json",
      "report --no-color --format markdown    | report --format=markdown --no-color",
      "report --color -o r.txt                | report --output=r.txt --color",
      "report --to 2026-02-20 --from 2026-02-01 | report --from=2026-02-01 --to=2026-02-20",
      "report --week 2026-W09 --weeks 0       | report --week=2026-W09 --weeks=0",
      "report --format=nope                   | report --format=nope",
      "report --weeks 052                     | -",
      "report --weeks -3                      | -",
      "report --weeks 1234567890              | -",
      "report --weeks two                     | -",
      "report --color --no-color              | -",
      "report -o r.txt --output s.txt         | -",
      "report -o=r.txt                        | -",
      "report --color=false                   | -",
      "report --json                          | -",
      "today --weeks 2                        | -",
      "report --format                        | -",
      "report --format today                  | -",
      "report today                           | -",
      "today report                           | -",
  })
  void takesOnlyThePlainForms(String line, String expected) {
    Quick q = Quick.parse(args(line));
    if (expected == null) {
      assertNull(q, line);
    } else {
      assertEquals(expected, String.join(" ", q.args()), line);
    }
  }

  @Test
  void aNameTheSystemCannotWriteIsLeftToPicocli() {
    assertNull(Quick.parse(new String[] {"--journal", "a\0b", "today"}));
  }

  /** Lines the quick path takes and lines it leaves, each on journals of every kind. */
  @Test
  void printsWhatPicocliWouldPrint() throws IOException {
    Path year = dir.resolve("year.jsonl");
    JournalGenerator.write(year, JournalGenerator.events(java.time.Period.ofMonths(3), 7,
        ZonedDateTime.of(2026, 3, 2, 7, 0, 0, 0, ZoneId.of("Europe/Berlin"))));
    Path damaged = dir.resolve("damaged.jsonl");
    Files.write(damaged, (Files.readString(year) + "{\"v\":1,\"type\":\"check-in\"}\n")
        .getBytes(StandardCharsets.UTF_8));
    Path folder = Files.createDirectories(dir.resolve("folder.jsonl"));
    Path library = dir.resolve("library.yaml");
    Files.writeString(library, "exercises: [\n");
    List<String> journals = List.of("", year.toString(), damaged.toString(), folder.toString(),
        dir.resolve("missing.jsonl").toString());
    List<String> lines = new ArrayList<>();
    for (String j : journals) {
      String journal = j.isEmpty() ? "" : "--journal " + j + " ";
      Stream.of("today", "today --json", "today --brief", "--debug today", "today --json --brief",
          "today --help", "today --json --json", "--library " + library + " today")
          .forEach(rest -> lines.add(journal + rest));
      lines.add("today --journal=" + (j.isEmpty() ? "x" : j) + " --json");
      Stream.of("report", "report --weeks 8", "report --weeks=8 --format json",
          "report --format csv --week 2026-W08", "report --from 2026-01-20 --to 2026-02-10",
          "report --from 2026-02-10 --to 2026-01-20", "report --weeks 0", "report --weeks 521",
          "report --weeks 2 --week 2026-W08", "report --format nope", "report --week 2026-W60",
          "report --color --weeks 1", "report --no-color --format markdown",
          "report --weeks 052", "report --help", "report --weeks 3 -o " + dir.resolve("r.html")
              + " --format html", "report -o " + dir.resolve("no/such/folder.txt"))
          .forEach(rest -> lines.add(journal + rest));
      lines.add("--debug today --library " + dir.resolve("nowhere.yaml"));
    }
    int taken = 0;
    for (String line : lines) {
      taken += Quick.parse(args(line)) == null ? 0 : 1;
      Run quick = run(line, true);
      Run picocli = run(line, false);
      assertEquals(picocli, quick, line);
    }
    assertTrue(taken >= 100, "the quick path took " + taken + " lines");
  }

  /** What a line did: its exit, output and errors, and the report it wrote with -o, if any. */
  private record Run(int exit, String out, String err, String written) {}

  private Run run(String line, boolean quick) throws IOException {
    Path written = dir.resolve("r.html");
    Files.deleteIfExists(written);
    Map<String, String> env = new HashMap<>();
    env.put("HOME", dir.resolve("home").toString());
    env.put("TZ", "Europe/Berlin");
    env.put("BACKCARE_NOW", "2026-03-02T09:00");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Cli.run(args(line), env, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false, quick);
    // Stack traces (--debug) differ below the command, in picocli's own frames.
    String errors = err.toString(StandardCharsets.UTF_8).lines()
        .filter(l -> !l.startsWith("\tat ") && !l.startsWith("\t..."))
        .collect(Collectors.joining("\n"));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), errors,
        Files.exists(written) ? Files.readString(written) : null);
  }

  private static String[] args(String line) {
    return line.isEmpty() ? new String[0] : line.split(" ");
  }
}
