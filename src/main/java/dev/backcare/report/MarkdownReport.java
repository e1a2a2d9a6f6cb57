package dev.backcare.report;

import dev.backcare.text.Printable;
import java.io.PrintWriter;
import java.time.format.TextStyle;
import java.util.Locale;

/** The text report as Markdown, to paste into a message: a table of the days, then the figures. */
public final class MarkdownReport {
  private MarkdownReport() {}

  public static void render(WeeklyReport r, PrintWriter out) {
    out.println("# backcare report: " + Summary.range(r.period()));
    out.println();
    out.println(r.planStart().map(s -> "Plan began " + Summary.day(s) + " " + s.getYear() + ". ")
        .orElse("No plan started. ") + "Pain ceiling " + r.painCeiling()
        + " of 10. Volume is sets x reps, or minutes.");
    if (Sparkline.shows(r)) {
      out.println();
      out.println("```text");
      Sparkline.lines(r, TextReport.WIDTH, false).forEach(out::println);
      out.println("```");
    }
    for (WeekFigures w : r.weeks()) {
      out.println();
      out.println("## " + TextReport.heading(w, r.period().weekStart()));
      out.println();
      if (!w.hasData()) {
        out.println("Nothing logged this week.");
        continue;
      }
      table(w, r.painCeiling(), out);
      out.println();
      for (Summary.Line line : Summary.of(w, r)) {
        out.println("- **" + line.label() + "**: "
            + Printable.markdown(String.join("; ", line.parts())));
      }
      if (!r.notes(w).isEmpty()) {
        out.println("- **Notes**:");
        for (Note n : r.notes(w)) {
          out.println("  - " + Printable.markdown(Summary.note(n)));
        }
      }
    }
    out.println();
    out.println("## " + InsightsText.HEADING);
    out.println();
    InsightsText.markdown(r.insights(), out);
  }

  private static void table(WeekFigures w, int ceiling, PrintWriter out) {
    StringBuilder head = new StringBuilder("| |");
    StringBuilder rule = new StringBuilder("| --- |");
    StringBuilder pain = new StringBuilder("| Peak pain during |");
    StringBuilder morning = new StringBuilder("| Morning pain |");
    StringBuilder sessions = new StringBuilder("| Sessions |");
    StringBuilder next = new StringBuilder("| Next morning |");
    for (DayFigures d : w.days()) {
      head.append(' ').append(d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT,
          Locale.ENGLISH)).append(' ').append(d.date().getDayOfMonth()).append(" |");
      rule.append(" ---: |");
      if (!d.counted()) {
        for (StringBuilder b : new StringBuilder[] {pain, morning, sessions, next}) {
          b.append(" |");
        }
        continue;
      }
      int peak = d.peakPain().orElse(-1);
      pain.append(' ').append(peak < 0 ? "" : peak > ceiling ? "**" + peak + "**" : "" + peak)
          .append(" |");
      morning.append(' ').append(d.morningPain().isPresent() ? "" + d.morningPain().getAsInt()
          : "").append(" |");
      sessions.append(' ').append(TextReport.sessionsCell(d)).append(" |");
      next.append(' ').append(d.nextDay().id().replace('-', ' ')).append(" |");
    }
    for (StringBuilder b : new StringBuilder[] {head, rule, pain, morning, sessions, next}) {
      out.println(b);
    }
    out.println();
    out.println("Peak pain above the ceiling of " + ceiling + " is in bold.");
  }
}
