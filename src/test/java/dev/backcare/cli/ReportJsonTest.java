package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --format json} on the fixed journal of report.test, against figures counted by
 * hand from src/test/resources/report/journal.jsonl (the counting is in the comments).
 */
class ReportJsonTest {
  static JsonNode report;

  @BeforeAll
  static void run(@TempDir Path home) throws Exception {
    Harness h = new Harness(home, "Europe/Berlin");
    Harness.Result r = h.run(Map.of("TZ", "Europe/Berlin", "HOME", home.toString(),
        "BACKCARE_NOW", "2026-03-25T12:00",
        "BACKCARE_JOURNAL", "target/test-classes/report/journal.jsonl"),
        "report", "--weeks", "4", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    report = new ObjectMapper().readTree(r.out());
  }

  static JsonNode week(int i) {
    return report.get("weeks").get(i);
  }

  @Test
  void thePeriod() {
    assertEquals("2026-03-02", report.get("from").asText());
    assertEquals("2026-03-29", report.get("to").asText());
    assertEquals("2026-03-02", report.get("planStart").asText());
    assertEquals(5, report.get("painCeiling").asInt());
    assertEquals(4, report.get("weeks").size());
  }

  @Test
  void weekOneCountedByHand() {
    JsonNode w = week(0);
    assertEquals("initial", w.get("phase").asText());
    assertEquals(1, w.get("planWeek").asInt());
    // Sessions: Mon 2, Tue 1, Wed 1, Thu 1, Sat 1; the initial phase asks at least one on each
    // of its 7 training days and allows up to 8 a day: 5 of the 7 met.
    assertEquals(6, w.at("/sessions/logged").asInt());
    assertEquals(7, w.at("/sessions/minimum").asInt());
    assertEquals(8, w.at("/sessions/mostPerDay").asInt());
    assertEquals(71, w.at("/sessions/adherencePercent").asInt());
    assertEquals(5, w.at("/trainingDays/logged").asInt());
    assertEquals(7, w.at("/trainingDays/prescribed").asInt());
    assertEquals(5, w.at("/trainingDays/asPrescribed").asInt());
    assertEquals(71, w.at("/trainingDays/adherencePercent").asInt());
    // Peak pain 3, 2, 7, 3, 3, 2: mean 20 / 6, max 7, one above 5.
    assertEquals(3.33, w.at("/painDuring/mean").asDouble(), 1e-9);
    assertEquals(7, w.at("/painDuring/max").asInt());
    assertEquals(1, w.at("/painDuring/aboveCeiling").asInt());
    // Next mornings: Mon same, Tue worse (2 -> 4), Wed better, Thu same, Sat not logged.
    assertEquals(5, w.at("/nextDay/due").asInt());
    assertEquals(4, w.at("/nextDay/logged").asInt());
    assertEquals(1, w.at("/nextDay/worse").asInt());
    // Mornings 2, 2, 4, 3, 3, 2: mean 16 / 6; nothing the week before.
    assertEquals(6, w.at("/morningPain/checkIns").asInt());
    assertEquals(2.67, w.at("/morningPain/mean").asDouble(), 1e-9);
    assertTrue(w.at("/morningPain/previousMean").isNull());
    // Knee rolls 2+2, 3, 1, 2, 2 = 12 reps; pelvic tilt the same.
    assertEquals(24, w.at("/volume/totalReps/amount").asInt());
    assertEquals(0, w.at("/volume/totalSeconds/amount").asInt());
    assertEquals(12, w.at("/volume/exercises/0/amount").asInt());
    assertEquals(1, w.at("/rules/pain-ceiling").asInt());
    assertEquals(1, w.at("/decisions/reduce").asInt());
  }

  @Test
  void weekTwoCountedByHand() {
    JsonNode w = week(1);
    // Sessions Mon 1, Tue 2, Wed 1, Fri 1; Saturday's session was voided.
    assertEquals(5, w.at("/sessions/logged").asInt());
    // Thursday was a stop day (tingling logged Wednesday evening, cleared Thursday 16:00).
    assertEquals(6, w.at("/sessions/minimum").asInt());
    assertEquals(8, w.at("/sessions/mostPerDay").asInt());
    assertEquals(1, w.at("/decisions/stop").asInt());
    assertEquals(1, w.at("/rules/red-flag").asInt());
    // Peak pain 2, 3, 6, 2, 2.
    assertEquals(3.0, w.at("/painDuring/mean").asDouble(), 1e-9);
    assertEquals(6, w.at("/painDuring/max").asInt());
    assertEquals(1, w.at("/painDuring/aboveCeiling").asInt());
    // Next mornings: Mon same, Tue worse (2 -> 3), Wed better, Fri same.
    assertEquals(4, w.at("/nextDay/logged").asInt());
    assertEquals(1, w.at("/nextDay/worse").asInt());
    // Mornings 2, 2, 3, 2, 1, 1, 1 = 12 / 7, against 16 / 6 the week before.
    assertEquals(1.71, w.at("/morningPain/mean").asDouble(), 1e-9);
    assertEquals(2.67, w.at("/morningPain/previousMean").asDouble(), 1e-9);
    assertEquals(-0.95, w.at("/morningPain/change").asDouble(), 1e-9);
    // Knee rolls 3, 3+3, 2, 3 = 14 against 12: +17 %, but the initial phase has no 10 % rule.
    JsonNode kneeRolls = w.at("/volume/exercises/0");
    assertEquals("knee-rolls", kneeRolls.get("exercise").asText());
    assertEquals(14, kneeRolls.get("amount").asInt());
    assertEquals(12, kneeRolls.get("previous").asInt());
    assertEquals(17, kneeRolls.get("changePercent").asInt());
    assertFalse(kneeRolls.get("aboveCap").asBoolean());
    assertTrue(w.at("/volume/phaseStart").isNull());
    assertEquals("2026-03-11", w.at("/stopSigns/0/date").asText());
    assertEquals("tingling", w.at("/stopSigns/0/kind").asText());
    assertEquals("2026-03-12", w.at("/clearings/0").asText());
    assertEquals(List.of("morning-pain-down", "stop-sign"), ids(w.get("signs")));
  }

  @Test
  void aWeekWithNothingLoggedHasNoFigures() {
    JsonNode w = week(2);
    assertFalse(w.get("hasData").asBoolean());
    assertFalse(w.has("sessions"));
    assertFalse(w.has("painDuring"));
  }

  @Test
  void theWeekInProgressCountsItsDaysSoFar() {
    JsonNode w = week(3);
    assertEquals(3, w.get("daysCounted").asInt());
    assertEquals(3, w.get("days").size());
    assertEquals(1, w.at("/sessions/logged").asInt());
    // The same three weekdays a week before had nothing: no comparison.
    assertTrue(w.at("/morningPain/previousMean").isNull());
    assertTrue(w.at("/volume/exercises/0/changePercent").isNull());
    assertEquals("same", w.at("/days/0/nextDay").asText());
  }

  private static List<String> ids(JsonNode signs) {
    List<String> out = new ArrayList<>();
    signs.forEach(s -> out.add(s.get("id").asText()));
    return out;
  }
}
