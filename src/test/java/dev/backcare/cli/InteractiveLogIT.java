package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `backcare log` with no arguments, driven in a real terminal (tmux) as a person would: type,
 * press Tab and Enter, read the screen. Needs tmux (.ci/run installs it).
 */
class InteractiveLogIT {
  @TempDir Path dir;
  Path journal;
  String java;

  @BeforeEach
  void journalWithAPlan() throws Exception {
    journal = dir.resolve("journal.jsonl");
    java = "env BACKCARE_JOURNAL=" + journal + " BACKCARE_NOW=2026-03-02T09:00 TZ=UTC "
        + Path.of(System.getProperty("java.home"), "bin", "java") + " -jar "
        + Path.of("target/backcare.jar").toAbsolutePath();
    Process p = new ProcessBuilder("bash", "-c", java + " plan start").start();
    assertEquals(0, p.waitFor());
  }

  @Test
  void asksChecksAndSavesOneSessionAfterConfirming() throws Exception {
    try (Terminal t = Terminal.start("backcare-log-" + ProcessHandle.current().pid(), dir,
        java + " log")) {
      t.waitFor("Exercises you did [knee-rolls pelvic-tilt]:");
      t.type("knee-rolls cat-c");
      t.press("Tab");
      t.waitFor("cat-camel");
      t.press("Enter");
      t.waitFor("knee-rolls, sets x reps [1x2]:");
      t.answer("1x3");
      t.waitFor("cat-camel, sets x reps [1x2]:");
      t.answer("");
      t.waitFor("Worst pain during the session (0-10):");
      t.answer("12");
      t.waitFor("Please answer with a whole number from 0 (none) to 10");
      t.answer("4");
      t.waitFor("Pain now (0-10):");
      t.answer("2");
      for (int i = 1; i <= 7; i++) {
        t.waitFor("(y/N):", i);
        t.answer("");
      }
      String summary = t.waitFor("Save this? (Y/n):");
      assertTrue(summary.contains("knee-rolls  1 x 3"), summary);
      assertTrue(summary.contains("cat-camel  1 x 2"), summary);
      assertTrue(summary.contains("worst pain during 4, pain now 2"), summary);
      assertEquals(1, Files.readAllLines(journal).size(), "nothing written before confirming");
      t.answer("y");
      String done = t.waitFor("EXIT=");
      assertTrue(done.contains("Saved session"), done);
      assertTrue(done.contains("log how your back feels"), done);
      assertTrue(done.contains("EXIT=0"), done);
    }
    List<String> lines = Files.readAllLines(journal);
    assertEquals(2, lines.size());
    assertTrue(lines.get(1).contains("\"exercises\":[{\"id\":\"knee-rolls\",\"sets\":1,\"reps\":3}"
        + ",{\"id\":\"cat-camel\",\"sets\":1,\"reps\":2}]"), lines.get(1));
    assertTrue(lines.get(1).contains("\"during\":4,\"after\":2"), lines.get(1));
  }

  @Test
  void ctrlCWritesNothing() throws Exception {
    byte[] before = Files.readAllBytes(journal);
    try (Terminal t = Terminal.start("backcare-cancel-" + ProcessHandle.current().pid(), dir,
        java + " log")) {
      t.waitFor("Exercises you did");
      t.answer("");
      t.waitFor("knee-rolls, sets x reps");
      t.press("C-c");
      String s = t.waitFor("EXIT=");
      assertTrue(s.contains("Cancelled. Nothing was saved."), s);
      assertTrue(s.contains("EXIT=130"), s);
    }
    assertEquals(new String(before), new String(Files.readAllBytes(journal)));
  }

  @Test
  void todayAsksForTheMorningCheckInThenGivesTheSession() throws Exception {
    Process p = new ProcessBuilder("bash", "-c", java + " log session --during 3").start();
    assertEquals(0, p.waitFor());
    String nextMorning = java.replace("2026-03-02T09:00", "2026-03-03T07:30");
    try (Terminal t = Terminal.start("backcare-today-" + ProcessHandle.current().pid(), dir,
        nextMorning + " today --brief")) {
      t.waitFor("How does your back feel this morning (0-10)?");
      t.answer("eleven");
      t.waitFor("Please answer with a whole number from 0 (none) to 10");
      t.answer("2");
      String s = t.waitFor("EXIT=");
      assertTrue(s.contains("Saved check-in"), s);
      assertTrue(s.contains("Tuesday 3 March 2026 - week 1, initial phase"), s);
      assertTrue(s.contains("Knee rolls [knee-rolls]"), s);
      assertTrue(s.contains("EXIT=0"), s);
    }
    List<String> lines = Files.readAllLines(journal);
    assertEquals(3, lines.size());
    assertTrue(lines.get(2).contains("\"type\":\"check-in\"") && lines.get(2).contains("\"pain\":2"),
        lines.get(2));
  }

  @Test
  void ctrlDWritesNothing() throws Exception {
    byte[] before = Files.readAllBytes(journal);
    try (Terminal t = Terminal.start("backcare-eof-" + ProcessHandle.current().pid(), dir,
        java + " log")) {
      t.waitFor("Exercises you did");
      t.press("C-d");
      String s = t.waitFor("EXIT=");
      assertTrue(s.contains("EXIT=130"), s);
    }
    assertEquals(new String(before), new String(Files.readAllBytes(journal)));
  }
}
