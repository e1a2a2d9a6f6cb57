package dev.backcare.report;

import dev.backcare.report.Insights.Row;
import dev.backcare.text.Printable;
import dev.backcare.text.Wrap;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.util.Locale;

/**
 * The insights in words: for {@code backcare insights}, and as the last section of the text,
 * Markdown and HTML reports. Every format says what is counted, what it cannot show, and the
 * counts, before the rows.
 */
public final class InsightsText {
  /** The section's heading. */
  public static final String HEADING = "Which days came before worse mornings";

  private InsightsText() {}

  /** The heading with its period: "... : Mon 2 Mar to Sun 29 Mar 2026". */
  public static String title(Insights i) {
    return HEADING + ": " + Summary.range(new Period(i.from(), i.to(), DayOfWeek.MONDAY));
  }

  /** The section as text, wrapped to {@code width}; the heading is the caller's. */
  public static void render(Insights i, PrintWriter out, int width) {
    for (String line : new String[] {Insights.QUESTION, Insights.CAUTION, i.counts()}) {
      Wrap.print(out, "  ", line, width);
    }
    if (!i.rows().isEmpty()) {
      out.println();
    }
    for (Row r : i.rows()) {
      Wrap.print(out, "  ", r.label(), width);
      Wrap.print(out, "    ", sentence(r.verdict()), width);
    }
  }

  /** The section as Markdown: the three lines, then a table with the counts. */
  public static void markdown(Insights i, PrintWriter out) {
    out.println(Insights.QUESTION + " " + Insights.CAUTION + " " + i.counts());
    if (i.rows().isEmpty()) {
      return;
    }
    out.println();
    out.println("| | Worse with | Worse without | What it shows |");
    out.println("| --- | ---: | ---: | --- |");
    for (Row r : i.rows()) {
      out.println("| " + Printable.markdown(r.label()) + " | " + cell(r.with()) + " | "
          + cell(r.without()) + " | " + Printable.markdown(r.verdict()) + " |");
    }
  }

  /** The section as HTML: the three lines, then a table with the counts. */
  public static void html(Insights i, PrintWriter out) {
    out.println("<section class=\"insights\" aria-labelledby=\"insights\">");
    out.println("<h2 id=\"insights\">" + Svg.esc(HEADING) + "</h2>");
    for (String line : new String[] {Insights.QUESTION, Insights.CAUTION, i.counts()}) {
      out.println("<p>" + Svg.esc(line) + "</p>");
    }
    if (!i.rows().isEmpty()) {
      out.println("<table>");
      out.println("<thead><tr><th scope=\"col\"></th><th scope=\"col\">Worse with</th>"
          + "<th scope=\"col\">Worse without</th><th scope=\"col\">What it shows</th></tr>"
          + "</thead>");
      out.println("<tbody>");
      for (Row r : i.rows()) {
        out.println("<tr><th scope=\"row\">" + Svg.esc(r.label()) + "</th><td>"
            + Svg.esc(cell(r.with())) + "</td><td>" + Svg.esc(cell(r.without())) + "</td><td>"
            + Svg.esc(r.verdict()) + "</td></tr>");
      }
      out.println("</tbody>");
      out.println("</table>");
    }
    out.println("</section>");
  }

  /** "4 of 7": worse mornings of the days counted. */
  static String cell(Insights.Tally t) {
    return t.worse() + " of " + t.days();
  }

  private static String sentence(String verdict) {
    return verdict.substring(0, 1).toUpperCase(Locale.ROOT) + verdict.substring(1) + ".";
  }
}
