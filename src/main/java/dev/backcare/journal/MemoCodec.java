package dev.backcare.journal;

import dev.backcare.domain.Event;
import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Cleared;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event.FunctionRating;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.PlanChange;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event.Score;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.Phase;
import dev.backcare.domain.StopSign;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The binary form of a {@link ParsedPrefixMemo}'s events: big-endian numbers as
 * {@link DataOutputStream} writes them, one tag byte per event type, texts written once and then
 * named by their number. Each event keeps its {@code logged} time when it differs from its
 * {@code at}. The reader and the writer of the one format stay side by side, so that they change
 * together; that is why this class is longer than most.
 */
final class MemoCodec {
  private static final byte PLAN_START = 1;
  private static final byte PLAN_CHANGE = 2;
  private static final byte SESSION = 3;
  private static final byte CHECK_IN = 4;
  private static final byte SYMPTOM = 5;
  private static final byte CLEARED = 6;
  private static final byte VOID = 7;
  private static final byte FUNCTION = 8;

  private MemoCodec() {}

  /**
   * Reads a memo's bytes: big-endian numbers as {@link DataOutputStream} writes them, and texts
   * that are written once and then named by their number (ids are not: each is new).
   */
  static final class In {
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

    /** Whether every byte was read. */
    boolean done() {
      return at == end;
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
      OffsetDateTime logged = tag() == 0 ? at : time();
      return plain(tag, id, at).withLogged(logged);
    }

    private Event plain(byte tag, String id, OffsetDateTime at) {
      switch (tag) {
        case PLAN_START:
          return new PlanStart(id, at, LocalDate.ofEpochDay(integer()), strings(), tag() != 0);
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
        case FUNCTION: {
          int n = count();
          List<Score> scores = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            scores.add(new Score(shared(), integer()));
          }
          return new FunctionRating(id, at, scores, optional());
        }
        default:
          throw new IllegalStateException("unknown tag " + tag);
      }
    }
  }

  /** Writes what {@link In} reads. */
  static final class Out extends DataOutputStream {
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

    private void time(OffsetDateTime t) throws IOException {
      writeInt((int) t.toLocalDate().toEpochDay());
      writeInt(t.toLocalTime().toSecondOfDay());
      writeInt(t.getNano());
      writeInt(t.getOffset().getTotalSeconds());
    }

    void event(Event e) throws IOException {
      writeByte(tag(e));
      string(e.id());
      time(e.at());
      boolean same = e.logged().equals(e.at());
      writeByte(same ? 0 : 1);
      if (!same) {
        time(e.logged());
      }
      if (e instanceof PlanStart p) {
        writeInt((int) p.start().toEpochDay());
        strings(p.exercises());
        writeByte(p.extensionEases() ? 1 : 0);
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
      } else if (e instanceof FunctionRating f) {
        writeInt(f.scores().size());
        for (Score s : f.scores()) {
          shared(s.activity());
          writeInt(s.score());
        }
        optional(f.note());
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
      case "function" -> FUNCTION;
      default -> VOID;
    };
  }
}
