package dev.backcare.journal;

import dev.backcare.domain.Event.CheckIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A writer for {@link JournalConcurrencyTest}, run in its own JVM: {@code AppendMain JOURNAL PROC
 * COUNT GO} waits (at most 30 s) until the file GO exists, then appends COUNT check-ins with ids
 * {@code p<PROC>-<n>}, n = 0, 1, ...
 */
public final class AppendMain {
  private AppendMain() {}

  public static void main(String[] args) throws InterruptedException {
    Journal journal = new Journal(Path.of(args[0]), false);
    String proc = args[1];
    int count = Integer.parseInt(args[2]);
    Path go = Path.of(args[3]);
    for (int waited = 0; !Files.exists(go) && waited < 3000; waited++) {
      Thread.sleep(10);
    }
    OffsetDateTime at = OffsetDateTime.of(2026, 3, 2, 8, 30, 0, 0, ZoneOffset.ofHours(1));
    for (int n = 0; n < count; n++) {
      journal.append(new CheckIn("p" + proc + "-" + n, at.plusMinutes(n), n % 11,
          Optional.of("writer " + proc + ", line " + n)));
    }
  }
}
