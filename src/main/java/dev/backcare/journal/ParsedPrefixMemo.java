package dev.backcare.journal;

import dev.backcare.domain.Event;
import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Cleared;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.PlanChange;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.Phase;
import dev.backcare.domain.StopSign;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
  private static final int LAYOUT = 1;
  /** Lines after the memo's prefix below both sizes are parsed each time, not memoised anew. */
  static final int LARGE_TAIL_BYTES = 64 * 1024;
  static final int LARGE_TAIL_LINES = 500;

  private static final byte PLAN_START = 1;
  private static final byte PLAN_CHANGE = 2;
  private static final byte SESSION = 3;
  private static final byte CHECK_IN = 4;
  private static final byte SYMPTOM = 5;
  private static final byte CLEARED = 6;
  private static final byte VOID = 7;

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
      In in = new In(b, b.length - 4);
      if (in.integer() != MAGIC || in.integer() != LAYOUT
          || new In(b, b.length).at(b.length - 4).integer() != checksum(b, 0, b.length - 4)
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
      if (in.at != in.end || lines < 0) {
        return Prefix.NONE;
      }
      return new Prefix(length, lines, events, problems);
    } catch (RuntimeException damaged) {
      return Prefix.NONE;
    }
  }

  /**
   * Reads a memo's bytes: big-endian numbers as {@link DataOutputStream} writes them, and texts
   * that are written once and then named by their number (ids are not: each is new).
   */
  private static final class In {
    private final byte[] b;
    private final int end;
    private final List<String> seen = new ArrayList<>();
    private int at;
    private LocalDate day;
    private ZoneOffset offset;

    In(byte[] b, int end) {
      this.b = b;
      this.end = end;
    }

    In at(int position) {
      at = position;
      return this;
    }

    private void need(int n) {
      if (n < 0 || n > end - at) {
        throw new IllegalStateException("past the end");
      }
    }

    byte tag() {
      need(1);
      return b[at++];
    }

    int integer() {
      need(4);
      int v = (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8
          | b[at + 3] & 0xff;
      at += 4;
      return v;
    }

    /** A count, no more than the bytes left could hold. */
    int count() {
      int n = integer();
      need(n);
      return n;
    }

    /** A text written whole: its length, whether it is ASCII, then its bytes. */
    String string() {
      int header = integer();
      int n = header >>> 1;
      need(n);
      String s = new String(b, at, n, (header & 1) == 1 ? StandardCharsets.ISO_8859_1
          : StandardCharsets.UTF_8);
      at += n;
      return s;
    }

    /**
     * A text that may come again (an exercise, a note): whole the first time, then as the
     * negative of one more than the number it was given.
     */
    String shared() {
      int ref = integer();
      if (ref < 0) {
        return seen.get(-ref - 1);
      }
      at -= 4;
      String s = string();
      seen.add(s);
      return s;
    }

    Optional<String> optional() {
      return tag() == 0 ? Optional.empty() : Optional.of(shared());
    }

    OptionalInt optionalInt() {
      int v = integer();
      return v < 0 ? OptionalInt.empty() : OptionalInt.of(v);
    }

    OffsetDateTime time() {
      int epochDay = integer();
      if (day == null || day.toEpochDay() != epochDay) {
        day = LocalDate.ofEpochDay(epochDay);
      }
      LocalTime clock = LocalTime.ofNanoOfDay(integer() * 1_000_000_000L + integer());
      int seconds = integer();
      if (offset == null || offset.getTotalSeconds() != seconds) {
        offset = ZoneOffset.ofTotalSeconds(seconds);
      }
      return OffsetDateTime.of(day, clock, offset);
    }

    List<String> strings() {
      int n = count();
      List<String> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(shared());
      }
      return List.copyOf(out);
    }

    Event event() {
      byte tag = tag();
      String id = string();
      OffsetDateTime at = time();
      switch (tag) {
        case PLAN_START:
          return new PlanStart(id, at, LocalDate.ofEpochDay(integer()), strings());
        case PLAN_CHANGE:
          return new PlanChange(id, at, tag() != 0, shared());
        case SESSION: {
          Phase phase = Phase.fromId(shared()).orElseThrow();
          int n = count();
          List<Performed> done = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            done.add(new Performed(shared(), integer(), integer(), tag() != 0));
          }
          int during = integer();
          OptionalInt before = optionalInt();
          OptionalInt after = optionalInt();
          Optional<String> note = optional();
          List<StopSign> signs = new ArrayList<>();
          for (String kind : strings()) {
            signs.add(StopSign.fromId(kind).orElseThrow());
          }
          return new Session(id, at, phase, done, during, before, after, note, signs);
        }
        case CHECK_IN:
          return new CheckIn(id, at, integer(), optional());
        case SYMPTOM:
          return new Symptom(id, at, StopSign.fromId(shared()).orElseThrow(), optional());
        case CLEARED:
          return new Cleared(id, at, optional());
        case VOID:
          return new Correction(id, at, shared(), optional());
        default:
          throw new IllegalStateException("unknown tag " + tag);
      }
    }
  }

  /** Writes the memo of {@code prefix}; a memo that cannot be saved is simply not there. */
  private static void save(Path memo, Prefix prefix, byte[] journal) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(prefix.length / 2 + 1024);
      Out out = new Out(bytes);
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

  /** Writes what {@link In} reads. */
  private static final class Out extends DataOutputStream {
    private final Map<String, Integer> seen = new HashMap<>();

    Out(ByteArrayOutputStream bytes) {
      super(bytes);
    }

    void string(String s) throws IOException {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      writeInt(b.length << 1 | (b.length == s.length() ? 1 : 0));
      write(b);
    }

    void shared(String s) throws IOException {
      Integer ref = seen.get(s);
      if (ref != null) {
        writeInt(-ref - 1);
      } else {
        seen.put(s, seen.size());
        string(s);
      }
    }

    void optional(Optional<String> s) throws IOException {
      writeByte(s.isPresent() ? 1 : 0);
      if (s.isPresent()) {
        shared(s.get());
      }
    }

    void strings(List<String> list) throws IOException {
      writeInt(list.size());
      for (String s : list) {
        shared(s);
      }
    }

    void event(Event e) throws IOException {
      writeByte(tag(e));
      string(e.id());
      writeInt((int) e.at().toLocalDate().toEpochDay());
      writeInt(e.at().toLocalTime().toSecondOfDay());
      writeInt(e.at().getNano());
      writeInt(e.at().getOffset().getTotalSeconds());
      if (e instanceof PlanStart p) {
        writeInt((int) p.start().toEpochDay());
        strings(p.exercises());
      } else if (e instanceof PlanChange c) {
        writeByte(c.add() ? 1 : 0);
        shared(c.exercise());
      } else if (e instanceof Session s) {
        shared(s.phase().id());
        writeInt(s.exercises().size());
        for (Performed p : s.exercises()) {
          shared(p.exercise());
          writeInt(p.sets());
          writeInt(p.amount());
          writeByte(p.timed() ? 1 : 0);
        }
        writeInt(s.during());
        writeInt(s.before().orElse(-1));
        writeInt(s.after().orElse(-1));
        optional(s.note());
        strings(s.stopSigns().stream().map(StopSign::id).toList());
      } else if (e instanceof CheckIn c) {
        writeInt(c.pain());
        optional(c.note());
      } else if (e instanceof Symptom s) {
        shared(s.kind().id());
        optional(s.note());
      } else if (e instanceof Cleared c) {
        optional(c.note());
      } else if (e instanceof Correction c) {
        shared(c.target());
        optional(c.note());
      }
    }
  }

  private static byte tag(Event e) {
    return switch (e.type()) {
      case "plan-start" -> PLAN_START;
      case "plan-change" -> PLAN_CHANGE;
      case "session" -> SESSION;
      case "check-in" -> CHECK_IN;
      case "symptom" -> SYMPTOM;
      case "cleared" -> CLEARED;
      default -> VOID;
    };
  }
}
