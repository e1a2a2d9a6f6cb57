package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entry the journal could not read back is refused before anything is saved. */
class RefusedEntryTest {
  @TempDir Path home;

  @Test
  void aSessionPastTheLimitsExitsTwoAndLeavesTheJournalAsItWas() {
    Harness h = new Harness(home, "Europe/Berlin");
    assertEquals(0, h.run("2026-03-02T09:00", "plan", "start").exit());
    byte[] before = h.journalBytes();

    Harness.Result r = h.run("2026-03-02T09:10", "log", "session", "--during", "3",
        "--exercise", "knee-rolls:999x99999");

    assertEquals(2, r.exit(), r.err());
    assertEquals("", r.out());
    assertEquals("backcare: cannot save the session: knee-rolls: sets must be from 1 to 100,"
        + " got 999\n", r.err());
    assertArrayEquals(before, h.journalBytes());
  }
}
