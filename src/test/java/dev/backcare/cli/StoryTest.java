package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Five weeks of a person's use, through the real command line: start, progression, a ceiling
 * break, a bad next morning, rest days, the building and maintenance phases, a stop sign and its
 * clearing. Each morning: `log pain`, `today --json`, then the session as prescribed.
 */
class StoryTest {
  static final LocalDate START = LocalDate.of(2026, 3, 2);
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;
  Harness h;

  String at(int day, String time) {
    return START.plusDays(day) + "T" + time;
  }

  Harness.Result ok(String now, String... args) {
    Harness.Result r = h.run(now, args);
    assertEquals(0, r.exit(), () -> String.join(" ", args) + " failed: " + r.err());
    return r;
  }

  JsonNode today(int day, String time) throws Exception {
    return JSON.readTree(ok(at(day, time), "today", "--json").out());
  }

  static List<String> rules(JsonNode today) {
    List<String> out = new ArrayList<>();
    today.get("reasons").forEach(r -> out.add(r.get("rule").asText()));
    return out;
  }

  static JsonNode exercise(JsonNode today, String id) {
    for (JsonNode e : today.get("exercises")) {
      if (e.get("id").asText().equals(id)) {
        return e;
      }
    }
    throw new AssertionError(id + " is not prescribed: " + today);
  }

  /** One ordinary day: morning pain, ask, and do the session if there is one. */
  JsonNode day(int day, int pain, int during) throws Exception {
    ok(at(day, "07:00"), "log", "pain", Integer.toString(pain));
    JsonNode t = today(day, "07:05");
    if (t.get("exercises").size() > 0) {
      ok(at(day, "08:00"), "log", "session", "--during", Integer.toString(during));
    }
    return t;
  }

  @Test
  void fiveWeeks() throws Exception {
    h = new Harness(home, "Europe/Berlin");
    JsonNode t = today(0, "06:55");
    assertEquals("start", t.get("decision").asText());
    ok(at(0, "06:56"), "plan", "start");
    t = day(0, 2, 3);
    assertEquals("start", t.get("decision").asText());
    assertEquals("initial", t.get("phase").asText());
    assertEquals(2, exercise(t, "knee-rolls").get("reps").asInt());

    JsonNode askFirst = today(1, "06:30");
    assertEquals("check-in", askFirst.get("decision").asText());
    assertEquals(0, askFirst.get("exercises").size());

    day(1, 2, 3);
    day(2, 2, 3);
    t = day(3, 2, 3);
    assertEquals("progress", t.get("decision").asText(), t::toString);
    assertEquals(3, exercise(t, "knee-rolls").get("reps").asInt());

    ok(at(4, "07:00"), "log", "pain", "2");
    ok(at(4, "08:00"), "log", "session", "--during", "7");
    t = today(4, "12:00");
    assertEquals("reduce", t.get("decision").asText());
    assertTrue(rules(t).contains("pain-ceiling"));
    assertEquals(2, exercise(t, "knee-rolls").get("reps").asInt(), "back to the tolerated 2");

    JsonNode badMorning = day(5, 4, 3);
    assertEquals("reduce", badMorning.get("decision").asText());
    assertTrue(rules(badMorning).contains("next-day"), badMorning::toString);

    for (int d = 6; d <= 13; d++) {
      day(d, 2, 3);
    }
    t = day(14, 2, 3);
    assertEquals("building", t.get("phase").asText());
    assertEquals("rest", t.get("decision").asText(), "six training days in a row");
    t = day(15, 2, 3);
    assertEquals("building", t.get("phase").asText());
    assertEquals(2, exercise(t, "bridge").get("sets").asInt());
    assertEquals(8, exercise(t, "bridge").get("reps").asInt());
    assertEquals(60, exercise(t, "bridge").get("restSeconds").asInt());

    boolean progressed = false;
    for (int d = 16; d <= 27; d++) {
      t = day(d, 2, 3);
      progressed |= t.get("decision").asText().equals("progress");
    }
    assertTrue(progressed, "a step up during the building phase");
    t = day(28, 2, 3);
    for (int d = 29; d <= 30 && !t.get("phase").asText().equals("maintenance"); d++) {
      t = day(d, 2, 3);
    }
    assertEquals("maintenance", t.get("phase").asText());
    assertEquals(1, t.get("timesPerDay").asInt());

    ok(at(31, "07:00"), "log", "pain", "2");
    ok(at(31, "07:10"), "log", "symptom", "weakness");
    t = today(31, "07:15");
    assertEquals("stop", t.get("decision").asText());
    assertEquals(List.of("red-flag"), rules(t));
    assertEquals(0, t.get("exercises").size());
    Harness.Result refused = h.run(at(31, "08:00"), "log", "session", "--during", "2");
    assertEquals(2, refused.exit());
    assertTrue(refused.err().contains("no session is prescribed"), refused.err());

    ok(at(33, "17:00"), "log", "cleared", "--note", "GP: carry on");
    t = today(33, "17:05");
    assertTrue(!t.get("decision").asText().equals("stop"), t::toString);
    assertTrue(t.get("exercises").size() > 0);
  }
}
