package dev.backcare.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.backcare.BackcareException;
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
import dev.backcare.domain.Event;
import dev.backcare.domain.StopSign;
import dev.backcare.text.JsonEscapes;
import dev.backcare.text.Printable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Turns events into one line of JSON and back, with jackson's streaming API. */
public final class EventCodec {
  /** Made on first use: reading plain lines needs no jackson. */
  private static final class Jackson {
    static final JsonFactory JSON = new JsonFactory();
  }

  private EventCodec() {}

  /**
   * The event as one line of JSON, without the newline; an event the reader would not read back
   * (see {@link Limits}) is refused as bad input.
   */
  public static String encode(Event e) {
    Limits.check(e);
    String line = write(e, false);
    try {
      // As the reader will see it: the line's UTF-8 bytes (a lone surrogate would not survive).
      Event back = decode(new String(line.getBytes(StandardCharsets.UTF_8),
          StandardCharsets.UTF_8));
      if (!write(back, false).equals(line)) {
        throw new BadLine("it would not read back as it is (text that is not valid Unicode?)");
      }
    } catch (BadLine unreadable) {
      // Past a limit that Limits does not name: the reader's words rather than a damaged line.
      throw BackcareException.badInput("cannot save the " + e.type() + ": "
          + unreadable.getMessage());
    }
    return line;
  }

  /**
   * The event's fields as one JSON object, as the journal line would have them, without the
   * checks {@link #encode} makes: for showing an entry that was read. Control characters and
   * direction marks in its texts are escaped ({@link JsonEscapes}), as they are not in the journal.
   */
  public static String fields(Event e) {
    return write(e, true);
  }

  private static String write(Event e, boolean shown) {
    StringWriter out = new StringWriter(160);
    try (JsonGenerator g = Jackson.JSON.createGenerator(out)) {
      if (shown) {
        JsonEscapes.on(g);
      }
      g.writeStartObject();
      g.writeNumberField("v", Event.FORMAT);
      g.writeStringField("type", e.type());
      g.writeStringField("id", e.id());
      g.writeStringField("at", Times.format(e.at()));
      g.writeStringField("logged", Times.format(e.logged()));
      body(g, e);
      g.writeEndObject();
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
    return out.toString();
  }

  private static void body(JsonGenerator g, Event e) throws IOException {
    if (e instanceof PlanStart p) {
      g.writeStringField("start", p.start().toString());
      strings(g, "exercises", p.exercises());
      if (p.extensionEases()) {
        g.writeBooleanField("extensionEases", true);
      }
    } else if (e instanceof PlanChange c) {
      g.writeStringField(c.add() ? "add" : "remove", c.exercise());
    } else if (e instanceof Session s) {
      g.writeStringField("phase", s.phase().id());
      g.writeArrayFieldStart("exercises");
      for (Performed p : s.exercises()) {
        g.writeStartObject();
        g.writeStringField("id", p.exercise());
        g.writeNumberField("sets", p.sets());
        g.writeNumberField(p.timed() ? "seconds" : "reps", p.amount());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("during", s.during());
      optional(g, "before", s.before());
      optional(g, "after", s.after());
      if (!s.stopSigns().isEmpty()) {
        strings(g, "stopSigns", s.stopSigns().stream().map(StopSign::id).toList());
      }
      note(g, s.note());
    } else if (e instanceof CheckIn c) {
      g.writeNumberField("pain", c.pain());
      note(g, c.note());
    } else if (e instanceof Symptom s) {
      g.writeStringField("kind", s.kind().id());
      note(g, s.note());
    } else if (e instanceof Cleared c) {
      note(g, c.note());
    } else if (e instanceof FunctionRating f) {
      g.writeArrayFieldStart("scores");
      for (Score s : f.scores()) {
        g.writeStartObject();
        g.writeStringField("activity", s.activity());
        g.writeNumberField("score", s.score());
        g.writeEndObject();
      }
      g.writeEndArray();
      note(g, f.note());
    } else if (e instanceof Correction c) {
      g.writeStringField("target", c.target());
      note(g, c.note());
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void optional(JsonGenerator g, String name, OptionalInt v) throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(name, v.getAsInt());
    }
  }

  private static void note(JsonGenerator g, Optional<String> note) throws IOException {
    if (note.isPresent()) {
      g.writeStringField("note", note.get());
    }
  }

  /** Reads one line; a line that is not a valid event throws {@link BadLine}. */
  public static Event decode(String line) {
    if (ascii(line)) {
      byte[] bytes = line.getBytes(StandardCharsets.US_ASCII);
      Event quick = quick(bytes, 0, bytes.length);
      if (quick != null) {
        return quick;
      }
    }
    return jackson(line);
  }

  /** Reads one line with jackson, whose messages say what is wrong with a bad one. */
  private static Event jackson(String line) {
    try (JsonParser p = Jackson.JSON.createParser(line)) {
      return decode(p);
    } catch (IOException x) {
      throw new BadLine(jsonProblem(x));
    }
  }

  /**
   * Reads one line of ASCII bytes (as most lines are) without making a String of it first; the
   * same event or the same {@link BadLine} as {@link #decode(String)}. A bad line is read again as
   * text, as jackson's byte parser counts columns and words some errors its own way.
   */
  static Event decodeAscii(byte[] bytes, int from, int length) {
    Event quick = quick(bytes, from, length);
    if (quick != null) {
      return quick;
    }
    try (JsonParser p = Jackson.JSON.createParser(bytes, from, length)) {
      return decode(p);
    } catch (IOException | BadLine x) {
      return jackson(new String(bytes, from, length, StandardCharsets.US_ASCII));
    }
  }

  /**
   * The event on a line in the plain form (see {@link QuickJson}); null for any other line, and for
   * a line with something wrong, whose message jackson's reading then gives.
   */
  private static Event quick(byte[] bytes, int from, int length) {
    JsonObject f = QuickJson.read(bytes, from, length);
    if (f == null) {
      return null;
    }
    try {
      return EventFields.toEvent(f);
    } catch (BadLine wrong) {
      return null;
    }
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static Event decode(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new BadLine("not a JSON object");
    }
    JsonObject f = JsonObject.read(p);
    if (p.nextToken() != null) {
      throw new BadLine("text after the JSON object");
    }
    return EventFields.toEvent(f);
  }

  /** Why a line that ends before its JSON object does is bad: what a torn append leaves. */
  static final String CUT_OFF = "the line is cut off before its end";

  private static String jsonProblem(IOException x) {
    if (x instanceof StreamConstraintsException) {
      return "a number or text on the line is too long to read";
    }
    String why = x instanceof JsonProcessingException j ? j.getOriginalMessage() : x.getMessage();
    if (why != null && why.contains("end-of-input")) {
      return CUT_OFF;
    }
    if (x instanceof JsonProcessingException j && j.getLocation() != null) {
      return "not valid JSON at column " + j.getLocation().getColumnNr();
    }
    return "not valid JSON";
  }

  /** A journal line that cannot be used, and why: one printable line, at most 160 characters. */
  public static final class BadLine extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final int LONGEST = 160;

    public BadLine(String why) {
      super(Printable.line(why, LONGEST));
    }
  }
}
