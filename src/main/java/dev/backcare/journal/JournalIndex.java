package dev.backcare.journal;

import dev.backcare.domain.Event;
import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Recent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * A cache beside the journal that lets a command read only its recent tail. For the journal's
 * first {@code covered} bytes it keeps the events that matter however old (see {@link Recent}),
 * the damaged lines, and marks: for a place in the file, how many lines come before it and the
 * latest time among their events. It is checked against the journal before each use and rebuilt
 * when it does not match; deleting it is always safe.
 */
final class JournalIndex {
  private static final String HEADER = "backcare journal index 1";
  /** A mark about every this many bytes. */
  static final long MARK_EVERY = 16 * 1024;
  private static final int CHECKED = 4096;

  record Mark(long offset, int lines, long latestBefore) {}

  record Kept(long offset, int line, Event event) {}

  String fileKey;
  long covered;
  int lines;
  long latest = Long.MIN_VALUE;
  long crc;
  /** In file order; their {@code latestBefore} never falls along the file. */
  private final List<Mark> marks = new ArrayList<>();
  /**
   * Marks as the saved index has them, read only when needed: a ten-year journal has 600, and
   * reading the recent tail needs one of the last.
   */
  /** The saved index's text and where its mark lines start, until the marks are read. */
  private String unreadText;
  private int[] unreadStarts = new int[0];
  private int unread;
  final List<Kept> kept = new ArrayList<>();
  final List<Journal.Problem> problems = new ArrayList<>();

  static Path beside(Path journal) {
    return journal.resolveSibling(journal.getFileName() + ".index");
  }

  /** The index of a whole scan of the file from its start. */
  static JournalIndex of(String fileKey, JournalLines.Scan scan, byte[] bytes) {
    JournalIndex index = new JournalIndex();
    index.fileKey = fileKey;
    index.mark(0, 0);
    index.add(scan, 0, bytes, 0);
    return index;
  }

  /**
   * Adds what a scan that starts at {@code scanStart} found at or after {@code covered}. False if
   * it cannot: a new plan start needs the check-ins of its first week, which may lie anywhere.
   */
  boolean extend(JournalLines.Scan scan, byte[] bytes, long scanStart) {
    for (int i = 0; i < scan.events.size(); i++) {
      if (scan.offsets.get(i) >= covered && scan.events.get(i) instanceof PlanStart) {
        return false;
      }
    }
    add(scan, scanStart, bytes, covered);
    return true;
  }

  private void add(JournalLines.Scan scan, long scanStart, byte[] bytes, long from) {
    List<Event> plans = new ArrayList<>();
    Set<String> keptIds = new java.util.HashSet<>();
    for (Kept k : kept) {
      plans.add(k.event());
      keptIds.add(k.event().id());
    }
    plans.addAll(scan.events);
    Set<java.time.LocalDate> firstWeek = Recent.firstWeek(plans);
    List<Mark> marks = marks();
    long next = marks.get(marks.size() - 1).offset() + MARK_EVERY;
    for (int i = 0; i < scan.events.size(); i++) {
      long at = scan.offsets.get(i);
      if (at < from || at >= scan.wholeEnd) {
        continue;
      }
      if (at >= next) {
        mark(at, scan.lines.get(i) - 1);
        next = at + MARK_EVERY;
      }
      Event e = scan.events.get(i);
      latest = Math.max(latest, e.at().toInstant().toEpochMilli());
      boolean keep = e instanceof Correction c ? keptIds.contains(c.target())
          : Recent.lasting(e) || e instanceof CheckIn c && firstWeek.contains(c.date());
      if (keep) {
        kept.add(new Kept(at, scan.lines.get(i), e));
        keptIds.add(e.id());
      }
    }
    for (Journal.Problem p : scan.problems) {
      if (p.line() > lines && p.line() <= scan.wholeLines) {
        problems.add(p);
      }
    }
    covered = scan.wholeEnd;
    lines = scan.wholeLines;
    crc = crc(bytes, (int) (covered - scanStart));
  }

  private void mark(long offset, int linesBefore) {
    marks.add(new Mark(offset, linesBefore, latest));
  }

  /**
   * The last mark before which every event is older than {@code horizonMillis}, else the first;
   * null if the saved index has a mark it cannot read. Marks' times never fall along the file, so
   * the search runs from the end and reads only the marks it passes.
   */
  Mark markBefore(long horizonMillis) {
    try {
      for (int i = count() - 1; i > 0; i--) {
        Mark m = markAt(i);
        if (m.latestBefore() < horizonMillis) {
          return m;
        }
      }
      return markAt(0);
    } catch (RuntimeException damaged) {
      return null;
    }
  }

  private int count() {
    return unread == 0 ? marks.size() : unread;
  }

  private Mark markAt(int i) {
    return unread == 0 ? marks.get(i) : parseMark(unreadLine(i));
  }

  private String unreadLine(int i) {
    int start = unreadStarts[i];
    int end = unreadText.indexOf('\n', start);
    return unreadText.substring(start, end < 0 ? unreadText.length() : end);
  }

  /** Every mark, read now if they were not yet. */
  private List<Mark> marks() {
    if (unread > 0) {
      for (int i = 0; i < unread; i++) {
        marks.add(parseMark(unreadLine(i)));
      }
      unread = 0;
      unreadText = null;
    }
    return marks;
  }

  /** A saved mark line: {@code mark OFFSET LINES LATEST}. */
  private static Mark parseMark(String line) {
    String[] f = line.split(" ");
    if (f.length != 4) {
      throw new IllegalArgumentException("a mark has three numbers: " + line);
    }
    return new Mark(Long.parseLong(f[1]), Integer.parseInt(f[2]), Long.parseLong(f[3]));
  }

  /** The CRC of the {@link #CHECKED} bytes before {@code end} of {@code bytes}. */
  static long crc(byte[] bytes, int end) {
    CRC32 c = new CRC32();
    int from = Math.max(0, end - CHECKED);
    c.update(bytes, from, end - from);
    return c.getValue();
  }

  /** Whether this index was made from the journal whose bytes before {@link #covered} are these. */
  boolean matches(String key, byte[] tail) {
    return key.equals(fileKey) && crc == crc(tail, tail.length);
  }

  static int checkedLength(long covered) {
    return (int) Math.min(CHECKED, covered);
  }

  String text() {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    b.append("file ").append(fileKey).append('\n');
    b.append("covered ").append(covered).append(' ').append(lines).append(' ').append(latest)
        .append(' ').append(crc).append('\n');
    for (Mark m : marks()) {
      b.append("mark ").append(m.offset()).append(' ').append(m.lines()).append(' ')
          .append(m.latestBefore()).append('\n');
    }
    for (Journal.Problem p : problems) {
      b.append("problem ").append(p.line()).append(' ').append(p.why().replace('\n', ' '))
          .append('\n');
    }
    for (Kept k : kept) {
      b.append("event ").append(k.offset()).append(' ').append(k.line()).append(' ')
          .append(EventCodec.encode(k.event())).append('\n');
    }
    return b.toString();
  }

  /** Writes the index to {@code file}, readable by the owner only; a cache, so failing is fine. */
  void save(Path file) {
    PrivateFile.saveCache(file, text().getBytes(StandardCharsets.UTF_8));
  }

  /** The index in {@code file}, or null if there is none or it cannot be read. */
  static JournalIndex load(Path file) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      int headerEnd = text.indexOf('\n');
      if (headerEnd < 0 || !HEADER.equals(text.substring(0, headerEnd))) {
        return null;
      }
      JournalIndex index = new JournalIndex();
      int[] marks = new int[64];
      int count = 0;
      for (int from = headerEnd + 1, end; from < text.length(); from = end + 1) {
        end = text.indexOf('\n', from);
        if (end < 0) {
          end = text.length();
        }
        if (text.startsWith("mark ", from)) {
          // Most of the lines, and read only as far as needed (markBefore): noted where they are.
          if (count == marks.length) {
            marks = Arrays.copyOf(marks, count * 2);
          }
          marks[count++] = from;
          continue;
        }
        String line = text.substring(from, end);
        String[] f = line.split(" ", 4);
        switch (f[0]) {
          case "file" -> index.fileKey = line.substring(5);
          case "covered" -> {
            String[] c = line.split(" ");
            index.covered = Long.parseLong(c[1]);
            index.lines = Integer.parseInt(c[2]);
            index.latest = Long.parseLong(c[3]);
            index.crc = Long.parseLong(c[4]);
          }
          case "problem" -> index.problems.add(new Journal.Problem(Integer.parseInt(f[1]),
              line.substring(f[0].length() + f[1].length() + 2)));
          case "event" -> index.kept.add(new Kept(Long.parseLong(f[1]), Integer.parseInt(f[2]),
              EventCodec.decode(f[3])));
          default -> {
            return null;
          }
        }
      }
      index.unreadText = text;
      index.unreadStarts = marks;
      index.unread = count;
      return index.fileKey == null || count == 0 ? null : index;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
