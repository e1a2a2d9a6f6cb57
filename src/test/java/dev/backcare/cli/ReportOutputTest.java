package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the report goes and how it looks: files, colour, CSV line ends, ISO weeks. */
class ReportOutputTest {
  static final String JOURNAL = "target/test-classes/report/journal.jsonl";
  static final String ESC = "\u001b[";

  static Map<String, String> env(Path home) {
    Map<String, String> env = new HashMap<>();
    env.put("HOME", home.toString());
    env.put("TZ", "Europe/Berlin");
    env.put("BACKCARE_NOW", "2026-03-25T12:00");
    env.put("BACKCARE_JOURNAL", JOURNAL);
    return env;
  }

  /** Runs as if on a terminal (or not), like Main does. */
  static String run(Map<String, String> env, boolean terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = Cli.run(args, env, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err, terminal);
    assertEquals(0, exit);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void colourOnATerminalUnlessNoColorOrNoColorFlag(@TempDir Path home) {
    Map<String, String> env = env(home);
    assertTrue(run(env, true, "report").contains(ESC));
    assertFalse(run(env, false, "report").contains(ESC));
    assertFalse(run(env, true, "report", "--no-color").contains(ESC));
    assertTrue(run(env, false, "report", "--color").contains(ESC));
    env.put("NO_COLOR", "1");
    assertFalse(run(env, true, "report").contains(ESC));
    assertTrue(run(env, true, "report", "--color").contains(ESC), "the flag wins over the env");
    assertFalse(run(env(home), true, "report", "--format", "markdown").contains(ESC));
  }

  @Test
  void outputGoesToAPrivateFileAndNotToStdout(@TempDir Path home) throws Exception {
    Path file = home.resolve("week 11.csv");
    String said = run(env(home), false, "report", "--week", "2026-W11", "--format", "csv",
        "-o", file.toString());
    assertEquals("Wrote the report (1 week, 2026-03-09 to 2026-03-15) to " + file + ".\n", said);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    String csv = Files.readString(file);
    assertTrue(csv.startsWith("date,sessions,sessions_allowed,reps,minutes,peak_pain,"
        + "checkin_pain,next_day,decision,function_score,notes\r\n"), csv);
    assertEquals(8, csv.split("\r\n").length, "a header and seven days");
    assertFalse(csv.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
    assertTrue(csv.contains("2026-03-10,2,8,12,0,6,2,worse,hold,,\r\n"), csv);
    assertTrue(csv.contains(",stop,,\"16:00, cleared: physiotherapist: fine to go on\"\r\n"), csv);
    // Written again with --force, the file is replaced whole.
    run(env(home), false, "report", "--week", "2026-W10", "--format", "csv", "-o",
        file.toString(), "--force");
    assertTrue(Files.readString(file).contains("2026-03-02,"));
    assertFalse(Files.readString(file).contains("2026-03-10,"));
    try (var left = Files.list(home)) {
      assertEquals(0, left.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(),
          "no temporary file is left behind");
    }
  }

  @Test
  void anExistingFileIsKeptWithoutForceAndADashPrints(@TempDir Path home) throws Exception {
    Harness h = new Harness(home, "Europe/Berlin");
    h.run("2026-03-02T08:00", "plan", "start");
    Path file = home.resolve("report.md");
    Files.writeString(file, "my notes\n");
    Harness.Result kept = h.run("2026-03-02T09:00", "report", "--format", "markdown", "-o",
        file.toString());
    assertEquals(2, kept.exit());
    assertEquals("", kept.out());
    assertEquals("backcare: " + file + ": already exists; add --force to replace it, or give"
        + " another file name\n", kept.err());
    assertEquals("my notes\n", Files.readString(file));

    Harness.Result journal = h.run("2026-03-02T09:00", "report", "-o", h.journal().toString(),
        "--force");
    assertEquals(2, journal.exit());
    assertEquals("backcare: " + h.journal() + ": is your journal; give another file name for the"
        + " report\n", journal.err());

    Harness.Result printed = h.run("2026-03-02T09:00", "report", "--format", "markdown", "-o",
        "-");
    assertEquals(0, printed.exit(), printed.err());
    assertEquals(h.run("2026-03-02T09:00", "report", "--format", "markdown").out(),
        printed.out());
    assertEquals(2, h.run("2026-03-02T09:00", "report", "-o", "-", "--force").exit());
    assertEquals("backcare: --force goes with -o FILE\n",
        h.run("2026-03-02T09:00", "report", "--force").err());
  }

  @Test
  void stopSignsLoggedWithASessionAreReported(@TempDir Path home) throws Exception {
    Harness h = new Harness(home, "Europe/Berlin");
    assertEquals(0, h.run("2026-03-02T08:00", "plan", "start").exit());
    assertEquals(0, h.run("2026-03-02T09:00", "log", "session", "--during", "3",
        "--stop-sign", "numbness").exit());
    Harness.Result r = h.run("2026-03-03T09:00", "report", "--week", "2026-W10");
    assertTrue(r.out().contains("Stop signs      numbness on Mon 2 Mar"), r.out());
    assertTrue(r.out().contains("Warning         A stop sign was logged"), r.out());
  }

  @Test
  void theTextFitsEightyColumns(@TempDir Path home) {
    String text = run(env(home), false, "report", "--weeks", "4");
    text.lines().forEach(l -> assertTrue(l.codePointCount(0, l.length()) <= 80, l));
  }

  @Test
  void isoWeeksAtTheTurnOfTheYear() {
    assertEquals(LocalDate.of(2025, 12, 29), ReportRange.isoWeek("2026-W01"));
    assertEquals(LocalDate.of(2020, 12, 28), ReportRange.isoWeek("2020-W53"));
    assertEquals(LocalDate.of(2026, 3, 9), ReportRange.isoWeek("2026-W11"));
  }

  /**
   * A plan started and a session logged in the same second (a script, say): the report's morning
   * is just before the session in time order, so it has the plan, as the rules at that moment did.
   */
  @Test
  void aPlanStartedInTheSecondOfTheFirstSessionCounts(@TempDir Path home) throws Exception {
    Map<String, String> env = env(home);
    env.put("BACKCARE_JOURNAL", home.resolve("journal.jsonl").toString());
    env.put("BACKCARE_NOW", "2026-03-02T08:00:05");
    run(env, false, "plan", "start");
    run(env, false, "log", "session", "--during", "2");
    env.put("BACKCARE_NOW", "2026-03-02T20:00");
    JsonNode day = new ObjectMapper().readTree(
        run(env, false, "report", "--weeks", "1", "--format", "json")).at("/weeks/0/days/0");
    assertEquals("2026-03-02", day.get("date").asText());
    assertEquals("start", day.get("decision").asText(), day.toString());
    assertEquals(1, day.get("sessions").asInt());
    assertEquals(8, day.get("prescribedSessions").asInt());
  }
}
