package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the data lives, who may read it, and what happens when it is damaged. */
class DataTest {
  static final String NOW = "2026-03-02T08:00";
  @TempDir Path home;

  @Test
  void theDefaultJournalIsPrivate() throws Exception {
    Harness h = new Harness(home, "UTC");
    assertEquals(0, h.run(NOW, "plan", "start").exit());
    assertTrue(Files.exists(h.journal()));
    assertEquals("rw-------", PosixFilePermissions.toString(
        Files.getPosixFilePermissions(h.journal())));
    assertEquals("rwx------", PosixFilePermissions.toString(
        Files.getPosixFilePermissions(h.journal().getParent())));
  }

  @Test
  void xdgDataHomeThenEnvironmentThenFlag() throws Exception {
    Harness h = new Harness(home, "UTC");
    h.env.put("XDG_DATA_HOME", home.resolve("xdg").toString());
    h.run(NOW, "log", "pain", "1");
    assertTrue(Files.exists(home.resolve("xdg/backcare/journal.jsonl")));

    Path env = home.resolve("env.jsonl");
    h.env.put("BACKCARE_JOURNAL", env.toString());
    h.run(NOW, "log", "pain", "2");
    assertTrue(Files.exists(env));

    Path flag = home.resolve("flag.jsonl");
    assertEquals(0, h.run(NOW, "log", "pain", "3", "--journal", flag.toString()).exit());
    assertEquals(0, h.run(NOW, "--journal", flag.toString(), "log", "pain", "4").exit());
    assertEquals(2, Files.readAllLines(flag).size(), "the flag works before and after");
    assertEquals(1, Files.readAllLines(env).size());
  }

  @Test
  void aDamagedLineIsReportedSkippedAndLeftInPlace() throws Exception {
    Harness h = new Harness(home, "UTC");
    h.run(NOW, "plan", "start");
    Files.writeString(h.journal(), "{\"v\":1,\"type\":\"check-in\",\"id\":\"x\",\"at\":\"2026-03",
        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    byte[] damaged = Files.readAllBytes(h.journal());
    Harness.Result r = h.run("2026-03-02T09:00", "today");
    assertEquals(0, r.exit());
    assertEquals(List.of("backcare: warning: " + h.journal() + ":2: skipped a damaged line"
        + " (the line is cut off before its end); it is left as it is"), r.err().lines().toList());
    assertTrue(r.out().contains("week 1"), "the plan is still read");
    assertEquals(0, h.run("2026-03-02T09:00", "log", "pain", "2").exit());
    String after = Files.readString(h.journal());
    assertTrue(after.startsWith(new String(damaged, StandardCharsets.UTF_8) + "\n"),
        "the torn bytes stay and the new entry starts on a fresh line");
    assertEquals(3, after.lines().count());
  }

  @Test
  void anUnwritableJournalSaysSoAndClaimsNothing() throws Exception {
    Harness h = new Harness(home, "UTC");
    Path folder = home.resolve("a folder");
    Files.createDirectory(folder);
    Harness.Result r = h.run(NOW, "--journal", folder.toString(), "log", "pain", "2");
    assertEquals(4, r.exit());
    assertEquals("backcare: " + folder + ": is a folder, not a journal file\n", r.err());
    assertEquals("", r.out());

    Harness.Result missing = h.run(NOW, "--journal", home.resolve("no/such/j.jsonl").toString(),
        "log", "pain", "2");
    assertEquals(4, missing.exit());
    assertTrue(missing.err().contains("the folder " + home.resolve("no/such")
        + " does not exist; nothing was saved"), missing.err());
    assertFalse(missing.out().contains("Saved"));
  }

  @Test
  void aBadLibraryIsOneLineUnlessDebugging() throws Exception {
    Harness h = new Harness(home, "UTC");
    Path lib = libraryWith("painCeiling: 5", "painCeiling: 11");
    Harness.Result r = h.run(NOW, "today", "--library", lib.toString());
    assertEquals(3, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("backcare: " + lib + ":"), r.err());
    assertTrue(r.err().contains("rules.painCeiling: must be from 0 to 10, got 11"), r.err());
    Harness.Result debug = h.run(NOW, "today", "--library", lib.toString(), "--debug");
    assertTrue(debug.err().lines().count() > 3, "a stack trace with --debug");
  }

  @Test
  void versionIsPrinted() {
    Harness h = new Harness(home, "UTC");
    Harness.Result r = h.run(NOW, "--version");
    assertEquals(0, r.exit());
    assertTrue(r.out().matches("backcare \\d+\\.\\d+\\.\\d+\\S* \\(commit [0-9a-f]{12}\\)\n"),
        r.out());
  }

  @Test
  void aPhaseDoneOnceADaySaysSo() throws Exception {
    Harness h = new Harness(home, "UTC");
    Path lib = libraryWith("timesPerDay: 8", "timesPerDay: 1");
    h.env.put("BACKCARE_LIBRARY", lib.toString());
    h.run(NOW, "plan", "start");
    Harness.Result r = h.run(NOW, "plan");
    assertTrue(r.out().contains("Today's doses, once a day (as"), r.out());
    assertTrue(h.run(NOW, "today").out().contains("Session (once a day; 0 logged today):"));
  }

  @Test
  void theZoneDecidesTheDay() {
    Harness h = new Harness(home, "America/New_York");
    h.run("2026-03-02T08:00Z", "plan", "start");
    Harness.Result r = h.run("2026-03-02T03:00Z", "today", "--json");
    assertTrue(r.out().contains("\"date\" : \"2026-03-01\""), r.out());
  }

  /** A copy of the bundled library with one piece of text changed. */
  private Path libraryWith(String text, String replacement) throws java.io.IOException {
    Path lib = Files.createTempFile(home, "library", ".yaml");
    String yaml = Files.readString(Path.of("exercises.yaml"));
    assertTrue(yaml.contains(text), text);
    Files.writeString(lib, yaml.replace(text, replacement));
    return lib;
  }
}
