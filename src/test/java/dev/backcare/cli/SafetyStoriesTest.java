package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lives the safety rules were written for, each through the real command line with the clock
 * set per step: a plan started on Monday 2 March 2026.
 */
class SafetyStoriesTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;
  Harness h;

  @BeforeEach
  void berlin() {
    h = new Harness(home, "Europe/Berlin");
  }

  Harness.Result ok(String now, String... args) {
    return h.ok(now, args);
  }

  JsonNode today(String now) {
    return h.today(now);
  }

  static List<String> rules(JsonNode today) {
    List<String> out = new ArrayList<>();
    today.get("reasons").forEach(r -> out.add(r.get("rule").asText()));
    return out;
  }

  static int volume(JsonNode today) {
    int sum = 0;
    for (JsonNode e : today.get("exercises")) {
      if (today.get("decision").asText().equals("acute") && e.get("id").asText()
          .equals("walking")) {
        continue;
      }
      int amount = e.has("reps") ? e.get("reps").asInt()
          : e.has("seconds") ? e.get("seconds").asInt() : e.path("minutes").asInt() * 60;
      sum += e.get("sets").asInt() * amount;
    }
    return sum;
  }

  /** Days 2 to 5 March as prescribed: check-in 2 at 07:00, a session at 08:00 peaking at 3. */
  void calmDays(int from, int to) {
    for (int d = from; d <= to; d++) {
      String day = LocalDate.of(2026, 3, d).toString();
      ok(day + "T07:00", "log", "pain", "2");
      ok(day + "T08:00", "log", "session", "--during", "3");
    }
  }

  @Test
  void aCheckInOfSevenAfterACeilingBreakGivesNoMoreThanACheckInOfThree() throws Exception {
    ok("2026-03-02T06:50", "plan", "start");
    calmDays(2, 5);
    ok("2026-03-06T07:00", "log", "pain", "2");
    ok("2026-03-06T08:00", "log", "session", "--during", "8");
    Path journal = h.journal();
    byte[] before = Files.readAllBytes(journal);

    ok("2026-03-07T07:00", "log", "pain", "3");
    JsonNode three = today("2026-03-07T07:05");
    Files.write(journal, before);
    ok("2026-03-07T07:00", "log", "pain", "7");
    JsonNode seven = today("2026-03-07T07:05");

    assertTrue(volume(seven) <= volume(three), () -> seven + "\n" + three);
    assertTrue(rules(seven).containsAll(List.of("flare-up", "pain-ceiling")), seven::toString);
  }

  @Test
  void threeWeeksWithoutASessionStepBack() throws Exception {
    ok("2026-03-02T06:50", "plan", "start");
    calmDays(2, 5);
    ok("2026-03-27T07:00", "log", "pain", "2");
    JsonNode t = today("2026-03-27T07:05");

    assertEquals("return", t.get("decision").asText(), t::toString);
    assertTrue(rules(t).contains("return"), t::toString);
    assertEquals("initial", t.get("phase").asText());
    String text = ok("2026-03-27T07:06", "today").out();
    assertTrue(text.contains("\nWelcome back"), text);
  }

  @Test
  void aPlanStartedFiveWeeksAgoAndNeverUsedStartsAtTheBeginning() throws Exception {
    ok("2026-03-02T06:50", "plan", "start", "--date", "2026-01-26");
    ok("2026-03-02T07:00", "log", "pain", "2");
    JsonNode t = today("2026-03-02T07:05");

    assertEquals("initial", t.get("phase").asText(), t::toString);
    assertEquals("start", t.get("decision").asText(), t::toString);
  }

  @Test
  void aLateSessionsNextMorningIsTheWorstCheckInAfterSixHours() throws Exception {
    ok("2026-03-02T06:50", "plan", "start");
    calmDays(2, 3);
    ok("2026-03-04T22:00", "log", "pain", "2");
    ok("2026-03-04T23:30", "log", "session", "--during", "3");
    ok("2026-03-05T00:30", "log", "pain", "2");
    ok("2026-03-05T08:00", "log", "pain", "6");
    JsonNode t = today("2026-03-05T08:05");

    assertEquals("reduce", t.get("decision").asText(), t::toString);
    assertTrue(t.toString().contains("your pain was 6"), t::toString);
  }

  @Test
  void painAfterAboveTheCeilingDayAfterDayNeverStepsUp() throws Exception {
    ok("2026-03-02T06:50", "plan", "start");
    JsonNode t = null;
    for (int d = 2; d <= 12; d++) {
      String day = LocalDate.of(2026, 3, d).toString();
      ok(day + "T07:00", "log", "pain", "2");
      t = today(day + "T07:05");
      assertTrue(!t.get("decision").asText().equals("progress"), t::toString);
      if (t.get("exercises").isEmpty()) {
        break;
      }
      ok(day + "T08:00", "log", "session", "--during", "3", "--after", "9");
    }
    // At the least dose, pain after still above the ceiling: the exercises are left out.
    assertTrue(rules(t).contains("pain-ceiling"), t.toString());
    assertTrue(t.toString().contains("left out"), t.toString());
  }

  @Test
  void aCheckInOfTenOnDayOneIsAnAcuteDay() throws Exception {
    ok("2026-03-02T06:50", "plan", "start");
    ok("2026-03-02T07:00", "log", "pain", "10");
    JsonNode t = today("2026-03-02T07:05");

    assertEquals("acute", t.get("decision").asText(), t::toString);
    assertTrue(rules(t).contains("acute"), t::toString);
    String text = ok("2026-03-02T07:06", "today").out();
    assertTrue(text.contains("walk gently for 10-15 minutes"), text);
  }

  @Test
  void painZeroThroughoutNeverHearsItIsNotImproving() throws Exception {
    JsonNode t = painEveryMorning(LocalDate.of(2026, 3, 2), "0");
    assertTrue(!rules(t).contains("no-improvement"), t::toString);
  }

  @Test
  void constantPainWithTheFirstWeekUnloggedIsToldToGetItChecked() throws Exception {
    JsonNode t = painEveryMorning(LocalDate.of(2026, 3, 9), "4");
    assertTrue(rules(t).contains("no-improvement"), t::toString);
  }

  /** A plan from 2 March, the same pain each morning from {@code from}; today on 16 April. */
  JsonNode painEveryMorning(LocalDate from, String pain) throws Exception {
    ok("2026-03-02T06:50", "plan", "start");
    for (LocalDate d = from; d.isBefore(LocalDate.of(2026, 4, 16)); d = d.plusDays(1)) {
      ok(d + "T07:00", "log", "pain", pain);
    }
    return today("2026-04-16T07:05");
  }

  @Test
  void aLineDatedNextYearIsLeftOutOfTheAdviceWithAWarning() throws Exception {
    ok("2026-03-02T06:50", "plan", "start");
    ok("2026-03-02T07:00", "log", "pain", "2");
    Files.writeString(h.journal(), "{\"v\":1,\"type\":\"check-in\",\"id\":\"future01\","
        + "\"at\":\"2027-03-02T07:00:00+01:00\",\"pain\":9}\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Harness.Result r = ok("2026-03-02T07:05", "today", "--json");

    assertEquals("start", JSON.readTree(r.out()).get("decision").asText(), r.out());
    assertTrue(r.err().contains("future01 (check-in, 2027-03-02)"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void entriesMoreThanAYearBackOrInTheFutureAreRefused() {
    ok("2026-03-02T06:50", "plan", "start");
    byte[] before = h.journalBytes();
    Harness.Result old = h.run("2026-03-02T07:00", "log", "pain", "2", "--at",
        "2025-03-01T07:00");
    Harness.Result ahead = h.run("2026-03-02T07:00", "log", "pain", "2", "--at",
        "2026-03-02T07:02");
    Harness.Result plan = h.run("2026-03-02T07:00", "plan", "start", "--date", "2026-03-03");

    assertEquals(2, old.exit(), old.err());
    assertTrue(old.err().contains("more than a year ago"), old.err());
    assertEquals(2, ahead.exit(), ahead.err());
    assertEquals(2, plan.exit(), plan.err());
    assertEquals(1, plan.err().lines().count(), plan.err());
    assertTrue(java.util.Arrays.equals(before, h.journalBytes()), "nothing was written");
    assertEquals(0, h.run("2026-03-02T07:00", "log", "pain", "2", "--at", "2026-03-02T07:01")
        .exit(), "a minute of clock skew is fine");
  }
}
