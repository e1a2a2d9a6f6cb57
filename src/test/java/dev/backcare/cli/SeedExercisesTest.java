package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exercises as the seeds give them, through the whole program: the initial phase's exercises
 * come in one at a time, prone press-ups only when bending backward eases the pain, and no more
 * sessions than the phase's times a day.
 */
class SeedExercisesTest {
  @TempDir Path home;
  Harness h;

  Harness.Result ok(String now, String... args) {
    return h.ok(now, args);
  }

  JsonNode today(String now) throws Exception {
    return new ObjectMapper().readTree(h.ok(now, "today", "--json").out());
  }

  @BeforeEach
  void harness() {
    h = new Harness(home, "UTC");
  }

  static List<String> ids(JsonNode today) {
    List<String> out = new ArrayList<>();
    today.get("exercises").forEach(e -> out.add(e.get("id").asText()));
    return out;
  }

  /** Calm days from 2 March: a check-in of 2 and a session peaking at 3 each day. */
  void calmDays(int days) {
    for (int d = 0; d < days; d++) {
      String day = "2026-03-0" + (2 + d);
      ok(day + "T07:00", "log", "pain", "2");
      ok(day + "T08:00", "log", "session", "--during", "3");
    }
  }

  @Test
  void anExerciseComesInAfterThreeCalmTrainingDays() {
    ok("2026-03-02T06:00", "plan", "start");
    Harness.Result early = h.run("2026-03-02T06:01", "plan", "remove", "single-knee-hug");
    assertEquals(2, early.exit(), "not in the plan yet: " + early.out());

    calmDays(3);
    ok("2026-03-05T07:00", "log", "pain", "2");

    assertTrue(ok("2026-03-05T07:01", "plan", "remove", "single-knee-hug").out()
        .contains("single-knee-hug removed from your plan"));
  }

  @Test
  void todaySaysTheNewExercise() throws Exception {
    ok("2026-03-02T06:00", "plan", "start");
    calmDays(3);
    ok("2026-03-05T07:00", "log", "pain", "2");

    JsonNode t = today("2026-03-05T07:01");
    assertEquals(List.of("knee-rolls", "pelvic-tilt", "single-knee-hug"), ids(t));
    assertTrue(t.toString().contains("a new exercise: single knee hug, after 3 calm training"
        + " days"), t::toString);
  }

  @Test
  void pressUpsOnlyWhenBackwardBendingEases() throws Exception {
    ok("2026-03-02T06:00", "plan", "start");
    assertTrue(!Files.readString(h.journal()).contains("extensionEases"));
    byte[] before = h.journalBytes();

    Harness.Result refused = h.run("2026-03-02T06:01", "plan", "add", "prone-press-up");

    assertEquals(2, refused.exit());
    assertEquals("backcare: prone-press-up is only for pain that eases or moves toward the middle"
        + " of your back when you bend backward, and your plan was not started with that. If it"
        + " does, start your plan with: backcare plan start --date 2026-03-02"
        + " --extension-eases\n", refused.err());
    assertArrayEquals(before, h.journalBytes());
    assertEquals(2, h.run("2026-03-02T06:02", "plan", "start", "--exercises",
        "knee-rolls,prone-press-up").exit());

    ok("2026-03-02T06:03", "plan", "start", "--date", "2026-03-02", "--extension-eases");
    List<String> lines = Files.readAllLines(h.journal());
    assertTrue(lines.get(lines.size() - 1).endsWith(",\"exercises\":[],\"extensionEases\":true}"),
        lines::toString);
    ok("2026-03-02T06:04", "plan", "add", "prone-press-up");
    assertEquals(List.of("knee-rolls", "pelvic-tilt", "prone-press-up"),
        ids(today("2026-03-02T06:05")));
  }

  @Test
  void noMoreSessionsThanThePhaseAllowsADay() throws Exception {
    ok("2026-03-02T06:00", "plan", "start");
    ok("2026-03-02T06:01", "log", "pain", "2");
    for (int i = 0; i < 7; i++) {
      ok("2026-03-02T1" + i + ":00", "log", "session", "--during", "3");
    }
    assertEquals(1, today("2026-03-02T17:30").get("sessionsLeftToday").asInt());

    String eighth = ok("2026-03-02T18:00", "log", "session", "--during", "3").out();
    assertTrue(eighth.contains("\nThat was session 8 of up to 8 today: that is enough for today;"
        + " rest now.\n"), eighth);
    assertEquals(0, today("2026-03-02T18:30").get("sessionsLeftToday").asInt());
    String text = ok("2026-03-02T18:31", "today").out();
    assertTrue(text.contains("\nNo more today: you have done 8 of up to 8 sessions today; rest"
        + " now.\n"), text);

    String ninth = ok("2026-03-02T19:00", "log", "session", "--during", "3").out();
    assertTrue(ninth.contains("\nThat was session 9 of up to 8 today: that is enough for today;"
        + " rest now.\n"), ninth);
  }
}
