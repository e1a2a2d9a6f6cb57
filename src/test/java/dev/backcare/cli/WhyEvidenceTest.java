package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entries each reason says it used are the journal's own, with the figures the rule compared:
 * on the sample journal, at moments where each rule fires.
 */
class WhyEvidenceTest {
  @TempDir Path home;

  private JsonNode reason(String now, String rule) throws IOException {
    Harness h = new Harness(home, "Europe/Berlin");
    Path journal = home.resolve("journal.jsonl");
    Files.copy(Path.of("src/test/resources/report/journal.jsonl"), journal);
    h.env.put("BACKCARE_JOURNAL", journal.toString());
    JsonNode today = Harness.JSON.readTree(h.ok(now, "today", "--json").out());
    for (JsonNode r : today.get("reasons")) {
      if (r.get("rule").asText().equals(rule)) {
        return r;
      }
    }
    throw new AssertionError(rule + " did not fire at " + now + ": " + today.get("reasons"));
  }

  private static List<String> ids(JsonNode reason) {
    List<String> out = new ArrayList<>();
    reason.get("evidence").forEach(e -> out.add(e.get("id").asText() + "=" + e.get("value")));
    return out;
  }

  @Test
  void nextDayNamesTheMorningAndTheBaseline() throws IOException {
    JsonNode r = reason("2026-03-04T09:30", "next-day");
    assertEquals(List.of("r0000007=4", "r0000005=2"), ids(r));
    assertEquals("nextDayReduceMargin", r.get("threshold").get("key").asText());
    assertEquals(2, r.get("threshold").get("value").asInt());
  }

  @Test
  void weeklyTrendNamesTheMorningsOfBothWeeks() throws IOException {
    JsonNode r = reason("2026-03-10T08:30", "weekly-trend");
    assertTrue(ids(r).size() >= 8, ids(r).toString());
    r.get("evidence").forEach(e -> assertEquals("check-in", e.get("type").asText()));
  }

  @Test
  void returnNamesTheLastSessionBeforeTheBreak() throws IOException {
    JsonNode r = reason("2026-03-20T08:30", "return");
    assertEquals(1, r.get("evidence").size());
    assertEquals("session", r.get("evidence").get(0).get("type").asText());
  }

  @Test
  void whyAllShowsWhatTheQuietRulesLookedAt() throws IOException {
    Harness h = new Harness(home, "Europe/Berlin");
    Path journal = home.resolve("journal.jsonl");
    Files.copy(Path.of("src/test/resources/report/journal.jsonl"), journal);
    h.env.put("BACKCARE_JOURNAL", journal.toString());
    String out = h.ok("2026-03-13T10:30", "today", "--why", "--all", "--brief").out();
    String quiet = out.substring(out.indexOf("Checked, and did not fire:"));
    assertTrue(quiet.contains("next-day\n  the morning after Wed 11 Mar your pain was 2, against 3"
        + " before the session:\n  no worse.\n  used       check-in r0000022, Thu 12 Mar 07:30:"
        + " pain 2\n             check-in r0000019, Wed 11 Mar 07:30: pain 3\n"), quiet);
    assertTrue(quiet.contains("threshold  nextDayHoldMargin 1"), quiet);
  }
}
