package dev.backcare.journal;

import dev.backcare.domain.Event.CheckIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A writer for {@link JournalConcurrencyIT}, run in its own JVM: {@code AppendMain JOURNAL PROC
 * COUNT GO [THREADS]} waits (at most 30 s) until the file GO exists, then appends COUNT check-ins
 * with ids {@code p<PROC>-<n>}, n = 0, 1, ... With THREADS, each of that many threads appends its
 * own COUNT, with ids {@code p<PROC>.<thread>-<n>}.
 */
public final class AppendMain {
  private AppendMain() {}

  public static void main(String[] args) throws InterruptedException {
    Path file = Path.of(args[0]);
    String proc = args[1];
    int count = Integer.parseInt(args[2]);
    Path go = Path.of(args[3]);
    int threads = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    for (int waited = 0; !Files.exists(go) && waited < 3000; waited++) {
      Thread.sleep(10);
    }
    if (threads == 0) {
      append(file, proc, count);
      return;
    }
    List<Thread> writers = new ArrayList<>();
    List<Throwable> failed = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String writer = proc + "." + t;
      Thread thread = new Thread(() -> append(file, writer, count));
      thread.setUncaughtExceptionHandler((th, e) -> {
        synchronized (failed) {
          failed.add(e);
        }
      });
      writers.add(thread);
      thread.start();
    }
    for (Thread t : writers) {
      t.join();
    }
    if (!failed.isEmpty()) {
      failed.get(0).printStackTrace();
      System.exit(1);
    }
  }

  private static void append(Path file, String writer, int count) {
    Journal journal = new Journal(file, false);
    OffsetDateTime at = OffsetDateTime.of(2026, 3, 2, 8, 30, 0, 0, ZoneOffset.ofHours(1));
    for (int n = 0; n < count; n++) {
      journal.append(new CheckIn("p" + writer + "-" + n, at.plusMinutes(n), n % 11,
          Optional.of("writer " + writer + ", line " + n)));
    }
  }
}
