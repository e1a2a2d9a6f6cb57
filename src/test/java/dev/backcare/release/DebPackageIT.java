package dev.backcare.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb, extracted with dpkg-deb into a folder as if it were /, run from there with its own
 * Java runtime and no java or Maven on the PATH; and lintian's word on it.
 */
class DebPackageIT extends Installed {
  @TempDir static Path root;

  static Path deb() throws IOException {
    return Path.of("target/dist", "backcare_" + version() + "_amd64.deb").toAbsolutePath();
  }

  @BeforeAll
  static void extract() throws Exception {
    Process x = new ProcessBuilder("dpkg-deb", "-x", deb().toString(), root.toString())
        .inheritIO().start();
    assertEquals(0, x.waitFor());
  }

  @Override
  Path backcare() {
    return root.resolve("usr/bin/backcare");
  }

  @Override
  Path installed() {
    return root.resolve("usr");
  }

  @Override
  List<Path> manPages() throws IOException {
    try (Stream<Path> pages = Files.list(root.resolve("usr/share/man/man1"))) {
      return pages.toList();
    }
  }

  @Override
  Path bashCompletion() {
    return root.resolve("usr/share/bash-completion/completions/backcare");
  }

  @Override
  boolean javaOnPath() {
    return false;
  }

  @Test
  void itBringsItsOwnRuntimeAndZshCompletion() {
    assertTrue(Files.isSymbolicLink(backcare()));
    assertTrue(Files.isExecutable(root.resolve("usr/lib/backcare/lib/runtime/bin/java")));
    assertTrue(Files.isRegularFile(root.resolve("usr/share/zsh/vendor-completions/_backcare")));
  }

  @Test
  void itDeclaresItsDependencies() throws Exception {
    String control = output("dpkg-deb", "-f", deb().toString());
    assertTrue(control.contains("\nVersion: " + version() + "\n"), control);
    assertTrue(control.matches("(?s).*\nDepends: [^\n]*libc6.*"), control);
  }

  /** lintian finds no error; its warnings are listed in docs/release.md. */
  @Test
  void lintianFindsNoError() throws Exception {
    String said = output("lintian", "--no-tag-display-limit", deb().toString());
    assertTrue(said.lines().noneMatch(l -> l.startsWith("E:")), said);
  }

  private static String output(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }
}
