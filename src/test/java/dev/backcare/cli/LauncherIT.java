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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The packaged program, as a person runs it: the launcher, in a child process. */
class LauncherIT {
  @TempDir Path home;
  /** One cache for the class, so that the archive is made once, not for every test. */
  @TempDir static Path cache;

  record Run(int exit, String out, String err) {}

  Run run(String... args) throws Exception {
    return runIn(Path.of(""), args);
  }

  Run runIn(Path dir, String... args) throws Exception {
    return runIn(dir, Map.of(), args);
  }

  /** Runs {@code args} in {@code dir} on the test's HOME, with {@code env} added. */
  Run runIn(Path dir, Map<String, String> env, String... args) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(args);
    pb.directory(dir.toAbsolutePath().toFile());
    pb.environment().put("HOME", home.toString());
    pb.environment().remove("XDG_DATA_HOME");
    pb.environment().remove("BACKCARE_JOURNAL");
    pb.environment().remove("XDG_CONFIG_HOME");
    pb.environment().put("XDG_CACHE_HOME", cache.toString());
    pb.environment().remove("BACKCARE_CONFIG");
    pb.environment().put("BACKCARE_NOW", "2026-03-02T08:00");
    pb.environment().putAll(env);
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

  /**
   * The archive the launcher made for this clone's jar in the cache ($XDG_CACHE_HOME/backcare),
   * named after the version; not in target/, which may be read-only in an install.
   */
  private static Path archive() throws Exception {
    String jar = Path.of("target/backcare.jar").toAbsolutePath().toString();
    try (var files = Files.list(cache.resolve("backcare"))) {
      List<Path> archives = files.filter(f -> f.toString().endsWith(".jsa"))
          .filter(f -> stamp(f).contains(jar)).toList();
      assertEquals(1, archives.size(), archives.toString());
      String version = Files.readString(Path.of("target/backcare.version")).strip();
      assertTrue(archives.get(0).getFileName().toString().startsWith("backcare-" + version + "-"));
      return archives.get(0);
    }
  }

  private static String stamp(Path archive) {
    try {
      return Files.readString(Path.of(archive + ".stamp"));
    } catch (java.io.IOException gone) {
      return "";
    }
  }

  /** Takes the archive away, so that the next run makes it. */
  private static void noArchive() throws Exception {
    Path archive = archive();
    Files.delete(archive);
    Files.delete(Path.of(archive + ".stamp"));
  }

  /** The JVM refuses to start with -Xshare:on unless the archive matches this jar and java. */
  private Run startsWithTheArchive(String... more) throws Exception {
    return run(withTheArchive(archive(), List.of(more), "--version").toArray(String[]::new));
  }

  /** java as the launcher starts it, with the archive required and {@code jvm} added. */
  private static List<String> withTheArchive(Path archive, List<String> jvm, String... args)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(launcherFlags());
    command.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive));
    command.addAll(jvm);
    command.addAll(List.of("-cp", launcherClassPath(), "dev.backcare.Main"));
    command.addAll(List.of(args));
    return command;
  }

  /** The class path bin/backcare gives java: the jar, then target/backcare.classpath's jars. */
  private static String launcherClassPath() throws Exception {
    Path target = Path.of("target").toAbsolutePath();
    StringBuilder cp = new StringBuilder(target.resolve("backcare.jar").toString());
    for (String lib : Files.readString(target.resolve("backcare.classpath")).strip().split(":")) {
      cp.append(':').append(target.resolve(lib));
    }
    return cp.toString();
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

  /**
   * The archive holds java's zone classes, whatever zone the machine that made it was in: the
   * table `today` reads its offsets from, and java.time's rules, which `log --at` uses.
   */
  @Test
  void anArchiveMadeUnderUtcStillHoldsTheZoneClasses() throws Exception {
    run("bin/backcare", "--version");
    noArchive();
    ProcessBuilder make = new ProcessBuilder("bin/backcare", "--version");
    make.environment().put("TZ", "UTC");
    make.environment().put("HOME", home.toString());
    make.environment().put("XDG_CACHE_HOME", cache.toString());
    make.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    assertEquals(0, make.start().waitFor());
    assertTrue(loaded("today").contains(
        "sun.util.calendar.ZoneInfoFile source: shared objects file"));
    assertTrue(loaded("log", "pain", "2", "--at", "2026-03-01T21:00").contains(
        "java.time.zone.ZoneRulesProvider source: shared objects file"));
  }

  /** The classes java loads running backcare with {@code args} in Berlin, with the archive. */
  private String loaded(String... args) throws Exception {
    ProcessBuilder p = new ProcessBuilder(
        withTheArchive(archive(), List.of("-Xlog:class+load=info"), args));
    p.environment().put("TZ", "Europe/Berlin");
    p.environment().put("HOME", home.toString());
    p.environment().put("BACKCARE_NOW", "2026-03-02T08:00");
    p.redirectErrorStream(true);
    Process run = p.start();
    String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, run.waitFor(), out);
    return out;
  }

  @Test
  void withNoArchiveTheLauncherMakesOneThatMatches() throws Exception {
    run("bin/backcare", "--version");
    noArchive();
    Run r = run("bin/backcare", "today");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    assertTrue(Files.size(archive()) > 1_000_000, "the archive holds the classes");
    Run check = startsWithTheArchive();
    assertEquals(0, check.exit(), check.err());
  }

  @Test
  void aStaleArchiveIsMadeAgainNotUsed() throws Exception {
    run("bin/backcare", "--version");
    // An archive for another jar: the JVM would only warn and ignore it.
    Path archive = archive();
    Files.delete(archive);
    Files.write(archive, "not an archive".getBytes(StandardCharsets.UTF_8));
    Files.writeString(Path.of(archive + ".stamp"), "made for another jar\n");
    Run r = run("bin/backcare", "today");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    Run check = startsWithTheArchive();
    assertEquals(0, check.exit(), check.err());
  }

  /**
   * A jar or the java with another time than the archive was made with, newer or older (a JDK
   * updated in place keeps its package's times), makes the launcher make the archive again.
   */
  @ParameterizedTest
  @CsvSource({"jar, 60000", "jar, -1", "library, 60000", "java, -1"})
  void aFileWithAnotherTimeMakesTheArchiveStale(String which, long shift) throws Exception {
    run("bin/backcare", "--version");
    Path archive = archive();
    FileTime made = Files.getLastModifiedTime(archive);
    // For java, its copy of java's time: the test cannot change the JDK's own file.
    Path changed = switch (which) {
      case "jar" -> Path.of("target/backcare.jar");
      case "library" -> Path.of("target", Files.readString(Path.of("target/backcare.classpath"))
          .strip().split(":")[0]);
      default -> Path.of(archive + ".times/1");
    };
    FileTime was = Files.getLastModifiedTime(changed);
    try {
      Files.setLastModifiedTime(changed, FileTime.fromMillis(was.toMillis() + shift));
      Thread.sleep(10);
      Run r = run("bin/backcare", "--version");
      assertEquals(0, r.exit(), r.err());
      assertNotEquals(made, Files.getLastModifiedTime(archive), "made again");
    } finally {
      if (Files.exists(changed)) {
        Files.setLastModifiedTime(changed, was);
      }
      run("bin/backcare", "--version");
    }
    FileTime again = Files.getLastModifiedTime(archive);
    assertEquals(0, startsWithTheArchive().exit());
    run("bin/backcare", "--version");
    assertEquals(again, Files.getLastModifiedTime(archive), "a fresh archive is kept");
  }

  /** XDG_CACHE_HOME, when set, is where the archive goes. */
  @Test
  void theArchiveGoesToXdgCacheHome() throws Exception {
    Path elsewhere = home.resolve("elsewhere");
    ProcessBuilder pb = new ProcessBuilder("bin/backcare", "--version");
    pb.environment().put("HOME", home.toString());
    pb.environment().put("XDG_CACHE_HOME", elsewhere.toString());
    pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    assertEquals(0, pb.start().waitFor());
    try (var made = Files.list(elsewhere.resolve("backcare"))) {
      assertTrue(made.anyMatch(f -> f.toString().endsWith(".jsa")));
    }
    assertFalse(Files.exists(home.resolve(".cache")));
  }

  /** A copy of the clone's launcher and built jars, in a folder of the test's own. */
  private Path cloneWithTheJar(boolean withJar) throws Exception {
    Path clone = home.resolve("clone");
    Files.createDirectories(clone.resolve("bin"));
    Files.copy(Path.of("bin/backcare"), clone.resolve("bin/backcare"));
    Files.createDirectories(clone.resolve("src/main"));
    Files.writeString(clone.resolve("pom.xml"), "<project/>\n");
    if (withJar) {
      Path target = Files.createDirectories(clone.resolve("target/lib"));
      for (String f : List.of("backcare.jar", "backcare.classpath", "backcare.version")) {
        Files.copy(Path.of("target", f), target.resolve("../" + f).normalize());
      }
      try (var libs = Files.list(Path.of("target/lib"))) {
        for (Path lib : libs.toList()) {
          Files.copy(lib, target.resolve(lib.getFileName()));
        }
      }
      Files.setLastModifiedTime(clone.resolve("target/backcare.jar"),
          FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    }
    // A source changed since the jar was built.
    Files.writeString(clone.resolve("src/main/Changed.java"), "class Changed {}\n");
    return clone;
  }

  private Run runWithoutMaven(Path clone, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(clone.resolve("bin/backcare").toString()));
    command.addAll(List.of(args));
    Path tools = NoMavenPath.in(home.resolve("tools"), true);
    try {
      return runIn(home, Map.of("PATH", tools.toString()), command.toArray(String[]::new));
    } finally {
      NoMavenPath.remove(tools);
    }
  }

  /** In a clone whose sources changed, without Maven: the jar it has, and one line saying so. */
  @Test
  void aCloneWithoutMavenRunsTheJarItHasWithANote() throws Exception {
    Run r = runWithoutMaven(cloneWithTheJar(true), "today");
    assertEquals(0, r.exit(), r.err());
    assertEquals("backcare: the sources changed since the jar was built, but Maven is not"
        + " installed; running the jar as it is\n", r.err());
    assertTrue(r.out().startsWith("Monday 2 March 2026 - no plan yet"), r.out());
  }

  @Test
  void aCloneWithNoJarAndNoMavenSaysWhatToDo() throws Exception {
    Run r = runWithoutMaven(cloneWithTheJar(false), "today");
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    assertEquals("backcare: there is no jar yet and Maven is not installed to build it;"
        + " install Maven, or use a release\n", r.err());
  }
}
