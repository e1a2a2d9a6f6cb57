package dev.backcare.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.cli.BashCompletion;
import dev.backcare.cli.NoMavenPath;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A release, installed as a person installs it (by a subclass), run on a clean HOME with a PATH
 * that holds no Maven: each command the README's day uses, the man pages and the completion.
 */
abstract class Installed {
  @TempDir Path home;

  record Run(int exit, String out, String err) {}

  /** The command a person types: the launcher as installed. */
  abstract Path backcare();

  /** The folder the release was unpacked in; running backcare must add nothing to it. */
  abstract Path installed();

  /** The man pages as installed. */
  abstract List<Path> manPages() throws IOException;

  /** The bash completion script as installed. */
  abstract Path bashCompletion();

  /** Whether java is on the PATH given to backcare: a JDK for the archives, none for the .deb. */
  abstract boolean javaOnPath();

  static String version() throws IOException {
    return Files.readString(Path.of("target/backcare.version")).strip();
  }

  @AfterEach
  void noLinksLeft() throws IOException {
    Path tools = home.resolve(".tools");
    if (Files.isDirectory(tools)) {
      NoMavenPath.remove(tools);
    }
  }

  Run run(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(args));
    command.add(0, backcare().toString());
    return exec(command, Map.of("BACKCARE_NOW", "2026-03-02T08:00"));
  }

  /** Runs {@code command} on the clean HOME, with no Maven and no BACKCARE_* or XDG_* setting. */
  Run exec(List<String> command, Map<String, String> more) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("BACKCARE_") || k.startsWith("XDG_")
        || k.startsWith("JAVA") || k.startsWith("MAVEN"));
    env.put("HOME", home.toString());
    env.put("PATH", NoMavenPath.in(home.resolve(".tools"), javaOnPath()).toString());
    env.putAll(more);
    pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS));
    return new Run(p.exitValue(), out, err);
  }

  /** Each file of a folder with its size and time, to tell whether anything changed in it. */
  static Map<String, String> listing(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path f : all.toList()) {
        files.put(dir.relativize(f).toString(), Files.isDirectory(f) ? "dir"
            : Files.size(f) + " " + Files.getLastModifiedTime(f));
      }
    }
    return files;
  }

  @Test
  void aDayWithItAndNothingWrittenWhereItIsInstalled() throws Exception {
    Map<String, String> before = listing(installed());
    Run today = run("today");
    assertEquals(0, today.exit(), today.err());
    assertEquals("", today.err());
    assertTrue(today.out().startsWith("Monday 2 March 2026 - no plan yet\n"), today.out());
    assertTrue(today.out().contains("Knee rolls [knee-rolls]: 1 set of 2"), today.out());

    Run pain = run("log", "pain", "2");
    assertEquals(0, pain.exit(), pain.err());
    assertTrue(pain.out().startsWith("Saved check-in "), pain.out());
    List<String> journal = Files.readAllLines(home.resolve(".local/share/backcare/journal.jsonl"));
    assertEquals(1, journal.size());
    assertTrue(journal.get(0).contains("\"pain\":2"), journal.get(0));

    Run report = run("report");
    assertEquals(0, report.exit(), report.err());
    assertTrue(report.out().startsWith("backcare report: Mon 23 Feb to Sun 8 Mar 2026\n"),
        report.out());

    assertEquals(before, listing(installed()), "nothing is written where it is installed");
    String archive = "backcare-" + version().replace(".", "\\.") + "-\\d+\\.(jsa|aot)";
    try (Stream<Path> cache = Files.list(home.resolve(".cache/backcare"))) {
      assertTrue(cache.anyMatch(f -> f.getFileName().toString().matches(archive)),
          "the start-up archive is in the user's cache, named after the version");
    }
  }

  @Test
  void versionNamesTheReleaseAndItsCommit() throws Exception {
    Run r = run("--version");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().matches("backcare " + version().replace(".", "\\.")
        + " \\(commit [0-9a-f]{12}\\)\n"), r.out());
  }

  /** Every command's page is installed, and man shows each with its name. */
  @Test
  void manShowsEveryPage() throws Exception {
    List<String> built;
    try (Stream<Path> pages = Files.list(Path.of("target/man"))) {
      built = pages.map(p -> p.getFileName().toString()).sorted().toList();
    }
    List<Path> installed = manPages();
    assertEquals(built, installed.stream()
        .map(p -> p.getFileName().toString().replaceFirst("\\.gz$", "")).sorted().toList());
    for (Path page : installed) {
      Run r = exec(List.of("/usr/bin/man", "-l", page.toString()),
          Map.of("MANPAGER", "cat", "MANWIDTH", "80", "PATH", "/usr/bin:/bin"));
      assertEquals(0, r.exit(), page + ": " + r.err());
      String name = page.getFileName().toString().replaceFirst("\\.1(\\.gz)?$", "");
      assertTrue(r.out().replaceAll(".\b", "").replace('\u2010', '-').contains(name + " - "),
          page + ":\n" + r.out());
    }
  }

  /** Tab after "backcare lo" offers "log": bash's compgen through the installed script. */
  @Test
  void bashCompletesThroughTheInstalledScript() throws Exception {
    for (String[] typed : new String[][] {
        {"backcare lo", "log"}, {"backcare log s", "session\nsymptom"},
        {"backcare report --format h", "html"}, {"backcare plan add bri", "bridge"}}) {
      Run r = exec(List.of("bash", "--norc", "--noprofile", "-c", BashCompletion.CALL, "bash",
          bashCompletion().toString(), typed[0]), Map.of());
      assertEquals(0, r.exit(), r.err());
      assertEquals(typed[1], r.out().lines().sorted().reduce((a, b) -> a + "\n" + b).orElse(""),
          typed[0]);
    }
  }
}
