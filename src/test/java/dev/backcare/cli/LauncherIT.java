package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged program, as a person runs it: the launcher, in a child process. */
class LauncherIT {
  @TempDir Path home;

  record Run(int exit, String out, String err) {}

  Run run(String... args) throws Exception {
    return runIn(Path.of(""), args);
  }

  Run runIn(Path dir, String... args) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(args);
    pb.directory(dir.toAbsolutePath().toFile());
    pb.environment().put("HOME", home.toString());
    pb.environment().remove("XDG_DATA_HOME");
    pb.environment().remove("BACKCARE_JOURNAL");
    pb.environment().remove("XDG_CONFIG_HOME");
    pb.environment().remove("BACKCARE_CONFIG");
    pb.environment().put("BACKCARE_NOW", "2026-03-02T08:00");
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    return new Run(p.exitValue(), out, err);
  }

  @Test
  void theLauncherRunsTodayWithNoSetUp() throws Exception {
    Run r = run("bin/backcare", "today");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Monday 2 March 2026 - no plan yet"), r.out());
    assertTrue(r.out().contains("Knee rolls [knee-rolls]: 1 set of 2"), r.out());
  }

  /** Through a link in another folder, a relative journal is still the one where they stand. */
  @Test
  void fromALinkElsewhereRelativeNamesStillMeanTheFolderTheyAreIn() throws Exception {
    Path link = Files.createSymbolicLink(home.resolve("bc"),
        Path.of("bin/backcare").toAbsolutePath());
    Run r = runIn(home, link.toString(), "--journal", "mine.jsonl", "plan", "start");
    Files.delete(link);
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.isRegularFile(home.resolve("mine.jsonl")), r.out());
  }

  @Test
  void logOffATerminalPrintsUsageAndDoesNotWait() throws Exception {
    Run r = run("bin/backcare", "log");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("asks questions only on a terminal"), r.err());
  }

  @Test
  void theJarAlone() throws Exception {
    Run r = run(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        "target/backcare.jar", "plan", "start");
    assertEquals(0, r.exit(), r.err());
    assertTrue(home.resolve(".local/share/backcare/journal.jsonl").toFile().isFile());
  }

  private static final Path ARCHIVE = Path.of("target/backcare.jsa");
  private static final Path STAMP = Path.of("target/backcare.jsa.stamp");

  /** The JVM refuses to start with -Xshare:on unless the archive matches this jar and java. */
  private Run startsWithTheArchive(String... more) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(launcherFlags());
    command.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + ARCHIVE));
    command.addAll(List.of(more));
    command.addAll(List.of("-jar", "target/backcare.jar", "--version"));
    return run(command.toArray(String[]::new));
  }

  /** The JVM options bin/backcare starts java with: its {@code flags=(...)}. */
  private static List<String> launcherFlags() throws Exception {
    String script = Files.readString(Path.of("bin/backcare"));
    int from = script.indexOf("\nflags=(") + "\nflags=(".length();
    String flags = script.substring(from, script.indexOf(')', from));
    List<String> out = new ArrayList<>();
    for (String f : flags.trim().split("\\s+")) {
      out.add(f);
    }
    assertTrue(out.contains("-Xshare:auto"), out.toString());
    return out;
  }

  /**
   * The archive is made and used with G1, the only collector that in JDK 17 maps the archive's
   * module graph, and mapped where it was made, not moved: each saves about 15 ms a start. The
   * check reads JDK 17's own log of the archive.
   */
  @Test
  void theArchiveBringsItsModuleGraphAndStaysWhereItWasMade() throws Exception {
    run("bin/backcare", "--version");
    Run r = startsWithTheArchive("-Xlog:cds=info");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("full module graph: enabled"), r.out());
    assertFalse(r.out().contains("ArchiveRelocationMode == 1"), r.out());
  }

  /** The archive holds java's zone-rule classes, whatever zone the machine that made it was in. */
  @Test
  void anArchiveMadeUnderUtcStillHoldsTheZoneRules() throws Exception {
    Files.deleteIfExists(ARCHIVE);
    Files.deleteIfExists(STAMP);
    ProcessBuilder make = new ProcessBuilder("bin/backcare", "--version");
    make.environment().put("TZ", "UTC");
    make.environment().put("HOME", home.toString());
    make.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    assertEquals(0, make.start().waitFor());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(launcherFlags());
    command.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + ARCHIVE,
        "-Xlog:class+load=info", "-jar", "target/backcare.jar", "today"));
    ProcessBuilder today = new ProcessBuilder(command);
    today.environment().put("TZ", "Europe/Berlin");
    today.environment().put("HOME", home.toString());
    today.environment().put("BACKCARE_NOW", "2026-03-02T08:00");
    today.redirectErrorStream(true);
    Process p = today.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    assertTrue(out.contains("java.time.zone.ZoneRulesProvider source: shared objects file"), out);
  }

  @Test
  void withNoArchiveTheLauncherMakesOneThatMatches() throws Exception {
    Files.deleteIfExists(ARCHIVE);
    Files.deleteIfExists(STAMP);
    Run r = run("bin/backcare", "today");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    assertTrue(Files.size(ARCHIVE) > 1_000_000, "the archive holds the classes");
    Run check = startsWithTheArchive();
    assertEquals(0, check.exit(), check.err());
  }

  @Test
  void aStaleArchiveIsMadeAgainNotUsed() throws Exception {
    run("bin/backcare", "--version");
    // An archive for another jar: the JVM would only warn and ignore it.
    Files.write(ARCHIVE, "not an archive".getBytes(StandardCharsets.UTF_8));
    Files.writeString(STAMP, "made for another jar\n");
    Run r = run("bin/backcare", "today");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    Run check = startsWithTheArchive();
    assertEquals(0, check.exit(), check.err());
  }

  @Test
  void aNewerJarMakesTheArchiveStale() throws Exception {
    run("bin/backcare", "--version");
    String before = Files.readString(STAMP);
    Path jar = Path.of("target/backcare.jar");
    FileTime was = Files.getLastModifiedTime(jar);
    try {
      Files.setLastModifiedTime(jar, FileTime.fromMillis(was.toMillis() + 60_000));
      Run r = run("bin/backcare", "--version");
      assertEquals(0, r.exit(), r.err());
      assertNotEquals(before, Files.readString(STAMP));
    } finally {
      Files.setLastModifiedTime(jar, was);
      run("bin/backcare", "--version");
    }
    assertEquals(before, Files.readString(STAMP));
    assertEquals(0, startsWithTheArchive().exit());
  }
}
