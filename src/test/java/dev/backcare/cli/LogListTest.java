package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** `log list`, `history`, `undo` and `log void last`, through the whole program. */
class LogListTest {
  Harness h;

  @BeforeEach
  void aFewDays(@TempDir Path home) {
    h = new Harness(home, "UTC");
    h.ok("2026-03-02T07:00", "plan", "start");
    h.ok("2026-03-02T07:01", "log", "pain", "2", "--note", "stiff");
    h.ok("2026-03-03T07:00", "log", "pain", "3");
    h.ok("2026-03-03T09:00", "log", "session", "--during", "3", "--exercise", "knee-rolls:1x8");
  }

  List<String> list(String now, String... args) {
    return h.ok(now, args).out().lines().toList();
  }

  /** {@code log list} and these options, split at spaces. */
  static String[] logList(String options) {
    return ("log list " + options).split(" ");
  }

  @Test
  void everyEntryNewestLast() {
    List<String> lines = list("2026-03-03T10:00", "log", "list");
    assertEquals(4, lines.size(), lines.toString());
    assertTrue(lines.get(0).matches("\\w{8}  2026-03-02 07:00  plan-start   from 2026-03-02"),
        lines.get(0));
    assertTrue(lines.get(1).endsWith("check-in     pain 2  note: stiff"), lines.get(1));
    assertTrue(lines.get(3).contains("session      initial, knee-rolls 1x8, during 3"),
        lines.get(3));
    assertEquals(lines, list("2026-03-03T10:00", "history"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      --days 1                          | 2
      --days 2                          | 4
      --from 2026-03-03                 | 2
      --to 2026-03-02                   | 2
      --from 2026-03-02 --to 2026-03-02 | 2
      --kind pain                       | 2
      --kind session --kind plan-start  | 2
      --kind check-in --days 1          | 1
      """)
  void filters(String args, int count) {
    assertEquals(count, list("2026-03-03T10:00", logList(args)).size());
  }

  @Test
  void nothingToShowIsOneLine() {
    assertEquals(List.of("No entries from 2026-03-01 to 2026-03-01."),
        list("2026-03-03T10:00", logList("--from 2026-03-01 --to 2026-03-01")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      --from 2026-13-01     | --from must be a date such as 2026-03-02, got \"2026-13-01\"
      --to yesterday        | --to must be a date such as 2026-03-02, got \"yesterday\"
      --kind walks          | --kind must be one of
      --days x              | --days must be a whole number of days from 1
      --days 3 --to 2026-03-03 | choose --days or --from/--to, not both
      --from 2026-03-03 --to 2026-03-02 | --to 2026-03-02 is before --from 2026-03-03
      """)
  void badDatesAndKindsAreOneLine(String args, String message) {
    Harness.Result r = h.run("2026-03-03T10:00", logList(args));
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("backcare: " + message), r.err());
    assertEquals("", r.out());
  }

  @Test
  void undoVoidsTheLastLoggedAndSaysHowToRedo() throws Exception {
    h.ok("2026-03-03T11:00", "log", "pain", "4", "--at", "2026-03-03T06:30");
    List<String> before = Files.readAllLines(h.journal());
    Harness.Result r = h.ok("2026-03-03T11:05", "undo");
    List<String> after = Files.readAllLines(h.journal());
    assertEquals(before, after.subList(0, before.size()));
    assertEquals(before.size() + 1, after.size());
    assertTrue(after.get(after.size() - 1).contains("\"type\":\"void\""));
    List<String> out = r.out().lines().toList();
    assertTrue(out.get(0).matches("Voided check-in \\w{8} \\(2026-03-03 06:30, pain 4\\)\\."),
        r.out());
    assertEquals("To log it again: backcare log pain 4 --at 2026-03-03T06:30", out.get(1));

    // Default list leaves it and the correction out; --all marks it.
    assertEquals(4, list("2026-03-03T11:10", "log", "list").size());
    List<String> all = list("2026-03-03T11:10", "log", "list", "--all");
    assertEquals(6, all.size());
    assertTrue(all.stream().anyMatch(l -> l.endsWith("pain 4 (voided)")), all.toString());

    // Again: the session, logged before it; its redo command logs it again.
    Harness.Result again = h.ok("2026-03-03T11:06", "log", "void", "last");
    assertTrue(again.out().startsWith("Voided session "), again.out());
    assertTrue(again.out().contains("To log it again: backcare log session --during 3"
        + " --exercise knee-rolls:1x8 --at 2026-03-03T09:00"), again.out());
  }

  @Test
  void undoRefusesAnEntryLoggedMoreThanADayAgo() {
    byte[] before = h.journalBytes();
    Harness.Result r = h.run("2026-03-04T09:01", "undo");
    assertEquals(2, r.exit());
    assertTrue(r.err().matches("backcare: the last entry, session \\w{8} \\(2026-03-03 09:00,"
        + " initial, knee-rolls 1x8, during 3\\), was logged more than a day ago; to void it,"
        + " name it: backcare log void \\w{8}\n"), r.err());
    assertArrayEquals(before, h.journalBytes());
  }

  @Test
  void undoRefusesAnEmptyJournal() {
    Harness fresh = new Harness(h.home.resolve("other"), "UTC");
    Harness.Result r = fresh.run("2026-03-04T09:01", "undo");
    assertEquals(2, r.exit());
    assertEquals("backcare: nothing to undo: the journal has no entry that counts\n", r.err());
    assertEquals(0, fresh.journalBytes().length);
  }

  @Test
  void jsonIsOneObjectWithTheJournalsFields() throws Exception {
    h.ok("2026-03-03T11:00", "undo");
    JsonNode all = Harness.JSON.readTree(h.ok("2026-03-03T11:10", "log", "list", "--all",
        "--json").out());
    assertEquals("backcare/log-list/1", all.get("schema").asText());
    JsonNode entries = all.get("entries");
    assertEquals(5, entries.size());
    assertEquals("plan-start", entries.get(0).get("type").asText());
    assertEquals("stiff", entries.get(1).get("note").asText());
    assertTrue(entries.get(3).get("voided").asBoolean());
    assertEquals("void", entries.get(4).get("type").asText());
    assertEquals(entries.get(3).get("id"), entries.get(4).get("target"));
    JsonNode kept = Harness.JSON.readTree(h.ok("2026-03-03T11:10", "history", "--json").out());
    assertEquals(3, kept.get("entries").size());
  }
}
