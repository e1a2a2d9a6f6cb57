package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entries logged after the fact, through the command line: a clearance clears the stop signs
 * logged before it, and a stop sign back-dated to before a clearance, but logged after it, stays.
 */
class TwoTimesStoryTest {
  @TempDir Path home;
  Harness h;

  @BeforeEach
  void aPlanAndAStopSign() {
    h = new Harness(home, "Europe/Berlin");
    h.ok("2026-03-02T08:00", "plan", "start");
    h.ok("2026-03-04T09:00", "log", "symptom", "tingling");
  }

  @Test
  void aStopSignBackDatedToBeforeAClearanceStaysOpen() throws Exception {
    h.ok("2026-03-05T09:00", "log", "cleared");
    assertEquals("start", h.today("2026-03-05T09:01").get("decision").asText());

    h.ok("2026-03-06T09:00", "log", "symptom", "bladder-bowel", "--at", "2026-03-04T20:00");

    JsonNode t = h.today("2026-03-06T09:01");
    assertEquals("stop", t.get("decision").asText(), t.toString());
    assertEquals(0, t.get("exercises").size());
    String why = t.get("reasons").get(0).get("message").asText();
    assertTrue(why.contains("bladder or bowel control") && why.contains("emergency"), why);
    String text = h.ok("2026-03-06T09:02", "today").out();
    assertTrue(text.contains("STOP: do not exercise."), text);
    List<String> lines = Files.readAllLines(h.journal());
    String last = lines.get(lines.size() - 1);
    assertTrue(last.contains("\"at\":\"2026-03-04T20:00:00+01:00\",\"logged\":\""
        + "2026-03-06T09:00:00+01:00\""), last);
  }

  @Test
  void aClearanceBackDatedToBeforeTheSignStillClearsIt() {
    h.ok("2026-03-05T09:00", "log", "cleared", "--at", "2026-03-03T12:00");

    JsonNode t = h.today("2026-03-05T09:01");
    assertEquals("start", t.get("decision").asText(), t.toString());
    assertTrue(t.get("exercises").size() > 0);
  }
}
