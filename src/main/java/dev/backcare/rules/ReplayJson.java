package dev.backcare.rules;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.backcare.rules.Replay.Day;
import dev.backcare.text.JsonOut;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** {@code backcare replay --json}: the replay as one JSON object. */
public final class ReplayJson {
  private ReplayJson() {}

  public static void write(List<Day> days, ZoneId zone, PrintWriter out) {
    JsonOut.write(out, g -> {
      g.writeStartObject();
      g.writeStringField("schema", "backcare/replay/1");
      g.writeArrayFieldStart("days");
      Optional<Recommendation> before = Optional.empty();
      for (Day d : days) {
        Recommendation r = d.advice();
        g.writeStartObject();
        g.writeStringField("date", d.date().toString());
        g.writeStringField("asOf", d.asOf().atZone(zone).toOffsetDateTime().toString());
        g.writeBooleanField("beforeSession", d.beforeSession());
        g.writeStringField("decision", r.decision().id());
        g.writeStringField("urgency", r.urgency().map(Urgency::id).orElse(null));
        g.writeArrayFieldStart("rules");
        for (String id : ReplayText.rules(r)) {
          g.writeString(id);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("exercises");
        for (Prescription p : r.exercises()) {
          g.writeStartObject();
          g.writeStringField("id", p.exercise().id());
          g.writeNumberField("sets", p.sets());
          g.writeNumberField("amount", p.amount());
          g.writeStringField("unit", p.timed() ? "seconds" : "repetitions");
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("changes");
        for (String change : ReplayText.changes(before, r)) {
          g.writeString(change);
        }
        g.writeEndArray();
        g.writeEndObject();
        before = r.exercises().isEmpty() ? before : Optional.of(r);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }
}
