package dev.backcare.report;

import dev.backcare.text.Printable;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * One row per day up to today, for a spreadsheet: RFC 4180 (comma-separated, CRLF line ends, a
 * header row). Empty cells mean "not logged". {@code sessions_allowed} is the most sessions the
 * rules allowed that day (none on a rest or stop day); {@code minutes} the time of the timed
 * exercises, to one decimal; {@code function_score} the mean score of the day's rating on the
 * functional scale (its latest), to one decimal.
 */
public final class CsvReport {
  static final String HEADER = "date,sessions,sessions_allowed,reps,minutes,peak_pain,"
      + "checkin_pain,next_day,decision,function_score,notes";

  private CsvReport() {}

  public static void render(WeeklyReport r, PrintWriter out) {
    out.print(HEADER + "\r\n");
    Map<LocalDate, Double> function = new HashMap<>();
    r.weeks().forEach(w -> w.function().rated().forEach(f -> function.put(f.date(), f.mean())));
    for (DayFigures d : r.days()) {
      if (!d.counted()) {
        continue;
      }
      out.print(String.join(",", d.date().toString(), "" + d.sessions(),
          d.decision().isPresent() ? "" + d.prescribedSessions() : "",
          "" + d.reps(), Summary.minutes(d.seconds()), value(d.peakPain()), value(d.morningPain()),
          d.nextDay().id(), d.decision().map(x -> x.id()).orElse(""),
          function.containsKey(d.date()) ? Summary.one(function.get(d.date())) : "",
          notes(r, d)) + "\r\n");
    }
    out.flush();
  }

  /** The day's notes, each "08:05, session: text", joined by "; ", as one escaped cell. */
  private static String notes(WeeklyReport r, DayFigures d) {
    return Printable.csv(r.notes().stream().filter(n -> n.date().equals(d.date()))
        .map(Summary::noteOfTheDay).collect(Collectors.joining("; ")));
  }

  private static String value(OptionalInt v) {
    return v.isPresent() ? "" + v.getAsInt() : "";
  }
}
