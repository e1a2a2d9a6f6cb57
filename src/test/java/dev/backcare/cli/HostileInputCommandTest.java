package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.library.HostileYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files through the whole program: a library given in BACKCARE_LIBRARY is refused with one
 * line and exit code 3 and nothing written, or used as meant; a journal line's text cannot reach
 * the terminal as control characters.
 */
class HostileInputCommandTest {
  static final String NOW = "2026-03-02T08:00";
  @TempDir Path home;

  @Test
  void aBillionLaughsIsRefused() {
    Path library = HostileYaml.write(home.resolve("laughs.yaml"), HostileYaml.billionLaughs());
    assertRefused(library, library + ":1:7: lol1: YAML anchors and aliases are not allowed;"
        + " write values out");
  }

  @Test
  void tenThousandNestedListsAreRefused() {
    Path library = HostileYaml.write(home.resolve("deep.yaml"), HostileYaml.nestedLists(10_000));
    assertRefused(library, library + ":97:71: deep" + "[0]".repeat(25)
        + "…: nesting deeper than 64 levels");
  }

  @Test
  void tenMegabytesAreRefused() {
    Path library = HostileYaml.write(home.resolve("big.yaml"),
        "#" + " ".repeat(10_000_000) + "\n" + HostileYaml.minimal());
    assertRefused(library, library + ": the library is larger than 4 MB");
  }

  @Test
  void aWindowsFileWhoseExerciseIsCalledNoIsUsed() {
    Harness h = new Harness(home, "UTC");
    h.env.put("BACKCARE_LIBRARY", HostileYaml.write(home.resolve("windows.yaml"),
        HostileYaml.windows(HostileYaml.yesAndNo())).toString());
    Harness.Result today = h.run(NOW, "today");
    assertEquals("", today.err());
    assertEquals(0, today.exit());
    assertTrue(today.out().contains("\n  1. Yes [no]: 1 set of 2, hold 3 s\n"), today.out());
    assertFalse(today.out().contains("\r"), today.out());
    Harness.Result exercise = h.run(NOW, "exercises", "no");
    assertEquals(0, exercise.exit());
    assertEquals("Yes [no]: mobility, initial, building phases", exercise.out().lines().findFirst()
        .orElseThrow());
  }

  @Test
  void aJournalLineCannotSendTerminalEscapes() throws Exception {
    Harness h = new Harness(home, "UTC");
    h.run(NOW, "plan", "start");
    Files.writeString(h.journal(), "{\"v\":1,\"type\":\"symptom\","
        + "\"kind\":\"\\u001b[2J\\u001b[31mred\",\"id\":\"x\",\"at\":\"2026-03-02T08:00:00Z\"}\n",
        java.nio.file.StandardOpenOption.APPEND);
    Harness.Result r = h.run(NOW, "today");
    assertEquals(0, r.exit());
    assertEquals(List.of("backcare: warning: " + h.journal() + ":2: skipped a damaged line"
        + " (unknown symptom kind \"\\u001b[2J\\u001b[31mred\"); it is left as it is"),
        r.err().lines().toList());
  }

  private void assertRefused(Path library, String message) {
    Harness h = new Harness(home, "UTC");
    h.env.put("BACKCARE_LIBRARY", library.toString());
    Harness.Result r = h.run(NOW, "today");
    assertEquals("backcare: " + message + "\n", r.err());
    assertEquals("", r.out());
    assertEquals(3, r.exit());
    assertFalse(Files.exists(h.journal()));
  }
}
