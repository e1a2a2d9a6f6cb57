package dev.backcare.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.backcare.report.Insights.Row;
import dev.backcare.report.Insights.Tally;
import dev.backcare.text.JsonOut;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * {@code backcare insights --json}, and the report's {@code insights} field: the same object,
 * which docs/schema/insights.schema.json describes.
 */
public final class InsightsJson {
  public static final String SCHEMA = "backcare/insights/1";

  private InsightsJson() {}

  /** The insights as one document, with its {@code schema}. */
  public static void write(Insights i, PrintWriter out) {
    JsonOut.write(out, g -> {
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      fields(i, g);
      g.writeEndObject();
    });
  }

  /** The insights as an object, a field of another document. */
  static void object(Insights i, JsonGenerator g) throws IOException {
    g.writeStartObject();
    fields(i, g);
    g.writeEndObject();
  }

  private static void fields(Insights i, JsonGenerator g) throws IOException {
    g.writeStringField("from", i.from().toString());
    g.writeStringField("to", i.to().toString());
    g.writeStringField("question", Insights.QUESTION);
    g.writeStringField("caution", Insights.CAUTION);
    g.writeNumberField("minimumDays", Insights.MINIMUM);
    g.writeNumberField("painCeiling", i.painCeiling());
    g.writeNumberField("trainingDays", i.trainingDays());
    g.writeNumberField("counted", i.counted());
    g.writeNumberField("unknown", i.unknown());
    g.writeArrayFieldStart("rows");
    for (Row r : i.rows()) {
      g.writeStartObject();
      g.writeStringField("group", r.group().id());
      g.writeStringField("id", r.id());
      g.writeStringField("label", r.label());
      tally(g, "with", r.with());
      tally(g, "without", r.without());
      g.writeBooleanField("enough", r.enough());
      g.writeStringField("verdict", r.verdict());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void tally(JsonGenerator g, String name, Tally t) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("days", t.days());
    g.writeNumberField("worse", t.worse());
    if (t.percent().isPresent()) {
      g.writeNumberField("percent", t.percent().getAsInt());
    } else {
      g.writeNullField("percent");
    }
    g.writeEndObject();
  }
}
