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
      // Java reads the name's bytes that are not ASCII as U+FFFD.
      assertTrue(r.err().matches("backcare: cannot use the file name \"[^\n]*\uFFFD[^\n]*journal"
          + " de bord.jsonl\": it has bytes the system's language setting cannot read \\(shown"
          + " as \uFFFD\\); run backcare with the setting the file was named under, such as"
          + " LANG=C.UTF-8, or rename the file\n"), r.err());
    }
    assertFalse(Files.exists(home.resolve("Mes données")));
  }

  @Test
  void aNameInAnotherEncodingIsRefusedNotRenamed() throws Exception {
    // "café" in Latin-1 (0xE9), given to a UTF-8 setting: Java would read it as "caf\uFFFD".
    Map<String, String> env = Map.of("HOME", home.toString(), "LANG", "C.UTF-8",
        "TZ", "Europe/Berlin", "BACKCARE_NOW", NOW);
    String name = "\"$(printf '%s/caf\\351.jsonl' \"$HOME\")\"";
    List<String> flag = new ArrayList<>(List.of("bash", "-c",
        "exec \"$@\" --journal " + name + " log pain 3", "bash"));
    flag.addAll(javaIn(env, Child.java(Main.class)));
    List<String> ics = new ArrayList<>(List.of("bash", "-c",
        "exec \"$@\" plan --ics " + name, "bash"));
    ics.addAll(javaIn(env, Child.java(Main.class)));
    // env -i PATH=... and the variables, then this one, then java.
    int envArgs = 2 + 1 + env.size();
    List<String> variable = new ArrayList<>(List.of("bash", "-c", "exec \"${@:1:" + envArgs
        + "}\" BACKCARE_JOURNAL=" + name + " \"${@:" + (envArgs + 1) + "}\" today", "bash"));
    variable.addAll(javaIn(env, Child.java(Main.class)));
    assertEquals(0, h().run(NOW, "plan", "start").exit());

    for (List<String> command : List.of(flag, ics, variable)) {
      Child.Result r = Child.run(command, home, Map.of());
      assertEquals(new Child.Result(2, "", "backcare: cannot use the file name \"" + home
          + "/caf\uFFFD.jsonl\": it has bytes the system's language setting cannot read (shown"
          + " as \uFFFD); run backcare with the setting the file was named under, such as"
          + " LANG=C.UTF-8, or rename the file\n"), r);
    }
    try (var left = Files.list(home)) {
      assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("caf"))
          .toList());
    }
  }

  @Test
  void aPipeIsRefusedAtOnceAndNeverWaitedOn() throws Exception {
    Path fifo = home.resolve("journal.fifo");
    assertEquals(0, Child.run(List.of("mkfifo", fifo.toString()), home, Map.of()).exit());
    for (String[] args : List.of(new String[] {"--journal", fifo.toString(), "today"},
        new String[] {"--journal", fifo.toString(), "log", "pain", "3"})) {
      // A child: were the pipe opened, it would wait for a writer (Child.run gives up at 60 s).
      Child.Result r = Child.run(Child.java(Main.class, args), home,
          Map.of("TZ", "Europe/Berlin", "BACKCARE_NOW", NOW));
      assertEquals(new Child.Result(4, "", "backcare: " + fifo + ": is not a regular file (a"
          + " pipe or a device?), not a journal file\n"), r);
    }
  }

  /** {@code command} run by env(1) with exactly {@code env} and PATH: no LC_ALL from outside. */
  private static List<String> javaIn(Map<String, String> env, List<String> command) {
    List<String> out = new ArrayList<>(List.of("env", "-i", "PATH=" + System.getenv("PATH")));
    env.forEach((k, v) -> out.add(k + "=" + v));
    out.addAll(command);
    return out;
  }
}
