package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Journals this backcare must not add to: one a newer version wrote lines to, a file that is not a
 * journal, a device. Reading commands still work where they can; writing commands refuse with one
 * line and exit code 4, and the file keeps every byte.
 */
class JournalNotOursTest {
  static final String NOW = "2026-03-03T08:00";
  static final String AT = "\"at\":\"2026-03-02T09:00:00+01:00\"";
  /** Every command that adds to the journal, as a person would type it. */
  static final List<List<String>> WRITING = List.of(List.of("log", "pain", "3"),
      List.of("log", "session", "--during", "2"), List.of("log", "symptom", "numbness"),
      List.of("plan", "start"), List.of("plan", "add", "cat-camel"),
      List.of("undo"), List.of("log", "void", "last"));
  static final List<List<String>> READING = List.of(List.of("today"), List.of("plan"),
      List.of("report"), List.of("log", "list"), List.of("today", "--json"));

  @TempDir Path home;
  Harness h;

  @BeforeEach
  void setUp() {
    h = new Harness(home, "Europe/Berlin");
    h.ok("2026-03-02T08:00", "plan", "start");
    h.ok("2026-03-02T08:01", "log", "pain", "2");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"v\":2,\"type\":\"check-in\",\"id\":\"n1\"," + AT + ",\"pain\":1,\"mood\":\"calm\"}",
    "{\"v\":1,\"type\":\"mood\",\"id\":\"n1\"," + AT + ",\"mood\":\"calm\"}"})
  void aJournalANewerVersionWroteToIsOnlyRead(String newer) throws Exception {
    Files.writeString(h.journal(), newer + "\n", StandardOpenOption.APPEND);
    byte[] before = h.journalBytes();
    String note = "backcare: note: " + h.journal() + ": 1 line was written by a newer version of"
        + " backcare and is left out; this version only reads this journal, and logs nothing to"
        + " it\n";
    for (List<String> command : READING) {
      Harness.Result r = h.run(NOW, command.toArray(String[]::new));
      assertEquals(0, r.exit(), command + ": " + r.err());
      assertEquals(note, r.err(), command.toString());
    }
    for (List<String> command : WRITING) {
      Harness.Result r = h.run(NOW, command.toArray(String[]::new));
      assertEquals(4, r.exit(), command + ": " + r.out() + r.err());
      assertEquals("", r.out(), command.toString());
      assertEquals(note + "backcare: " + h.journal() + ": line 3 was written by a newer version"
          + " of backcare; this one only reads this journal, so nothing was saved. Update"
          + " backcare to log again\n", r.err(), command.toString());
    }
    assertArrayEquals(before, h.journalBytes());
  }

  @Test
  void aFieldThisVersionDoesNotKnowIsIgnored() throws Exception {
    // An optional field added without a new format version (as "logged" was) is read as before.
    String line = "{\"v\":1,\"type\":\"check-in\",\"id\":\"n1\"," + AT + ",\"pain\":1,"
        + "\"mood\":\"calm\"}\n";
    Files.writeString(h.journal(), line, StandardOpenOption.APPEND);
    Harness.Result today = h.run(NOW, "today");
    assertEquals(0, today.exit());
    assertEquals("", today.err());
    assertEquals(0, h.run(NOW, "log", "pain", "2").exit());
    assertTrue(h.run(NOW, "log", "list").out().contains("n1"));
  }

  @Test
  void aFileThatIsNotAJournalIsNeverAddedTo() throws Exception {
    String text = "Shopping\nbread\nmilk\neggs\napples\nrice\ntea\nsoap\n";
    Files.writeString(h.journal(), text);
    Harness.Result today = h.run(NOW, "today");
    assertEquals(0, today.exit());
    List<String> warnings = today.err().lines().toList();
    assertEquals(7, warnings.size(), today.err());
    assertEquals("backcare: warning: " + h.journal() + ":1: skipped a damaged line (not valid"
        + " JSON at column 1); it is left as it is", warnings.get(0));
    assertEquals("backcare: warning: " + h.journal() + ": 3 more damaged lines skipped; they are"
        + " left as they are", warnings.get(5));
    assertEquals("backcare: note: " + h.journal() + ": no line of this file is an entry: it does"
        + " not look like a backcare journal, and backcare logs nothing to it", warnings.get(6));
    for (List<String> command : List.of(List.of("plan", "start"), List.of("log", "pain", "3"),
        List.of("log", "symptom", "numbness"))) {
      Harness.Result r = h.run(NOW, command.toArray(String[]::new));
      assertEquals(4, r.exit(), command + ": " + r.err());
      assertTrue(r.err().endsWith("backcare: " + h.journal() + ": this does not look like a"
          + " backcare journal (no line of it is an entry), so nothing was saved; check the"
          + " journal's name\n"), r.err());
    }
    assertEquals(text, Files.readString(h.journal()));
  }

  @Test
  void aFirstEntryCutShortByACrashDoesNotStopTheNext() throws Exception {
    Files.writeString(h.journal(), "{\"v\":1,\"type\":\"check-in\",\"id\":\"t1\",\"at\":\"2026-03");
    Harness.Result r = h.run(NOW, "log", "pain", "3");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = Files.readAllLines(h.journal(), StandardCharsets.UTF_8);
    assertEquals(2, lines.size(), "the torn line stays; the entry starts a fresh line");
    assertTrue(lines.get(1).contains("\"pain\":3"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/dev/null", "/dev/zero"})
  void aDeviceIsRefusedAtOnce(String device) {
    for (List<String> command : List.of(List.of("today"), List.of("log", "pain", "3"))) {
      Harness.Result run = h.run(NOW, concat(List.of("--journal", device), command));
      assertEquals(4, run.exit(), run.err());
      assertEquals("", run.out());
      assertEquals("backcare: " + device + ": is not a regular file (a pipe or a device?), not a"
          + " journal file\n", run.err());
    }
  }

  private static String[] concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toArray(String[]::new);
  }
}
