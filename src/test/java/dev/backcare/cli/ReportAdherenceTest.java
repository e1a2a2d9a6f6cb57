package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report reads what {@code today} asked: a person who checks in every morning and does one
 * session whenever {@code today} says to train ("up to 8 times a day" is a most, not an order)
 * has done all that was asked, and the weekly volume cap is flagged only where the coach's rule
 * would hold them back.
 */
class ReportAdherenceTest {
  @TempDir static Path home;
  static Harness h;

  /**
   * One journal for every test, each looking at it on its own day: 22 days doing exactly what
   * {@code today} said, then from 24 March knee rolls far above the dose.
   */
  @BeforeAll
  static void journal() {
    h = asToldFor(22);
    for (int day = 24; day <= 28; day++) {
      h.ok("2026-03-" + day + "T07:00", "log", "pain", "2");
      h.ok("2026-03-" + day + "T08:00", "log", "session", "--before", "2", "--during", "2",
          "--exercise", "knee-rolls:2x40");
    }
    h.ok("2026-03-29T07:00", "log", "pain", "2");
  }

  /** Days doing exactly what {@code today} said, one session a training day. */
  private static Harness asToldFor(int days) {
    Harness h = new Harness(home, "Europe/Berlin");
    h.ok("2026-03-02T07:00", "plan", "start");
    LocalDate start = LocalDate.parse("2026-03-02");
    for (int i = 0; i < days; i++) {
      String date = start.plusDays(i).toString();
      h.ok(date + "T07:00", "log", "pain", "2");
      JsonNode t = h.today(date + "T07:05");
      if (t.get("exercises").size() > 0) {
        h.ok(date + "T08:00", "log", "session", "--before", "2", "--during", "2");
      }
    }
    return h;
  }

  @Test
  void doingWhatTodaySaidEveryDayIsAllThatWasAsked() throws Exception {
    JsonNode r = Harness.JSON.readTree(h.ok("2026-03-22T20:00", "report", "--weeks", "3",
        "--format", "json").out());
    int prescribedDays = 0;
    for (JsonNode w : r.get("weeks")) {
      JsonNode days = w.get("trainingDays");
      prescribedDays += days.get("prescribed").asInt();
      assertEquals(100, days.get("adherencePercent").asInt(), w.toString());
      assertEquals(100, w.get("sessions").get("adherencePercent").asInt(), w.toString());
      assertEquals(days.get("prescribed").asInt(), days.get("asPrescribed").asInt());
    }
    assertTrue(prescribedDays >= 15, "most days were training days: " + prescribedDays);

    String text = h.ok("2026-03-22T20:00", "report", "--weeks", "3").out();
    assertTrue(text.contains("trained 7 of 7 days asked (100%)"), text);
    assertFalse(Pattern.compile("\\((?!100%)\\d{1,2}%\\)").matcher(text).find(),
        "no share below 100%: " + text);
    assertFalse(text.contains("above the 10% rule"), text);
  }

  @Test
  void aWeekInWhichAPhaseBeginsIsLabelledNotFlagged() throws Exception {
    JsonNode r = Harness.JSON.readTree(h.ok("2026-03-22T20:00", "report", "--week",
        "2026-W12", "--format", "json").out());
    JsonNode week = r.get("weeks").get(0);
    assertEquals("building", week.get("phase").asText(), week.toString());
    JsonNode start = week.get("volume").get("phaseStart");
    assertEquals("building", start.get("phase").asText(), week.toString());
    // Monday was a rest day: the phase's first session, and its first seven days, from Tuesday.
    assertEquals("2026-03-17", start.get("date").asText());
    for (JsonNode v : week.get("volume").get("exercises")) {
      assertFalse(v.get("aboveCap").asBoolean(), v.toString());
    }
    String text = h.ok("2026-03-22T20:00", "report", "--week", "2026-W12").out();
    assertTrue(text.replaceAll("\\s+", " ")
        .contains("phase start: building, first session Tue 17 Mar"), text);
  }

  @Test
  void volumeAboveTheCapIsFlaggedWhereTheCoachWouldHoldItBack() throws Exception {
    String today = h.ok("2026-03-29T07:05", "today").out();
    assertTrue(today.contains("10 % weekly limit"), "the coach holds it back: " + today);
    JsonNode r = Harness.JSON.readTree(h.ok("2026-03-29T07:10", "report", "--week",
        "2026-W13", "--format", "json").out());
    JsonNode volume = r.get("weeks").get(0).get("volume");
    assertTrue(volume.get("phaseStart").isNull(), volume.toString());
    for (JsonNode v : volume.get("exercises")) {
      assertEquals(v.get("exercise").asText().equals("knee-rolls"), v.get("aboveCap").asBoolean(),
          v.toString());
    }
  }
}
