package dev.backcare.cli;

import dev.backcare.domain.Event;
import dev.backcare.journal.Journal;
import dev.backcare.text.Printable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one run says on stderr about the journal it reads, each thing once however often the
 * journal is read again after an append: damaged lines (the first {@link #MOST} by number, then how
 * many more), lines from a newer backcare, a file that is not a journal, entries dated later.
 */
final class JournalWarnings {
  /** The damaged lines named one by one; after them, only how many more there are. */
  static final int MOST = 5;

  private final PrintWriter err;
  private final Set<Integer> warned = new HashSet<>();
  private int damaged;
  private boolean readOnlyNoted;
  private boolean laterNoted;

  JournalWarnings(PrintWriter err) {
    this.err = err;
  }

  /** What a read of the journal at {@code path} found. */
  void read(Journal.Contents contents, Path path) {
    String file = Cli.oneLine(path.toString());
    List<Journal.Problem> fresh = contents.damaged().stream()
        .filter(p -> warned.add(p.line())).toList();
    int room = Math.max(0, MOST - damaged);
    fresh.stream().limit(room)
        .forEach(p -> err.println("backcare: warning: " + Cli.oneLine(p.describe(path))));
    damaged += fresh.size();
    if (fresh.size() > room) {
      int more = fresh.size() - room;
      err.println("backcare: warning: " + file + ": " + more + " more damaged "
          + (more == 1 ? "line" : "lines") + " skipped; they are left as they are");
    }
    List<Journal.Problem> newer = contents.newer();
    if (!newer.isEmpty() && !readOnlyNoted) {
      readOnlyNoted = true;
      err.println("backcare: note: " + file + ": " + newer.size()
          + (newer.size() == 1 ? " line was" : " lines were") + " written by a newer version"
          + " of backcare and " + (newer.size() == 1 ? "is" : "are") + " left out; this"
          + " version only reads this journal, and logs nothing to it");
    }
    if (!contents.looksLikeAJournal() && !readOnlyNoted) {
      readOnlyNoted = true;
      err.println("backcare: note: " + file + ": no line of this file is an entry: it does not"
          + " look like a backcare journal, and backcare logs nothing to it");
    }
  }

  /** Entries dated in the future, left out of the advice until then. */
  void later(List<Event> later) {
    if (later.isEmpty() || laterNoted) {
      return;
    }
    laterNoted = true;
    err.println("backcare: warning: " + later.size()
        + (later.size() == 1 ? " entry is" : " entries are") + " dated in the future and left"
        + " out of the advice until then: " + later.stream()
            .limit(5).map(e -> Printable.line(e.id(), 40) + " (" + e.type() + ", "
                + e.date() + ")")
            .collect(Collectors.joining(", ")) + (later.size() > 5 ? ", ..." : ""));
  }
}
