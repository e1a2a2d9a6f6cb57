package dev.backcare.report;

import static dev.backcare.report.Svg.esc;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The report as one self-contained HTML page, for the person and their physiotherapist: no
 * script, no link, no font or image to fetch. First a chart of the whole period; then per week
 * the figures and inline SVG charts of pain, sessions and volume. Readable on a phone, printable, and XML-well-formed.
 */
public final class HtmlReport {
  private static final String XMLNS = "xmlns=\"http://www.w3.org/2000/svg\"";

  private HtmlReport() {}

  public static void render(WeeklyReport r, PrintWriter out) {
    String period = Summary.range(r.period());
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"en\">");
    out.println("<head>");
    out.println("<meta charset=\"utf-8\"/>");
    out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>");
    out.println("<title>" + esc("backcare report: " + period) + "</title>");
    out.println("<style>" + HtmlStyle.CSS + "</style>");
    out.println("</head>");
    out.println("<body>");
    out.println("<main>");
    out.println("<header>");
    out.println("<h1>backcare report</h1>");
    out.println("<p class=\"period\">" + esc(period) + "</p>");
    out.println("<dl class=\"facts\">");
    if (r.planStart().isPresent()) {
      fact(out, "Plan began", date(r.planStart().get()));
    } else {
      fact(out, "Plan", "not started");
    }
    fact(out, "Pain ceiling", r.painCeiling() + " of 10");
    fact(out, "As of", date(r.today()));
    fact(out, "Volume", "sets \u00d7 reps, or minutes");
    out.println("</dl>");
    out.println("</header>");
    if (Sparkline.shows(r)) {
      whole(r, out);
    }
    for (WeekFigures w : r.weeks()) {
      week(w, r, out);
    }
    InsightsText.html(r.insights(), out);
    out.println("</main>");
    out.println("</body>");
    out.println("</html>");
    out.flush();
  }

  private static void week(WeekFigures w, WeeklyReport r, PrintWriter out) {
    String id = "w" + w.start();
    out.println("<section class=\"week\" aria-labelledby=\"" + id + "\">");
    out.println("<h2 id=\"" + id + "\">" + esc(TextReport.heading(w, r.period().weekStart()))
        + "</h2>");
    if (!w.hasData()) {
      out.println("<p class=\"nothing\">Nothing logged this week.</p>");
      out.println("</section>");
      return;
    }
    out.println("<dl class=\"summary\">");
    for (Summary.Line line : Summary.of(w, r)) {
      String tone = line.tone().name().toLowerCase(Locale.ROOT);
      String sign = switch (line.tone()) {
        case GOOD -> "<span aria-hidden=\"true\">\u2713 </span>";
        case WARN -> "<span aria-hidden=\"true\">\u26a0 </span>";
        case PLAIN -> "";
      };
      out.println("<div class=\"" + tone + "\"><dt>" + sign + esc(line.label()) + "</dt><dd>"
          + esc(String.join("; ", line.parts())) + "</dd></div>");
    }
    if (!r.notes(w).isEmpty()) {
      out.println("<div class=\"plain\"><dt>Notes</dt><dd><ul class=\"notes\">");
      for (Note n : r.notes(w)) {
        out.println("<li>" + esc(Summary.note(n)) + "</li>");
      }
      out.println("</ul></dd></div>");
    }
    out.println("</dl>");
    out.println("<div class=\"charts\">");
    if (PainChart.shows(w)) {
      figure(out, "Pain", PainChart.draw(id + "-pain", w, r.painCeiling()),
          key("<rect class=\"morning\" x=\"4\" y=\"4\" width=\"8\" height=\"8\"/>")
              + " morning check-in",
          key("<circle class=\"during\" cx=\"8\" cy=\"8\" r=\"4.5\"/>")
              + " highest during the day\u2019s sessions",
          key("<path class=\"above\" d=\"M8,1L15,13L1,13Z\"/>") + " above the ceiling",
          key("<line class=\"ceiling\" x1=\"0\" y1=\"8\" x2=\"16\" y2=\"8\"/>") + " ceiling "
              + r.painCeiling(),
          "next morning: <b class=\"better\">\u2193</b> better, <b>=</b> same, "
              + "<b class=\"worse\">\u2191</b> worse than before the session, <b>?</b> not logged,"
              + " <b>\u2026</b> to come");
    }
    if (AdherenceChart.shows(w)) {
      figure(out, "Sessions", AdherenceChart.draw(id + "-sessions", w),
          key("<rect class=\"prescribed\" x=\"3\" y=\"1\" width=\"10\" height=\"14\"/>")
              + " most allowed",
          key("<rect class=\"done\" x=\"3\" y=\"1\" width=\"10\" height=\"14\"/>") + " done",
          key("<rect class=\"done off-plan\" x=\"3\" y=\"1\" width=\"10\" height=\"14\"/>")
              + " done on a rest or stop day (!)");
    }
    for (boolean timed : new boolean[] {false, true}) {
      if (!VolumeChart.of(w, timed).isEmpty()) {
        figure(out, timed ? "Volume in minutes" : "Volume in repetitions",
            VolumeChart.draw(id + (timed ? "-minutes" : "-reps"), w, timed,
                r.weeklyCapPercent()),
            key("<rect class=\"before\" x=\"1\" y=\"5\" width=\"14\" height=\"6\"/>")
                + " the same days the week before",
            key("<rect class=\"now\" x=\"1\" y=\"3\" width=\"14\" height=\"10\"/>") + " this week",
            key("<rect class=\"now above\" x=\"1\" y=\"3\" width=\"14\" height=\"10\"/>")
                + " up by more than " + r.weeklyCapPercent() + "%");
      }
    }
    out.println("</div>");
    out.println("</section>");
  }

  /** The chart of the whole period, above the weeks. */
  private static void whole(WeeklyReport r, PrintWriter out) {
    out.println("<section class=\"whole\" aria-labelledby=\"whole\">");
    out.println("<h2 id=\"whole\">The whole period</h2>");
    figure(out, "Pain each day and sessions each week", PeriodChart.draw("whole-chart", r),
        key("<rect class=\"morning\" x=\"4\" y=\"4\" width=\"8\" height=\"8\"/>")
            + " morning check-in",
        key("<circle class=\"during\" cx=\"8\" cy=\"8\" r=\"4.5\"/>")
            + " worst during the day\u2019s sessions",
        key("<path class=\"above\" d=\"M8,1L15,13L1,13Z\"/>") + " above the ceiling",
        key("<line class=\"ceiling\" x1=\"0\" y1=\"8\" x2=\"16\" y2=\"8\"/>") + " ceiling "
            + r.painCeiling(),
        key("<rect class=\"week-bar\" x=\"1\" y=\"3\" width=\"14\" height=\"12\"/>")
            + " sessions in the week");
    out.println("</section>");
  }

  /** A chart with its heading and legend; legend entries are trusted markup. */
  private static void figure(PrintWriter out, String heading, String svg, String... legend) {
    out.println("<figure>");
    out.println("<figcaption><h3>" + esc(heading) + "</h3><ul class=\"legend\">");
    for (String entry : legend) {
      out.println("<li>" + entry + "</li>");
    }
    out.println("</ul></figcaption>");
    out.print(svg);
    out.println("</figure>");
  }

  /** A legend's sample of a chart's mark, hidden from screen readers: the words say it. */
  private static String key(String shape) {
    return "<svg " + XMLNS + " class=\"key\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\""
        + " aria-hidden=\"true\">" + shape + "</svg>";
  }

  private static void fact(PrintWriter out, String label, String value) {
    out.println("<div><dt>" + esc(label) + "</dt><dd>" + esc(value) + "</dd></div>");
  }

  private static String date(LocalDate d) {
    return Summary.day(d) + " " + d.getYear();
  }
}
