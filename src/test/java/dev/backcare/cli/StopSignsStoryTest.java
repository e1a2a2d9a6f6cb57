package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backcare.domain.StopSign;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stop signs through the command line: `plan start` off a terminal lists what to look out for,
 * each sign means stop, and `today` says how soon to get help, first in its text and as "urgency"
 * in its JSON.
 */
class StopSignsStoryTest {
  @TempDir Path home;
  Harness h;
  Harness.Result started;

  @BeforeEach
  void aPlan() {
    h = new Harness(home, "Europe/Berlin");
    started = h.ok("2026-03-02T08:00", "plan", "start");
    h.ok("2026-03-02T08:01", "log", "pain", "2");
  }

  @Test
  void offATerminalPlanStartListsTheScreeningQuestionsOnceAndStarts() {
    assertTrue(started.out().startsWith("Saved plan "), started.out());
    assertTrue(started.err().startsWith("Before you start: if any of these apply, do not"
        + " exercise;"), started.err());
    for (StopSign s : StopSign.SCREENING) {
      assertTrue(started.err().contains("  " + s.id() + " ") && started.err().contains(
          s.description() + "\n"), s.id() + " in:\n" + started.err());
    }
    assertEquals("start", h.today("2026-03-02T08:02").get("decision").asText());
    assertTrue(h.today("2026-03-02T08:02").get("urgency").isNull());
  }

  @Test
  void feverMeansStopAndSeeADoctorUrgently() {
    Harness.Result logged = h.ok("2026-03-02T09:00", "log", "symptom", "fever");
    assertTrue(logged.out().contains("See a doctor urgently, today if you can."), logged.out());

    JsonNode t = h.today("2026-03-02T09:01");
    assertEquals("stop", t.get("decision").asText());
    assertEquals("see-professional", t.get("urgency").asText());
    String text = h.ok("2026-03-02T09:02", "today").out();
    assertTrue(text.startsWith("Get checked: see a doctor urgently, today if you can (a fever"
        + " with back pain).\nMonday 2 March 2026"), text);
  }

  @Test
  void anEmergencySignComesFirstAndStaysUntilCleared() {
    h.ok("2026-03-02T09:00", "log", "symptom", "tingling");
    assertEquals("see-professional", h.today("2026-03-02T09:01").get("urgency").asText());
    Harness.Result logged = h.ok("2026-03-02T09:02", "log", "symptom", "saddle-numbness");
    assertTrue(logged.out().contains("This is an emergency: get urgent medical care now."),
        logged.out());

    JsonNode t = h.today("2026-03-02T09:03");
    assertEquals("stop", t.get("decision").asText());
    assertEquals("emergency", t.get("urgency").asText());
    String text = h.ok("2026-03-02T09:04", "today", "--brief").out();
    assertTrue(text.startsWith("URGENT: get emergency medical care now (numbness around the"
        + " genitals, buttocks\nor inner thighs).\nMonday 2 March 2026"), text);
    assertTrue(text.contains("STOP: do not exercise."), text);

    h.ok("2026-03-03T09:00", "log", "cleared");
    t = h.today("2026-03-03T09:01");
    assertTrue(t.get("urgency").isNull(), t.toString());
    assertTrue(t.get("exercises").size() > 0, t.toString());
  }

  @Test
  void logSymptomHelpListsEveryKind() {
    String help = h.ok(null, "log", "symptom", "--help").out();
    for (StopSign s : StopSign.values()) {
      assertTrue(help.contains("  " + s.id() + " "), s.id() + " in:\n" + help);
      String words = s.description().substring(0, Math.min(40, s.description().length()));
      assertTrue(help.contains(words), words + " in:\n" + help);
    }
  }
}
