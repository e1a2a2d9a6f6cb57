package dev.backcare.journal;

import dev.backcare.domain.Event.CheckIn;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A writer for {@link JournalCrashIT} to kill: {@code AppendLoopMain JOURNAL ROUND} appends
 * {@link #event}(ROUND, 0), (ROUND, 1), ... and prints each id once its append has returned, until
 * it is killed (or after 100).
 */
public final class AppendLoopMain {
  static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-02T08:30:00+01:00");
  /** Every third line is this long, so that a kill can land inside its write. */
  static final int LONG_NOTE = 1 << 20;

  private AppendLoopMain() {}

  /** The n-th event of a round: the same in the writer and in the test that checks the file. */
  static CheckIn event(int round, int n) {
    String id = "r" + round + "-" + n;
    String note = n % 3 == 2 ? (id + " ").repeat(LONG_NOTE / (id.length() + 1)) : id;
    return new CheckIn(id, AT.plusMinutes(round * 100L + n), n % 11, Optional.of(note));
  }

  public static void main(String[] args) {
    Journal journal = new Journal(Path.of(args[0]), false);
    int round = Integer.parseInt(args[1]);
    for (int n = 0; n < 100; n++) {
      CheckIn e = event(round, n);
      journal.append(e);
      System.out.println(e.id());
      System.out.flush();
    }
  }
}
