package dev.backcare.journal;

import dev.backcare.domain.Event;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * A memo of what reading a prefix of the journal gave: its events in file order and its damaged
 * lines, kept in a file beside the journal ({@code journal.jsonl.memo}) and keyed by the prefix's
 * length and checksum, this layout and this build. Reading then parses only the lines after the
 * prefix. It is never a source of truth: a memo that is missing, stale, cut short, damaged or
 * another journal's is ignored (and replaced), so reading gives the same contents with or without
 * it. The prefix always ends at a newline: only whole lines are memoised.
 */
final class ParsedPrefixMemo {
  private static final int MAGIC = 0x42434d4d;
  /** Bump when this file's layout, or what reading a journal line gives, changes. */
  private static final int LAYOUT = 3;
  /** Lines after the memo's prefix below both sizes are parsed each time, not memoised anew. */
  static final int LARGE_TAIL_BYTES = 64 * 1024;
  static final int LARGE_TAIL_LINES = 500;

  private static String build;

  /** A prefix of {@code length} bytes and {@code lines} lines, and what reading it gave. */
  private record Prefix(int length, int lines, List<Event> events, List<Journal.Problem> problems) {
    static final Prefix NONE = new Prefix(0, 0, List.of(), List.of());
  }

  private ParsedPrefixMemo() {}

  /** The memo file of {@code journal}. */
  static Path file(Path journal) {
    return journal.resolveSibling(journal.getFileName() + ".memo");
  }

  /**
   * What {@link JournalLines#parse} gives for {@code bytes}, the whole journal at {@code journal};
   * the lines after a matching memo's prefix are the only ones parsed.
   */
  static Journal.Contents read(Path journal, byte[] bytes) {
    return read(journal, bytes, false);
  }

  /** For tests: reads as {@link #read} does, and memoises every whole line whatever their size. */
  static Journal.Contents memoise(Path journal, byte[] bytes) {
    return read(journal, bytes, true);
  }

  private static Journal.Contents read(Path journal, byte[] bytes, boolean always) {
    Path memo = file(journal);
    Prefix prefix = load(memo, bytes);
    Set<String> ids = new HashSet<>();
    if (prefix.length < bytes.length) {
      // Only lines after the prefix need them, to find an id used twice.
      prefix.events.forEach(e -> ids.add(e.id()));
    }
    JournalLines.Scan tail = JournalLines.scan(bytes, prefix.length, prefix.lines, ids);
    List<Event> events = join(prefix.events, tail.events);
    List<Journal.Problem> problems = join(prefix.problems, tail.problems);
    if (always || tail.wholeEnd - prefix.length >= LARGE_TAIL_BYTES
        || tail.wholeLines - prefix.lines >= LARGE_TAIL_LINES) {
      int lines = tail.wholeLines;
      save(memo, new Prefix(tail.wholeEnd, lines, events,
          problems.stream().filter(p -> p.line() <= lines).toList()), bytes);
    }
    return new Journal.Contents(events, problems);
  }

  private static <T> List<T> join(List<T> a, List<T> b) {
    if (b.isEmpty()) {
      return List.copyOf(a);
    }
    List<T> all = new ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  static int checksum(byte[] bytes, int from, int to) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, from, to - from);
    return (int) crc.getValue();
  }

  /** This layout and this build of the reader: a memo from another is not used. */
  private static String build() {
    if (build == null) {
      String jar = "";
      try {
        CodeSource code = ParsedPrefixMemo.class.getProtectionDomain().getCodeSource();
        Path p = code == null ? null : Path.of(code.getLocation().toURI());
        if (p != null && Files.isRegularFile(p)) {
          jar = Files.size(p) + " bytes, " + Files.getLastModifiedTime(p).toMillis();
        }
      } catch (Exception unknown) {
        // Then the layout and the version say which reader this is.
      }
      build = "layout " + LAYOUT + ", format " + Event.FORMAT + ", version "
          + ParsedPrefixMemo.class.getPackage().getImplementationVersion() + ", jar " + jar;
    }
    return build;
  }

  /** The memo's prefix if it is one of {@code journal}'s, made by this build; else none. */
  private static Prefix load(Path memo, byte[] journal) {
    byte[] b = PrivateFile.readCache(memo);
    if (b == null || b.length < 12) {
      return Prefix.NONE;
    }
    try {
      MemoCodec.In in = new MemoCodec.In(b, b.length - 4);
      if (in.integer() != MAGIC || in.integer() != LAYOUT
          || new MemoCodec.In(b, b.length).at(b.length - 4).integer()
              != checksum(b, 0, b.length - 4)
          || !in.string().equals(build())) {
        return Prefix.NONE;
      }
      int length = in.integer();
      if (length <= 0 || length > journal.length || journal[length - 1] != '\n'
          || in.integer() != checksum(journal, 0, length)) {
        return Prefix.NONE;
      }
      int lines = in.integer();
      int eventCount = in.count();
      List<Event> events = new ArrayList<>(eventCount);
      for (int i = 0; i < eventCount; i++) {
        events.add(in.event());
      }
      int problemCount = in.count();
      List<Journal.Problem> problems = new ArrayList<>(problemCount);
      for (int i = 0; i < problemCount; i++) {
        problems.add(new Journal.Problem(in.integer(), in.string()));
      }
      if (!in.done() || lines < 0) {
        return Prefix.NONE;
      }
      return new Prefix(length, lines, events, problems);
    } catch (RuntimeException damaged) {
      return Prefix.NONE;
    }
  }

  /** Writes the memo of {@code prefix}; a memo that cannot be saved is simply not there. */
  private static void save(Path memo, Prefix prefix, byte[] journal) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(prefix.length / 2 + 1024);
      MemoCodec.Out out = new MemoCodec.Out(bytes);
      out.writeInt(MAGIC);
      out.writeInt(LAYOUT);
      out.string(build());
      out.writeInt(prefix.length);
      out.writeInt(checksum(journal, 0, prefix.length));
      out.writeInt(prefix.lines);
      out.writeInt(prefix.events.size());
      for (Event e : prefix.events) {
        out.event(e);
      }
      out.writeInt(prefix.problems.size());
      for (Journal.Problem p : prefix.problems) {
        out.writeInt(p.line());
        out.string(p.why());
      }
      out.flush();
      byte[] body = bytes.toByteArray();
      out.writeInt(checksum(body, 0, body.length));
      out.flush();
      PrivateFile.saveCache(memo, bytes.toByteArray());
    } catch (IOException | RuntimeException notSaved) {
      // The next read parses the whole journal again, as this one did.
    }
  }

}
