package dev.backcare.journal;

import java.nio.file.Path;

/**
 * Reads a journal once in this JVM and prints how long {@code Journal.read()} took, in
 * milliseconds, and what it read: for bench/read-time, which starts a cold JVM per run.
 */
public final class ReadOnceMain {
  private ReadOnceMain() {}

  public static void main(String[] args) {
    Journal journal = new Journal(Path.of(args[0]), false);
    long start = System.nanoTime();
    Journal.Contents contents = journal.read();
    long end = System.nanoTime();
    System.out.printf("%.1f ms, %d events, %d problems%n", (end - start) / 1e6,
        contents.events().size(), contents.problems().size());
  }
}
