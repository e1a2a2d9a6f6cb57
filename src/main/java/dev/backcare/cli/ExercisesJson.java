package dev.backcare.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.Phase;
import dev.backcare.text.JsonOut;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;

/** {@code exercises --json}: the exercises as the library has them (docs/schema/). */
final class ExercisesJson {
  static final String SCHEMA = "backcare/exercises/1";

  private ExercisesJson() {}

  static void write(Collection<Exercise> exercises, PrintWriter out) {
    JsonOut.write(out, g -> {
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      g.writeArrayFieldStart("exercises");
      for (Exercise e : exercises) {
        exercise(g, e);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  private static void exercise(JsonGenerator g, Exercise e) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id());
    g.writeStringField("name", e.name());
    g.writeStringField("category", e.category().id());
    strings(g, "phases", e.phases().stream().map(Phase::id).toList());
    g.writeStringField("kind", e.dose().kind().id());
    g.writeBooleanField("perSide", e.dose().perSide());
    g.writeStringField("position", e.position());
    g.writeStringField("instructions", e.instructions());
    strings(g, "cues", e.cues());
    strings(g, "cautions", e.cautions());
    g.writeStringField("regression", e.regression().orElse(null));
    g.writeStringField("progression", e.progression().orElse(null));
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String field, List<String> texts)
      throws IOException {
    g.writeFieldName(field);
    g.writeArray(texts.toArray(new String[0]), 0, texts.size());
  }
}
