package dev.backcare.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.backcare.report.DayFigures;
import dev.backcare.report.Sign;
import dev.backcare.report.WeekFigures.Volume;
import dev.backcare.report.WeekFigures;
import dev.backcare.report.WeeklyReport;
import dev.backcare.text.JsonOut;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** {@code report --json}: the period, then one object per week (docs/json.md, docs/schema/). */
public final class ReportJson {
  public static final String SCHEMA = "backcare/report/1";

  private final JsonGenerator g;

  private ReportJson(JsonGenerator g) {
    this.g = g;
  }

  public static void write(WeeklyReport r, PrintWriter out) {
    JsonOut.write(out, g -> {
      new ReportJson(g).report(r);
    });
  }

  private void report(WeeklyReport r) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", SCHEMA);
    g.writeStringField("from", r.period().from().toString());
    g.writeStringField("to", r.period().to().toString());
    g.writeStringField("today", r.today().toString());
    g.writeStringField("weekStart", r.period().weekStart().name().toLowerCase(Locale.ROOT));
    g.writeStringField("planStart", r.planStart().map(Object::toString).orElse(null));
    g.writeNumberField("painCeiling", r.painCeiling());
    g.writeNumberField("weeklyVolumeCapPercent", r.weeklyCapPercent());
    g.writeArrayFieldStart("weeks");
    for (WeekFigures w : r.weeks()) {
      week(w, r.notes(w));
    }
    g.writeEndArray();
    g.writeFieldName("insights");
    InsightsJson.object(r.insights(), g);
    g.writeEndObject();
  }

  private void week(WeekFigures w, List<Note> notes) throws IOException {
    g.writeStartObject();
    g.writeStringField("start", w.start().toString());
    g.writeStringField("end", w.end().toString());
    g.writeNumberField("daysCounted", w.countedDays());
    g.writeBooleanField("hasData", w.hasData());
    if (w.hasData()) {
      figures(w);
    }
    notes(notes);
    g.writeEndObject();
  }

  /** The week's notes: the entry's id, time and journal type, and the text as written. */
  private void notes(List<Note> notes) throws IOException {
    g.writeArrayFieldStart("notes");
    for (Note n : notes) {
      g.writeStartObject();
      g.writeStringField("id", n.id());
      g.writeStringField("at", n.at().truncatedTo(ChronoUnit.SECONDS)
          .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      g.writeStringField("kind", n.kind());
      g.writeStringField("text", n.text());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void figures(WeekFigures w) throws IOException {
    g.writeStringField("phase", w.phase().map(p -> p.id()).orElse(null));
    number("planWeek", w.phase().isPresent() ? OptionalInt.of(w.planWeek()) : OptionalInt.empty());
    var a = w.adherence();
    g.writeObjectFieldStart("sessions");
    g.writeNumberField("logged", a.sessions());
    g.writeNumberField("minimum", a.minimumSessions());
    g.writeNumberField("mostPerDay", a.mostAllowed());
    number("adherencePercent", a.sessionsPercent());
    g.writeNumberField("onRestOrStopDays", a.offPlan());
    g.writeEndObject();
    g.writeObjectFieldStart("trainingDays");
    g.writeNumberField("logged", a.trainingDays());
    g.writeNumberField("prescribed", a.prescribedDays());
    g.writeNumberField("asPrescribed", a.daysAsPrescribed());
    number("adherencePercent", a.daysPercent());
    g.writeEndObject();
    g.writeObjectFieldStart("painDuring");
    decimal("mean", w.pain().mean());
    number("max", w.pain().max());
    g.writeNumberField("aboveCeiling", w.pain().aboveCeiling());
    decimal("previousMean", w.pain().previousMean());
    g.writeEndObject();
    g.writeObjectFieldStart("nextDay");
    g.writeNumberField("due", w.nextDays().due());
    g.writeNumberField("logged", w.nextDays().logged());
    g.writeNumberField("worse", w.nextDays().worse());
    g.writeNumberField("pending", w.nextDays().pending());
    g.writeEndObject();
    g.writeObjectFieldStart("morningPain");
    g.writeNumberField("checkIns", w.mornings().logged());
    decimal("mean", w.mornings().mean());
    decimal("previousMean", w.mornings().previousMean());
    decimal("change", w.mornings().change());
    g.writeEndObject();
    function(w.function());
    g.writeObjectFieldStart("volume");
    g.writeFieldName("totalReps");
    volume(w.totalReps());
    g.writeFieldName("totalSeconds");
    volume(w.totalSeconds());
    g.writeArrayFieldStart("exercises");
    for (Volume v : w.volumes()) {
      volume(v);
    }
    g.writeEndArray();
    if (w.phaseStart().isPresent()) {
      g.writeObjectFieldStart("phaseStart");
      g.writeStringField("phase", w.phaseStart().get().phase().id());
      g.writeStringField("date", w.phaseStart().get().date().toString());
      g.writeEndObject();
    } else {
      g.writeNullField("phaseStart");
    }
    g.writeEndObject();
    g.writeObjectFieldStart("decisions");
    for (var e : w.decisions().entrySet()) {
      g.writeNumberField(e.getKey().id(), e.getValue());
    }
    g.writeEndObject();
    g.writeObjectFieldStart("rules");
    for (var e : w.rules().entrySet()) {
      g.writeNumberField(e.getKey().id(), e.getValue());
    }
    g.writeEndObject();
    events(w);
    g.writeArrayFieldStart("days");
    for (DayFigures d : w.days()) {
      if (d.counted()) {
        day(d);
      }
    }
    g.writeEndArray();
  }

  private void events(WeekFigures w) throws IOException {
    g.writeArrayFieldStart("phaseChanges");
    for (var c : w.phaseChanges()) {
      g.writeStartObject();
      g.writeStringField("date", c.date().toString());
      g.writeStringField("phase", c.phase().id());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("stopSigns");
    for (var s : w.stopSigns()) {
      g.writeStartObject();
      g.writeStringField("date", s.date().toString());
      g.writeStringField("kind", s.sign().id());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("clearings");
    for (var c : w.clearings()) {
      g.writeString(c.toString());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("signs");
    for (Sign s : w.signs()) {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      g.writeStringField("kind", s.warning() ? "warning" : "working");
      g.writeStringField("text", s.text());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void function(WeekFigures.FunctionScores f) throws IOException {
    g.writeObjectFieldStart("function");
    g.writeNumberField("ratings", f.ratings());
    decimal("mean", f.mean());
    g.writeStringField("since", f.since().map(Object::toString).orElse(null));
    decimal("change", f.change());
    g.writeBooleanField("meaningful", f.meaningful());
    g.writeEndObject();
  }

  private void volume(Volume v) throws IOException {
    g.writeStartObject();
    g.writeStringField("exercise", v.exercise());
    g.writeStringField("unit", v.timed() ? "seconds" : "reps");
    g.writeNumberField("amount", v.amount());
    g.writeNumberField("previous", v.previous());
    number("changePercent", v.changePercent());
    g.writeBooleanField("aboveCap", v.aboveCap());
    g.writeEndObject();
  }

  private void day(DayFigures d) throws IOException {
    g.writeStartObject();
    g.writeStringField("date", d.date().toString());
    g.writeStringField("decision", d.decision().map(x -> x.id()).orElse(null));
    g.writeNumberField("sessions", d.sessions());
    g.writeNumberField("prescribedSessions", d.prescribedSessions());
    g.writeNumberField("reps", d.reps());
    g.writeNumberField("seconds", d.seconds());
    number("peakPain", d.peakPain());
    number("morningPain", d.morningPain());
    g.writeStringField("nextDay", d.nextDay().id().isEmpty() ? null : d.nextDay().id());
    g.writeEndObject();
  }

  private void number(String field, OptionalInt v) throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(field, v.getAsInt());
    } else {
      g.writeNullField(field);
    }
  }

  /** A mean, to two decimals. */
  private void decimal(String field, OptionalDouble v) throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(field, BigDecimal.valueOf(v.getAsDouble()).setScale(2,
          RoundingMode.HALF_UP));
    } else {
      g.writeNullField(field);
    }
  }
}
