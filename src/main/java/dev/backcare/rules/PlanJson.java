package dev.backcare.rules;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.backcare.domain.Library;
import dev.backcare.domain.Thresholds;
import dev.backcare.rules.Prescription;
import dev.backcare.rules.Recommendation;
import dev.backcare.text.JsonOut;
import java.io.IOException;
import java.io.PrintWriter;

/** {@code backcare plan --json} (docs/schema/plan.schema.json). */
public final class PlanJson {
  public static final String SCHEMA = "backcare/plan/1";

  private PlanJson() {}

  public static void write(Library library, Recommendation r, PrintWriter out) {
    JsonOut.write(out, g -> {
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      g.writeStringField("planStart", r.planStart().map(Object::toString).orElse(null));
      g.writeStringField("date", r.date().toString());
      g.writeNumberField("week", r.week());
      g.writeStringField("phase", r.phase().id());
      g.writeStringField("summary", library.phase(r.phase()).summary());
      g.writeNumberField("timesPerDay", r.timesPerDay());
      RecommendationJson.nextPhase(g, r);
      g.writeStringField("decision", r.decision().id());
      g.writeArrayFieldStart("exercises");
      for (Prescription p : r.exercises()) {
        RecommendationJson.exercise(g, p);
      }
      g.writeEndArray();
      rules(g, library.thresholds());
      g.writeEndObject();
    });
  }

  private static void rules(JsonGenerator g, Thresholds t) throws IOException {
    g.writeObjectFieldStart("rules");
    g.writeNumberField("painCeiling", t.painCeiling());
    g.writeNumberField("nextDayHoldMargin", t.nextDayHoldMargin());
    g.writeNumberField("nextDayReduceMargin", t.nextDayReduceMargin());
    g.writeNumberField("flareUpPain", t.flareUpPain());
    g.writeNumberField("flareUpDays", t.flareUpDays());
    g.writeNumberField("flareUpNextDayMargin", t.flareUpNextDayMargin());
    g.writeNumberField("daysBetweenProgressions", t.daysBetweenProgressions());
    g.writeNumberField("weeklyVolumeCapPercent", t.weeklyVolumeCapPercent());
    g.writeNumberField("restAfterTrainingDays", t.restAfterTrainingDays());
    g.writeNumberField("noImprovementWeeks", t.noImprovementWeeks());
    g.writeNumberField("phaseHoldDays", t.phaseHoldDays());
    g.writeEndObject();
  }
}
