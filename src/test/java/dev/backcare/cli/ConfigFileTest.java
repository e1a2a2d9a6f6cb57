package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config file through the whole program: its journal is used, and flags still win. */
class ConfigFileTest {
  static final String NOW = "2026-03-02T08:00";
  @TempDir Path home;

  /** A harness whose HOME holds {@code text} as ~/.config/backcare/config.yaml. */
  Harness withConfig(String text) throws IOException {
    Path config = home.resolve(".config/backcare/config.yaml");
    Files.createDirectories(config.getParent());
    Files.writeString(config, text);
    return new Harness(home, "UTC");
  }

  @Test
  void theConfigsJournalIsUsedAndTheFlagWins() throws Exception {
    Harness h = withConfig("# my back\njournal: ~/diary.jsonl\n");

    Harness.Result r = h.run(NOW, "log", "pain", "2");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    assertEquals(1, Files.readAllLines(home.resolve("diary.jsonl")).size());
    assertFalse(Files.exists(h.journal()), "not the default journal");

    Path flag = home.resolve("flag.jsonl");
    assertEquals(0, h.run(NOW, "--journal", flag.toString(), "log", "pain", "3").exit());
    assertEquals(1, Files.readAllLines(flag).size());
    assertEquals(1, Files.readAllLines(home.resolve("diary.jsonl")).size());
  }

  @Test
  void aBadConfigIsOneLineAndWritesNothing() throws Exception {
    Harness h = withConfig("journal: ~/diary.jsonl\nweekStart: sundays\n");

    Harness.Result r = h.run(NOW, "log", "pain", "2");
    assertEquals(2, r.exit());
    assertEquals("backcare: ~/.config/backcare/config.yaml:2:12: weekStart: expected a day,"
        + " monday to sunday, got \"sundays\"; did you mean sunday?\n", r.err());
    assertEquals("", r.out());
    assertFalse(Files.exists(home.resolve("diary.jsonl")));
    assertArrayEquals(new byte[0], h.journalBytes());
  }
}
