package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.journal.Journal.Problem;
import dev.backcare.journal.Journal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines that are valid JSON but not valid entries, among a real journal: each is reported with
 * its line number and skipped, by {@code backcare today} (one warning line each on stderr) and by
 * {@link Journal#read}; what the program advises is exactly what it advises without them.
 */
class JournalWrongLinesTest {
  static final String AT = "\"at\":\"2026-03-03T07:00:00+01:00\"";

  @TempDir Path home;

  /** A wrong line and what the warning says about it. */
  record Wrong(String line, String why) {}

  static List<Wrong> wrongLines(String usedId) {
    String checkIn = "{\"v\":1,\"type\":\"check-in\",\"id\":\"w1\"," + AT;
    return List.of(
        new Wrong(checkIn + "}", "missing \"pain\""),
        new Wrong("{\"type\":\"check-in\",\"id\":\"w2\"," + AT + ",\"pain\":3}",
            "missing the format version \"v\""),
        new Wrong(checkIn + ",\"pain\":\"3\"}", "\"pain\" must be a whole number, got \"3\""),
        new Wrong(checkIn + ",\"pain\":true}", "\"pain\" must be a whole number, got true"),
        new Wrong(checkIn + ",\"pain\":[9]}", "\"pain\" must be a whole number, got a list"),
        new Wrong(checkIn + ",\"pain\":{\"now\":9}}",
            "\"pain\" must be a whole number, got an object"),
        new Wrong("{\"v\":1,\"type\":\"mood\",\"id\":\"w3\"," + AT + ",\"mood\":\"good\"}",
            "unknown event type \"mood\""),
        new Wrong(checkIn + ",\"pain\":42}", "\"pain\" must be from 0 to 10, got 42"),
        new Wrong(checkIn.replace("+01:00", "") + ",\"pain\":9}", "\"at\" must be a time with an"
            + " offset such as 2026-03-02T08:30:00+01:00, got \"2026-03-03T07:00:00\""),
        new Wrong(checkIn.replace("\"v\":1", "\"v\":2") + ",\"pain\":9,\"mood\":\"low\"}",
            "written by a newer backcare (format 2; this one reads 1)"),
        new Wrong(checkIn.replace("w1", usedId) + ",\"pain\":9}",
            "the id " + usedId + " was already used above"),
        new Wrong("[" + checkIn + ",\"pain\":9}]", "not a JSON object"),
        new Wrong("null", "not a JSON object"),
        new Wrong("{}", "missing the format version \"v\""),
        new Wrong(checkIn + ",\"pain\":123456789012345678901234567890}",
            "\"pain\" must be from 0 to 10, got 123456789012345678901234567890"),
        new Wrong(checkIn + ",\"pain\":1e400}", "\"pain\" must be a whole number, got 1e400"),
        new Wrong(checkIn.replace("\"v\":1", "\"v\":99999999999") + ",\"pain\":9}",
            "\"v\" must be from 1 to 2147483647, got 99999999999"),
        new Wrong(checkIn + ",\"pain\":" + "9".repeat(1200) + "}",
            "a number or text on the line is too long to read"),
        new Wrong(checkIn + ",\"pain\":3,\"pain\":9}", "the field \"pain\" appears twice"),
        new Wrong("{\"v\":1,\"type\":\"session\",\"id\":\"w4\"," + AT + ",\"phase\":\"initial\","
            + "\"exercises\":[{\"id\":\"bridge\",\"sets\":1,\"reps\":5}],\"during\":11}",
            "\"during\" must be from 0 to 10, got 11"),
        new Wrong("{\"v\":1,\"type\":\"symptom\",\"id\":\"w5\"," + AT + ",\"kind\":\"dizziness\"}",
            "unknown symptom kind \"dizziness\""),
        new Wrong("{\"v\":1,\"type\":\"void\",\"id\":\"w6\"," + AT + "}", "missing \"target\""));
  }

  @Test
  void wrongLinesAreReportedWithTheirNumbersSkippedAndChangeNothing() throws Exception {
    Harness h = new Harness(home, "Europe/Berlin");
    ok(h.run("2026-03-02T08:00", "plan", "start"));
    ok(h.run("2026-03-02T08:01", "log", "pain", "2"));
    ok(h.run("2026-03-02T08:30", "log", "session", "--during", "3"));
    ok(h.run("2026-03-03T07:30", "log", "pain", "4"));
    List<String> good = Files.readAllLines(h.journal(), StandardCharsets.UTF_8);
    String now = "2026-03-03T07:31";
    Harness.Result clean = ok(h.run(now, "today", "--json"));
    assertTrue(clean.out().contains("\"rule\" : \"next-day\""), clean.out());

    List<Wrong> wrong = wrongLines(firstId(good));
    List<String> lines = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < wrong.size(); i++) {
      if (i % 6 == 0 && i / 6 < good.size()) {
        lines.add(good.get(i / 6));
      }
      lines.add(wrong.get(i).line());
      problems.add(new Problem(lines.size(), wrong.get(i).why()));
    }
    lines.addAll(good.subList(Math.min(good.size(), (wrong.size() + 5) / 6), good.size()));
    Files.write(h.journal(), lines, StandardCharsets.UTF_8);
    byte[] dirty = Files.readAllBytes(h.journal());

    Journal.Contents read = new Journal(h.journal(), false).read();
    Harness.Result today = h.run(now, "today", "--json");

    assertEquals(problems, read.problems());
    assertEquals(good.size(), read.events().size());
    // The first five damaged lines are named; then how many more. The two lines of a newer
    // backcare (a higher "v", an unknown type) get one note: the journal is read-only.
    List<Problem> damaged = problems.stream().filter(p -> !p.newer()).toList();
    assertEquals(problems.size() - 2, damaged.size());
    StringBuilder warnings = new StringBuilder();
    for (Problem p : damaged.subList(0, 5)) {
      warnings.append("backcare: warning: ").append(h.journal()).append(':').append(p.line())
          .append(": skipped a damaged line (").append(p.why()).append("); it is left as it is\n");
    }
    warnings.append("backcare: warning: ").append(h.journal()).append(": ")
        .append(damaged.size() - 5).append(" more damaged lines skipped; they are left as they"
            + " are\n");
    warnings.append("backcare: note: ").append(h.journal()).append(": 2 lines were written by a"
        + " newer version of backcare and are left out; this version only reads this journal,"
        + " and logs nothing to it\n");
    assertEquals(new Harness.Result(0, clean.out(), warnings.toString()), today);

    Harness.Result refused = h.run("2026-03-03T12:00", "log", "pain", "3");
    assertEquals(4, refused.exit());
    assertEquals(warnings + "backcare: " + h.journal() + ": line " + problems.stream()
        .filter(Problem::newer).findFirst().orElseThrow().line() + " was written by a newer"
        + " version of backcare; this one only reads this journal, so nothing was saved. Update"
        + " backcare to log again\n", refused.err());
    assertEquals(new String(dirty, StandardCharsets.UTF_8),
        Files.readString(h.journal(), StandardCharsets.UTF_8), "nothing is added");

    // Without the newer lines, the damaged ones stay and entries are added after them.
    List<String> older = new ArrayList<>(lines);
    older.removeIf(l -> l.contains("\"v\":2") || l.contains("\"mood\""));
    Files.write(h.journal(), older, StandardCharsets.UTF_8);
    byte[] before = Files.readAllBytes(h.journal());
    ok(h.run("2026-03-03T12:00", "log", "pain", "3"));
    byte[] after = Files.readAllBytes(h.journal());
    assertEquals(new String(before, StandardCharsets.UTF_8),
        new String(after, 0, before.length, StandardCharsets.UTF_8), "the wrong lines stay");
  }

  private static String firstId(List<String> lines) {
    String first = lines.get(0);
    int at = first.indexOf("\"id\":\"") + 6;
    return first.substring(at, first.indexOf('"', at));
  }

  private static Harness.Result ok(Harness.Result r) {
    assertEquals(0, r.exit(), r.err());
    return r;
  }
}
