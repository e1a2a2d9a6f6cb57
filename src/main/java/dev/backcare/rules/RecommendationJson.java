package dev.backcare.rules;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.rules.Prescription;
import dev.backcare.rules.Reason;
import dev.backcare.rules.Recommendation;
import dev.backcare.text.JsonOut;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code today --json}: the recommendation as one JSON object (docs/schema/today.schema.json),
 * with the open stop signs by kind.
 */
public final class RecommendationJson {
  public static final String SCHEMA = "backcare/today/1";

  private RecommendationJson() {}

  /** {@code stopSigns}: the stop signs still open, oldest first, as the history has them. */
  public static void write(Recommendation r, List<Symptom> stopSigns, PrintWriter out) {
    write(r, stopSigns, Optional.empty(), out);
  }

  /** The same, with {@code morning} ({@code today --morning}): the set in bed, when asked. */
  public static void write(Recommendation r, List<Symptom> stopSigns,
      Optional<MorningRoutine.Routine> morning, PrintWriter out) {
    JsonOut.write(out, g -> {
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      g.writeStringField("date", r.date().toString());
      g.writeStringField("planStart",
          r.planStart().isPresent() ? r.planStart().get().toString() : null);
      g.writeStringField("phase", r.phase().id());
      g.writeNumberField("week", r.week());
      g.writeStringField("decision", r.decision().id());
      // How soon to get help: "emergency", "see-professional", or null when the rules do not say.
      g.writeStringField("urgency", r.urgency().isPresent() ? r.urgency().get().id() : null);
      g.writeArrayFieldStart("reasons");
      for (Reason reason : r.reasons()) {
        g.writeStartObject();
        g.writeStringField("rule", reason.rule().id());
        g.writeStringField("message", reason.message());
        g.writeArrayFieldStart("evidence");
        for (Reason.Evidence e : reason.evidence()) {
          g.writeStartObject();
          g.writeStringField("id", e.id());
          g.writeStringField("type", e.type());
          g.writeStringField("at", e.at().toString());
          g.writeStringField("logged", e.logged().toString());
          g.writeStringField("what", e.what());
          if (e.value().isPresent()) {
            g.writeNumberField("value", e.value().getAsInt());
          } else {
            g.writeNullField("value");
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        if (reason.threshold().isPresent()) {
          g.writeObjectFieldStart("threshold");
          g.writeStringField("key", reason.threshold().get().key());
          g.writeNumberField("value", reason.threshold().get().value());
          g.writeEndObject();
        } else {
          g.writeNullField("threshold");
        }
        g.writeArrayFieldStart("sources");
        for (Rule.Source source : reason.rule().sources()) {
          g.writeString(source.citation());
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("stopSigns");
      for (Symptom s : stopSigns) {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("date", s.date().toString());
        g.writeStringField("kind", s.kind().id());
        g.writeStringField("text", s.kind().description());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("timesPerDay", r.timesPerDay());
      g.writeNumberField("sessionsLoggedToday", r.sessionsLoggedToday());
      g.writeNumberField("sessionsLeftToday", r.sessionsLeftToday());
      g.writeArrayFieldStart("exercises");
      for (Prescription p : r.exercises()) {
        exercise(g, p);
      }
      g.writeEndArray();
      nextPhase(g, r);
      if (morning.isPresent()) {
        morning(g, morning.get());
      }
      g.writeEndObject();
    });
  }

  /** {@code "nextPhase": {"phase", "date"}}, when a later phase is due. */
  static void nextPhase(JsonGenerator g, Recommendation r) throws IOException {
    if (r.nextPhase().isPresent()) {
      g.writeObjectFieldStart("nextPhase");
      g.writeStringField("phase", r.nextPhase().get().phase().id());
      g.writeStringField("date", r.nextPhase().get().date().toString());
      g.writeEndObject();
    }
  }

  /** {@code "morning": {exercises, note, log}}: the set in bed, and the command that logs it. */
  private static void morning(JsonGenerator g, MorningRoutine.Routine m) throws IOException {
    g.writeObjectFieldStart("morning");
    g.writeArrayFieldStart("exercises");
    for (Prescription p : m.exercises()) {
      exercise(g, p);
    }
    g.writeEndArray();
    g.writeStringField("note", m.why());
    g.writeStringField("log", m.log().orElse(null));
    g.writeEndObject();
  }

  static void exercise(JsonGenerator g, Prescription p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.exercise().id());
    g.writeStringField("name", p.exercise().name());
    g.writeStringField("kind", p.kind().id());
    g.writeNumberField("sets", p.sets());
    number(g, "reps", p.reps());
    number(g, "holdSeconds", p.holdSeconds());
    number(g, "durationSeconds", p.durationSeconds());
    g.writeBooleanField("perSide", p.perSide());
    g.writeNumberField("restSeconds", p.restSeconds());
    number(g, "previous", p.previous());
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String name, OptionalInt v) throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(name, v.getAsInt());
    } else {
      g.writeNullField(name);
    }
  }
}
