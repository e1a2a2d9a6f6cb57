package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The next-day rule counts events by their time, not their place in the file, and "the next
 * morning" by the date on the person's clock as the journal stores it: across back-dated entries,
 * the nights Europe/Berlin springs forward and falls back, and a flight from UTC+1 to UTC-5.
 */
class NextDayAcrossClocksTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String BERLIN = "Europe/Berlin";
  static final String NEW_YORK = "America/New_York";

  @TempDir Path home;
  Harness h;

  @BeforeEach
  void person() {
    h = new Harness(home, BERLIN);
  }

  /** Runs a command on the clock of {@code zone} at {@code now}; it must succeed. */
  Harness.Result ok(String zone, String now, String... args) {
    Map<String, String> env = new HashMap<>(h.env);
    env.put("TZ", zone);
    env.put("BACKCARE_NOW", now);
    Harness.Result r = h.run(env, args);
    assertEquals(0, r.exit(), () -> String.join(" ", args) + ": " + r.err());
    // Only `plan start` writes to stderr: the stop signs to look out for before starting.
    assertEquals(args[0].equals("plan") ? r.err() : "", r.err());
    return r;
  }

  JsonNode today(String zone, String now) throws Exception {
    return JSON.readTree(ok(zone, now, "today", "--json").out());
  }

  /** The decision, then each rule that fired and what it said. */
  static List<String> verdict(JsonNode today) {
    List<String> out = new ArrayList<>(List.of(today.get("decision").asText()));
    today.get("reasons").forEach(r -> out.add(r.get("rule").asText() + ": "
        + r.get("message").asText()));
    return out;
  }

  /** A training day: a morning check-in of 2, then a session at {@code time}. */
  void trainingDay(String zone, String date, String time) {
    ok(zone, date + "T07:00", "log", "pain", "2");
    ok(zone, date + "T" + time, "log", "session", "--during", "3");
  }

  String lastLine() throws Exception {
    List<String> lines = Files.readAllLines(h.journal(), StandardCharsets.UTF_8);
    return lines.get(lines.size() - 1);
  }

  /** No next-day rule: the doses only wait for their third day, as they would anyway. */
  static final List<String> HELD = List.of("hold", "progress: doses stay as they are: the next"
      + " step up can come on 2026-03-05 if every session until then stays within the rules");

  static String reduce(String day, int pain) {
    return "next-day: the morning after " + day + " your pain was " + pain + ", against 2 before"
        + " the session: that was too much, so the doses go down";
  }

  @Test
  void aCheckInBackDatedToYesterdayMorningIsTheNextDayCheck() throws Exception {
    ok(BERLIN, "2026-03-02T06:50", "plan", "start");
    trainingDay(BERLIN, "2026-03-02", "08:30");
    ok(BERLIN, "2026-03-03T20:00", "log", "pain", "1");
    assertEquals(HELD, verdict(today(BERLIN, "2026-03-04T06:45")), "by the evening's 1");

    Harness.Result late = ok(BERLIN, "2026-03-04T06:50", "log", "pain", "4", "--at",
        "yesterday 07:30");

    assertTrue(late.out().contains("This is the morning after your session on 2026-03-02 (pain"
        + " before it: 2)."), late.out());
    assertTrue(lastLine().contains("\"at\":\"2026-03-03T07:30:00+01:00\","
        + "\"logged\":\"2026-03-04T06:50:00+01:00\",\"pain\":4"), lastLine());
    assertEquals(List.of("reduce", reduce("2026-03-02", 4)),
        verdict(today(BERLIN, "2026-03-04T06:55")));
  }

  @Test
  void aSessionBackDatedAfterTheNextMorningsCheckInIsJudgedByIt() throws Exception {
    ok(BERLIN, "2026-03-02T06:50", "plan", "start");
    ok(BERLIN, "2026-03-02T07:00", "log", "pain", "2");
    ok(BERLIN, "2026-03-03T07:30", "log", "pain", "4");
    ok(BERLIN, "2026-03-03T07:35", "log", "session", "--during", "3", "--at", "yesterday 18:00");

    assertTrue(lastLine().contains("\"at\":\"2026-03-02T18:00:00+01:00\""), lastLine());
    assertEquals(List.of("reduce", reduce("2026-03-02", 4)),
        verdict(today(BERLIN, "2026-03-03T07:40")));
  }

  @Test
  void theShortNightOfSpringForwardIsStillTheNextMorning() throws Exception {
    ok(BERLIN, "2026-03-23T06:50", "plan", "start");
    trainingDay(BERLIN, "2026-03-28", "20:00");
    assertEquals("check-in", today(BERLIN, "2026-03-29T06:00").get("decision").asText());

    // 02:30 does not exist that night: the clock jumps from 02:00 to 03:00. 03:30 summer time is
    // six and a half hours after the session, so it counts as the next morning.
    Harness.Result log = ok(BERLIN, "2026-03-29T07:00", "log", "pain", "4", "--at", "02:30");

    assertTrue(log.out().contains("This is the morning after your session on 2026-03-28"),
        log.out());
    assertTrue(lastLine().contains("\"at\":\"2026-03-29T03:30:00+02:00\""), lastLine());
    assertEquals(List.of("reduce", reduce("2026-03-28", 4)),
        verdict(today(BERLIN, "2026-03-29T07:05")));
  }

  @Test
  void theLongNightOfFallBackTakesTheFirstCheckInByTimeNotByTheClockFace() throws Exception {
    ok(BERLIN, "2026-10-19T06:50", "plan", "start");
    trainingDay(BERLIN, "2026-10-24", "20:00");
    // 02:30 summer time, then 45 minutes later 02:15 winter time: the clock went back an hour.
    ok(BERLIN, "2026-10-25T02:30+02:00", "log", "pain", "3");
    ok(BERLIN, "2026-10-25T02:15+01:00", "log", "pain", "1");

    assertTrue(lastLine().contains("\"at\":\"2026-10-25T02:15:00+01:00\""), lastLine());
    assertEquals(List.of("hold", "next-day: the morning after 2026-10-24 your pain was 3, against"
        + " 2 before the session: a little worse, so the doses stay as they are"),
        verdict(today(BERLIN, "2026-10-25T08:00")));
  }

  @Test
  void afterAFlightTheWorstCheckInOfTheNextMorningsWindowDecides() throws Exception {
    ok(BERLIN, "2026-03-02T06:50", "plan", "start");
    trainingDay(BERLIN, "2026-03-02", "08:30");
    // Landed in New York: 22:00 there is already 04:00 on 3 March in Berlin.
    ok(NEW_YORK, "2026-03-02T22:00", "log", "pain", "6", "--note", "after the flight");
    assertTrue(lastLine().contains("\"at\":\"2026-03-02T22:00:00-05:00\""), lastLine());

    assertEquals("check-in", today(NEW_YORK, "2026-03-03T06:00").get("decision").asText());
    ok(NEW_YORK, "2026-03-03T07:00", "log", "pain", "2");
    JsonNode t = today(NEW_YORK, "2026-03-03T07:05");

    assertEquals("2026-03-03", t.get("date").asText());
    // The 6 came 19 hours after the session: inside the window, so a milder 2 cannot hide it.
    assertEquals(List.of("reduce", "flare-up: the morning after 2026-03-02 your pain was 4 points"
        + " above the baseline: a flare-up. Back to the initial phase's exercises and doses until"
        + " it settles", reduce("2026-03-02", 6)), verdict(t));
  }
}
