package dev.backcare.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tar.gz, unpacked into a folder and put on no PATH but its own, run with a JDK and without
 * Maven; and the zip and SHA256SUMS beside it.
 */
class ReleaseArchiveIT extends Installed {
  static final Path DIST = Path.of("target/dist");
  @TempDir static Path unpacked;
  static Path top;

  @BeforeAll
  static void unpack() throws Exception {
    Process tar = new ProcessBuilder("tar", "-xzf",
        DIST.resolve("backcare-" + version() + ".tar.gz").toAbsolutePath().toString())
        .directory(unpacked.toFile()).inheritIO().start();
    assertEquals(0, tar.waitFor());
    top = unpacked.resolve("backcare-" + version());
  }

  @Override
  Path backcare() {
    return top.resolve("bin/backcare");
  }

  @Override
  Path installed() {
    return top;
  }

  @Override
  List<Path> manPages() throws IOException {
    try (Stream<Path> pages = Files.list(top.resolve("share/man/man1"))) {
      return pages.toList();
    }
  }

  @Override
  Path bashCompletion() {
    return top.resolve("share/bash-completion/completions/backcare");
  }

  @Override
  boolean javaOnPath() {
    return true;
  }

  @Test
  void theArchiveHoldsWhatTheReadmeSays() {
    for (String f : List.of("bin/backcare", "lib/backcare.jar", "LICENSE", "README.md",
        "CHANGELOG.md", "exercises.yaml", "share/zsh/site-functions/_backcare")) {
      assertTrue(Files.isRegularFile(top.resolve(f)), f);
    }
    assertTrue(Files.isExecutable(backcare()));
  }

  /** Via a link on the PATH, as ~/.local/bin/backcare, it still finds its jars. */
  @Test
  void throughALinkOnThePath() throws Exception {
    Path bin = Files.createDirectories(home.resolve(".local/bin"));
    Files.createSymbolicLink(bin.resolve("backcare"), backcare());
    Run r = exec(List.of("bash", "-c", "PATH=\"$1:$PATH\" backcare --version", "bash",
        bin.toString()), Map.of());
    Files.delete(bin.resolve("backcare"));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("backcare " + version()), r.out());
  }

  @Test
  void theZipHoldsTheSameFiles() throws Exception {
    List<String> tarred;
    try (Stream<Path> all = Files.walk(unpacked)) {
      tarred = all.filter(Files::isRegularFile).map(f -> unpacked.relativize(f).toString())
          .sorted().toList();
    }
    try (ZipFile zip = new ZipFile(DIST.resolve("backcare-" + version() + ".zip").toFile())) {
      assertEquals(tarred, zip.stream().filter(e -> !e.isDirectory()).map(e -> e.getName())
          .sorted().toList());
    }
  }

  /** SHA256SUMS names the three files and their sums are right. */
  @Test
  void theChecksumsMatch() throws Exception {
    List<String> lines = Files.readAllLines(DIST.resolve("SHA256SUMS"));
    String v = version();
    assertEquals(List.of("backcare-" + v + ".tar.gz", "backcare-" + v + ".zip",
        "backcare_" + v + "_amd64.deb"), lines.stream().map(l -> l.substring(66)).toList());
    for (String line : lines) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      try (InputStream in = Files.newInputStream(DIST.resolve(line.substring(66)))) {
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) > 0; ) {
          sha.update(buf, 0, n);
        }
      }
      assertEquals(line.substring(0, 64), HexFormat.of().formatHex(sha.digest()), line);
    }
  }
}
