package dev.backcare.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A PATH for bin/backcare that holds no Maven: links to the few programs the launcher runs. */
public final class NoMavenPath {
  /** The programs bin/backcare may run, besides java and mvn. */
  private static final List<String> TOOLS =
      List.of("bash", "env", "readlink", "mktemp", "mkdir", "touch", "cat", "awk", "mv", "rm");

  private NoMavenPath() {}

  /** Makes {@code dir}, once, with links to those programs and, if asked, to this java. */
  public static Path in(Path dir, boolean withJava) throws IOException {
    if (Files.isDirectory(dir)) {
      return dir;
    }
    Files.createDirectories(dir);
    List<String> wanted = new ArrayList<>(TOOLS);
    if (withJava) {
      wanted.add("java");
    }
    for (String tool : wanted) {
      Path found = tool.equals("java")
          ? Path.of(System.getProperty("java.home"), "bin", "java")
          : Stream.of(System.getenv("PATH").split(":")).map(d -> Path.of(d, tool))
              .filter(Files::isExecutable).findFirst().orElseThrow(() -> new AssertionError(tool));
      Files.createSymbolicLink(dir.resolve(tool), found);
    }
    return dir;
  }

  /** Removes the links and the folder, so that JUnit has no link out of a temp folder to warn of. */
  public static void remove(Path dir) throws IOException {
    try (Stream<Path> links = Files.list(dir)) {
      for (Path link : links.toList()) {
        Files.delete(link);
      }
    }
    Files.delete(dir);
  }
}
