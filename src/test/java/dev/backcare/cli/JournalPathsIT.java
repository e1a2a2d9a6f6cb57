package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.Main;
import dev.backcare.journal.Child;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Journals the program cannot use as it is, through the whole command line: one line on stderr
 * each, and the exit code of the README's table (4: the journal could not be read or written; 2:
 * bad input). Permission cases run in a child without root's power to ignore file modes.
 */
class JournalPathsIT {
  static final String NOW = "2026-03-03T08:00";
  static final String ODD = "Mes données/rücken 腰痛 😣/journal de bord.jsonl";

  @TempDir Path home;

  Harness h() {
    return new Harness(home, "Europe/Berlin");
  }

  /** The program in a child process, as a person who is not root. */
  Child.Result asPerson(String... args) {
    List<String> command = Child.java(Main.class, args);
    if ("root".equals(System.getProperty("user.name"))) {
      command = Child.withoutRootsPowers(command);
    }
    return Child.run(command, home, Map.of("TZ", "Europe/Berlin", "BACKCARE_NOW", NOW));
  }

  Path journalWithOneCheckIn() {
    Path file = home.resolve("journal.jsonl");
    assertEquals(0, h().run("2026-03-03T07:00", "--journal", file.toString(), "log", "pain", "2")
        .exit());
    return file;
  }

  @Test
  void aReadOnlyJournalIsReadButNotWritten() throws Exception {
    Path file = journalWithOneCheckIn();
    byte[] before = Files.readAllBytes(file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));

    Child.Result log = asPerson("--journal", file.toString(), "log", "pain", "3");
    Child.Result today = asPerson("--journal", file.toString(), "today", "--json");

    assertEquals(new Child.Result(4, "", "backcare: " + file + ": cannot write the journal:"
        + " permission denied; nothing was saved\n"), log);
    assertEquals(0, today.exit(), today.err());
    assertEquals("", today.err());
    assertArrayEquals(before, Files.readAllBytes(file));
  }

  @Test
  void anUnreadableJournalSaysSo() throws Exception {
    Path file = journalWithOneCheckIn();
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));

    Child.Result today = asPerson("--journal", file.toString(), "today");

    assertEquals(new Child.Result(4, "", "backcare: " + file + ": cannot read the journal:"
        + " permission denied\n"), today);
  }

  @Test
  void aJournalInAReadOnlyFolderIsNotCreated() throws Exception {
    Path folder = Files.createDirectory(home.resolve("read-only"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
    Path file = folder.resolve("journal.jsonl");

    Child.Result log = asPerson("--journal", file.toString(), "log", "pain", "3");

    assertEquals(new Child.Result(4, "", "backcare: " + file + ": cannot write the journal:"
        + " permission denied; nothing was saved\n"), log);
    assertFalse(Files.exists(file));
  }

  @Test
  void aJournalThatIsAFolderIsRefusedByEveryCommand() throws Exception {
    Harness h = h();
    Path folder = Files.createDirectories(h.journal());
    Harness.Result expected = new Harness.Result(4, "", "backcare: " + folder
        + ": is a folder, not a journal file\n");

    assertEquals(expected, h.run(NOW, "today"));
    assertEquals(expected, h.run(NOW, "log", "pain", "3"));
    assertEquals(expected, h.run(NOW, "--journal", folder.toString(), "report"));
    assertTrue(Files.isDirectory(folder));
  }

  @Test
  void aMissingFolderIsNotMadeForAJournalYouName() {
    Path typo = home.resolve("Documnets");
    Path file = typo.resolve("journal.jsonl");
    Harness h = h();
    Harness.Result expected = new Harness.Result(4, "", "backcare: " + file + ": cannot write the"
        + " journal: the folder " + typo + " does not exist; nothing was saved\n");

    assertEquals(expected, h.run(NOW, "--journal", file.toString(), "log", "pain", "3"));
    Map<String, String> env = new HashMap<>(h.env);
    env.put("BACKCARE_NOW", NOW);
    env.put("BACKCARE_JOURNAL", file.toString());
    assertEquals(expected, h.run(env, "plan", "start"));
    assertFalse(Files.exists(typo));
  }

  /**
   * A command that only reads, on a journal named by --journal or BACKCARE_JOURNAL that is not
   * there (a typo, often), says so in one line and makes nothing; the first entry makes it, with
   * no note. A new user's default journal gets no note.
   */
  @Test
  void aNamedJournalThatIsNotThereIsNoted() {
    Path file = home.resolve("jornal.jsonl");
    Harness h = h();
    String note = "backcare: note: " + file + ": no journal there yet; it is made when you first"
        + " log something\n";
    for (String[] args : List.of(new String[] {"today"}, new String[] {"today", "--json"},
        new String[] {"report"}, new String[] {"report", "--format", "csv"})) {
      List<String> line = new ArrayList<>(List.of("--journal", file.toString()));
      line.addAll(List.of(args));
      Harness.Result r = h.run(NOW, line.toArray(new String[0]));
      assertEquals(0, r.exit(), r.err());
      assertEquals(note, r.err(), String.join(" ", args));
      assertFalse(r.out().isEmpty());
    }
    Map<String, String> env = new HashMap<>(h.env);
    env.put("BACKCARE_NOW", NOW);
    env.put("BACKCARE_JOURNAL", file.toString());
    assertEquals(note, h.run(env, "today").err());
    // plan says there is no plan, and why, in its one line.
    for (String[] args : List.of(new String[] {"plan"}, new String[] {"plan", "show", "--json"})) {
      assertEquals(new Harness.Result(2, "", "backcare: no plan yet (" + file + ": no journal"
          + " there): start one with `backcare plan start`\n"), h.run(env, args));
    }
    assertFalse(Files.exists(file));

    Harness.Result log = h.run(env, "log", "pain", "3");
    assertEquals(new Harness.Result(0, log.out(), ""), log);
    assertEquals("", h.run(env, "today").err());
    assertEquals("", h.run(NOW, "today").err(), "the default journal");
  }

  @Test
  void theDefaultJournalsFoldersAreMade() {
    Harness h = h();

    Harness.Result log = h.run(NOW, "log", "pain", "3");

    assertEquals(0, log.exit(), log.err());
    assertTrue(Files.isRegularFile(h.journal()));
  }

  @Test
  void pathsWithSpacesAndLettersOfAnyScriptWork() throws Exception {
    Path odd = home.resolve(ODD);
    Files.createDirectories(odd.getParent());
    Harness h = h();
    Map<String, String> env = new HashMap<>(h.env);
    env.put("BACKCARE_NOW", NOW);
    env.put("BACKCARE_JOURNAL", odd.toString());

    assertEquals(0, h.run(NOW, "--journal", odd.toString(), "log", "pain", "2").exit());
    assertEquals(0, h.run(env, "log", "pain", "3", "--note", "très bien").exit());
    Files.writeString(odd, "oops\n", java.nio.file.StandardOpenOption.APPEND);
    Harness.Result today = h.run(env, "today", "--json");

    assertEquals(0, today.exit());
    assertEquals("backcare: warning: " + odd + ":3: skipped a damaged line (not valid JSON at"
        + " column 1); it is left as it is\n", today.err());
    Harness.Result atHome = new Harness(home.resolve("José Müller"), "Europe/Berlin")
        .run(NOW, "log", "pain", "1");
    assertEquals(0, atHome.exit(), atHome.err());
    assertTrue(Files.exists(home.resolve("José Müller/.local/share/backcare/journal.jsonl")));
  }

  @Test
  void lettersTheLanguageSettingCannotWriteGetOneClearLine() {
    Path odd = home.resolve(ODD);
    Map<String, String> env = new HashMap<>(Map.of("HOME", home.toString(), "LANG", "C",
        "TZ", "Europe/Berlin", "BACKCARE_NOW", NOW));
    List<String> flag = javaIn(env, Child.java(Main.class, "--journal", odd.toString(), "today"));
    env.put("BACKCARE_JOURNAL", odd.toString());
    List<String> variable = javaIn(env, Child.java(Main.class, "log", "pain", "3"));

    for (List<String> command : List.of(flag, variable)) {
      Child.Result r = Child.run(command, home, Map.of());
      assertEquals(2, r.exit(), r.err());
      assertEquals("", r.out());
      assertTrue(r.err().matches("backcare: cannot use the file name \"[^\n]*journal de"
          + " bord.jsonl\": it has letters the system's language setting cannot write in file"
          + " names; run backcare with a UTF-8 setting, such as LANG=C.UTF-8\n"), r.err());
    }
    assertFalse(Files.exists(home.resolve("Mes données")));
  }

  /** {@code command} run by env(1) with exactly {@code env} and PATH: no LC_ALL from outside. */
  private static List<String> javaIn(Map<String, String> env, List<String> command) {
    List<String> out = new ArrayList<>(List.of("env", "-i", "PATH=" + System.getenv("PATH")));
    env.forEach((k, v) -> out.add(k + "=" + v));
    out.addAll(command);
    return out;
  }
}
