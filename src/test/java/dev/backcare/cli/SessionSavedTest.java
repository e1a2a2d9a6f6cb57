package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What `log session` writes and says. A session logged with a stop sign is one journal line, and
 * the rules treat its stop sign as they treat `log symptom`: stop until `log cleared`, gone if the
 * session is voided. After saving it says what comes next by the rules.
 */
class SessionSavedTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path home;
  Harness h;

  @BeforeEach
  void aPlanAndAMorningCheckIn() {
    h = new Harness(home, "UTC");
    ok("2026-03-02T07:00", "plan", "start");
    ok("2026-03-02T07:01", "log", "pain", "2");
  }

  Harness.Result ok(String now, String... args) {
    Harness.Result r = h.run(now, args);
    assertEquals(0, r.exit(), () -> String.join(" ", args) + " failed: " + r.err());
    return r;
  }

  JsonNode today(String now) throws Exception {
    return JSON.readTree(ok(now, "today", "--json").out());
  }

  List<String> lines() throws Exception {
    return Files.readAllLines(h.journal());
  }

  @Test
  void oneLineCarriesTheSessionAndItsStopSigns() throws Exception {
    List<String> before = lines();

    Harness.Result r = ok("2026-03-02T09:00", "log", "session", "--during", "4",
        "--stop-sign", "tingling", "--stop-sign", "weakness", "--stop-sign", "tingling");

    List<String> after = lines();
    assertEquals(before, after.subList(0, before.size()));
    assertEquals(before.size() + 1, after.size(), "exactly one line appended");
    String line = after.get(after.size() - 1);
    assertTrue(line.contains("\"type\":\"session\""), line);
    assertTrue(line.contains("\"during\":4,\"stopSigns\":[\"tingling\",\"weakness\"]}"), line);
    assertEquals("", r.err());
    assertTrue(r.out().contains("Stop sign: tingling down the legs.\n"
        + "Stop sign: weakness in a leg.\n"
        + "Stop exercising and see a doctor or physiotherapist. When they have cleared\n"
        + "you, run: backcare log cleared\n"), r.out());
    assertTrue(!r.out().contains("Tomorrow") && !r.out().contains("more session"), r.out());
  }

  @Test
  void itsStopSignStopsTrainingUntilCleared() throws Exception {
    ok("2026-03-02T09:00", "log", "session", "--during", "4", "--stop-sign", "tingling");

    JsonNode stopped = today("2026-03-02T09:05");
    assertEquals("stop", stopped.get("decision").asText());
    assertEquals("red-flag", stopped.get("reasons").get(0).get("rule").asText());
    assertTrue(stopped.get("reasons").get(0).get("message").asText()
        .startsWith("you logged tingling down the legs on 2026-03-02."), stopped::toString);
    assertEquals(0, stopped.get("exercises").size());
    assertEquals("stop", today("2026-03-03T09:05").get("decision").asText(), "the next day too");

    ok("2026-03-03T10:00", "log", "cleared");
    ok("2026-03-03T10:01", "log", "pain", "2");
    JsonNode resumed = today("2026-03-03T10:05");
    assertTrue(!resumed.get("decision").asText().equals("stop"), resumed::toString);
    assertTrue(resumed.get("exercises").size() > 0, resumed::toString);
  }

  @Test
  void voidingTheSessionVoidsItsStopSign() throws Exception {
    ok("2026-03-02T09:00", "log", "session", "--during", "4", "--stop-sign", "bladder-bowel");
    String line = lines().get(lines().size() - 1);
    String id = line.replaceFirst("^\\{\"v\":1,\"type\":\"session\",\"id\":\"([^\"]+)\".*", "$1");
    assertEquals("stop", today("2026-03-02T09:05").get("decision").asText());

    ok("2026-03-02T09:10", "log", "void", id);

    assertTrue(!today("2026-03-02T09:15").get("decision").asText().equals("stop"));
    Harness.Result nothingOpen = h.run("2026-03-02T09:20", "log", "cleared");
    assertEquals(2, nothingOpen.exit());
  }

  @Test
  void anUnknownStopSignWritesNothing() throws Exception {
    byte[] before = h.journalBytes();

    Harness.Result r = h.run("2026-03-02T09:00", "log", "session", "--during", "4",
        "--stop-sign", "dizzy");

    assertEquals(2, r.exit());
    assertEquals("backcare: unknown stop sign \"dizzy\"; use one of numbness, tingling, weakness,"
        + " leg-pain, severe-pain, worsening, night-pain, new-symptom, trauma, fever, weight-loss,"
        + " saddle-numbness, both-legs, bladder-bowel\n", r.err());
    assertArrayEquals(before, h.journalBytes());
  }

  @Test
  void afterSavingItSaysWhatIsLeftTodayAndWhatTomorrowBrings() {
    h = new Harness(home.resolve("building"), "UTC");
    ok("2026-03-02T07:00", "plan", "start", "--date", "2026-02-16");
    ok("2026-03-02T07:01", "log", "pain", "2");

    // A plan started two weeks ago and never used begins in the initial phase: up to 8 a day.
    assertEquals("Saved session <id>: 2 exercises, worst pain during 3.\n"
        + "Up to 7 more sessions today; for the doses, run: backcare today\n"
        + "Tomorrow morning, before you train, log how your back feels: backcare log pain N\n",
        ok("2026-03-02T09:00", "log", "session", "--during", "3").out()
            .replaceFirst("session \\w+:", "session <id>:"));
    assertEquals("Saved session <id>: 2 exercises, worst pain during 3.\n"
        + "Up to 6 more sessions today; for the doses, run: backcare today\n"
        + "Tomorrow morning, before you train, log how your back feels: backcare log pain N\n",
        ok("2026-03-02T15:00", "log", "session", "--during", "3").out()
            .replaceFirst("session \\w+:", "session <id>:"));
  }

  @Test
  void yesterdaysSessionLoggedThisMorningAsksForThisMorningsPain() {
    String out = ok("2026-03-03T08:00", "log", "session", "--during", "3", "--at",
        "yesterday 18:00").out();

    assertTrue(out.endsWith("\nThis morning, before you train, log how your back feels:"
        + " backcare log pain N\n"), out);
    ok("2026-03-03T08:01", "log", "pain", "2");
    String later = ok("2026-03-03T08:02", "log", "session", "--during", "3", "--at",
        "yesterday 19:00").out();
    assertTrue(!later.contains("morning"), "this morning's pain is logged already: " + later);
  }
}
