package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.Main;
import dev.backcare.domain.Event.CheckIn;
import dev.backcare.journal.Child;
import dev.backcare.journal.EventCodec;
import dev.backcare.journal.Journal.Problem;
import dev.backcare.journal.Journal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A write that runs out of room, for real: a file-size limit ({@code ulimit -f}) on the program in
 * a child process and a full 16 KiB tmpfs (and /dev/full, a device, refused before any write).
 * One clear line and exit 4, nothing claimed as saved; the journal still reads, a part-written line is reported with its number and left as it
 * is, and the next append starts on a fresh line.
 */
class JournalLimitsIT {
  static final String NOW = "2026-03-03T08:00";
  static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-02T08:30:00+01:00");
  /** How every new check-in line begins: what a write cut after 20 bytes leaves. */
  static final String TORN = "{\"v\":1,\"type\":\"check";
  static final String CUT_OFF = "the line is cut off before its end";

  @TempDir Path home;

  /** Whole check-in lines, {@code size} bytes in all. */
  static String lines(int size) {
    StringBuilder out = new StringBuilder();
    for (int n = 0; out.length() < size; n++) {
      int left = size - out.length();
      String note = left < 300 ? "x".repeat(left - line(n, "").length()) : "a note";
      out.append(line(n, note));
    }
    return out.toString();
  }

  private static String line(int n, String note) {
    return EventCodec.encode(new CheckIn("k" + n, AT.plusMinutes(n), 2, Optional.of(note))) + "\n";
  }

  private static int count(String text) {
    return (int) text.chars().filter(c -> c == '\n').count();
  }

  private Harness harness() {
    return new Harness(home, "Europe/Berlin");
  }

  private static String damaged(Path file, int line) {
    return "backcare: warning: " + file + ":" + line + ": skipped a damaged line (" + CUT_OFF
        + "); it is left as it is\n";
  }

  @ParameterizedTest(name = "{0} bytes of room left")
  @ValueSource(ints = {20, 0})
  void aFileSizeLimitStopsTheWriteWithOneLineAndExit4(int room) throws Exception {
    Path file = home.resolve("journal.jsonl");
    String before = lines(4096 - room);
    Files.writeString(file, before, StandardCharsets.UTF_8);
    List<String> command = Child.withFileSizeLimit(4, Child.java(Main.class,
        "--journal", file.toString(), "log", "pain", "3"));

    Child.Result r = Child.run(command, home, Map.of("TZ", "Europe/Berlin", "BACKCARE_NOW", NOW));

    assertEquals(4, r.exit(), "the JVM must outlive SIGXFSZ and say why: " + r.err());
    assertEquals("", r.out(), "nothing may be claimed as saved");
    assertEquals("backcare: " + file + ": cannot write the journal: the file has reached the size"
        + " limit for files (ulimit -f); nothing was saved\n", r.err());
    assertEquals(before, Files.readString(file));
    Harness.Result today = harness().run(NOW, "--journal", file.toString(), "today");
    assertEquals(0, today.exit(), today.err());
    assertEquals("", today.err());

    assertNextAppendStartsAFreshLine(file, before, "");
  }

  @Test
  void aFullDiskStopsTheWriteWithOneLineAndExit4() throws Exception {
    Path disk = Files.createDirectory(home.resolve("tiny disk"));
    Child.Result mount = Child.run(List.of("mount", "-t", "tmpfs", "-o", "size=16k",
        "tmpfs", disk.toString()), home, Map.of());
    assertEquals(0, mount.exit(), "this test mounts a 16 KiB tmpfs, as root: " + mount.err());
    try {
      Path file = disk.resolve("journal.jsonl");
      Path filler = disk.resolve("filler");
      Files.write(filler, new byte[3 * 4096]);
      String before = lines(4096 - 20);
      Files.writeString(file, before, StandardCharsets.UTF_8);
      Harness h = harness();
      String full = "backcare: " + file + ": cannot write the journal: the disk is full;"
          + " nothing was saved\n";

      Harness.Result log = h.run(NOW, "--journal", file.toString(), "log", "pain", "3");

      assertEquals(new Harness.Result(4, "", full), log);
      assertEquals(before, Files.readString(file));
      Harness.Result today = h.run(NOW, "--journal", file.toString(), "today");
      assertEquals(0, today.exit(), today.err());
      assertEquals("", today.err());
      Harness.Result again = h.run(NOW, "--journal", file.toString(), "log", "pain", "3");
      assertEquals(new Harness.Result(4, "", full), again);
      assertEquals(before, Files.readString(file), "nothing of either append is left");

      Files.delete(filler);
      assertNextAppendStartsAFreshLine(file, before, "");
    } finally {
      Child.Result umount = Child.run(List.of("umount", disk.toString()), home, Map.of());
      assertEquals(0, umount.exit(), umount.err());
    }
  }

  @Test
  void devFullIsADeviceNotAJournal() {
    Harness.Result r = harness().run(NOW, "--journal", "/dev/full", "log", "pain", "3");

    assertEquals(new Harness.Result(4, "", "backcare: /dev/full: is not a regular file (a pipe or"
        + " a device?), not a journal file\n"), r);
  }

  /** With room again, {@code log} saves one whole line after the torn one, which stays. */
  private void assertNextAppendStartsAFreshLine(Path file, String before, String torn)
      throws Exception {
    Harness.Result log = harness().run(NOW, "--journal", file.toString(), "log", "pain", "4");

    assertEquals(0, log.exit(), log.err());
    assertTrue(log.out().startsWith("Saved check-in "), log.out());
    String after = Files.readString(file);
    String added = after.substring(before.length() + torn.length());
    assertTrue(after.startsWith(before + torn), "earlier bytes changed");
    assertEquals(torn.isEmpty() ? "{" : "\n{", added.substring(0, torn.isEmpty() ? 1 : 2));
    assertEquals(1, count(added) - (torn.isEmpty() ? 0 : 1), "one new line: " + added);
    Journal.Contents contents = new Journal(file, false).read();
    assertEquals(count(before) + 1, contents.events().size());
    assertEquals(torn.isEmpty() ? List.of() : List.of(new Problem(count(before) + 1, CUT_OFF)),
        contents.problems());
  }
}
