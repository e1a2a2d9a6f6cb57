package dev.backcare.report;

import dev.backcare.report.DayFigures.NextDay;
import dev.backcare.rules.Decision;
import dev.backcare.text.Words;
import dev.backcare.text.Wrap;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * The report for a terminal: the whole period as a sparkline, then per week a grid of the days
 * (peak pain as a two-row sparkline split at the pain ceiling, morning pain, sessions, next
 * morning) and the figures. Wrapped to the width it is given; narrower than the grid's 59
 * columns, the grid's labels are shortened to fit 50.
 */
public final class TextReport {
  /** The width of a report written to a file. */
  public static final int WIDTH = 80;
  private static final String BLOCKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
  private static final int WIDE_LABEL = 24;
  private static final int NARROW_LABEL = 14;
  private static final int CELL = 5;

  private final PrintWriter out;
  private final boolean color;
  private final int width;
  private final boolean narrow;

  public TextReport(PrintWriter out, boolean color) {
    this(out, color, WIDTH);
  }

  /** A report {@code width} columns wide. */
  public TextReport(PrintWriter out, boolean color, int width) {
    this.out = out;
    this.color = color;
    this.width = width;
    this.narrow = width < WIDE_LABEL + 7 * CELL;
  }

  public void render(WeeklyReport r) {
    out.println(paint("1", "backcare report: " + Summary.range(r.period())));
    Wrap.print(out, "", (r.planStart().isPresent()
        ? "Plan began " + Words.shortDate(r.planStart().get()) + ". " : "No plan started. ")
        + "Pain ceiling " + r.painCeiling() + " of 10.", width);
    Wrap.print(out, "", "Volume is sets x reps, or minutes.", width);
    Wrap.print(out, "", "Next morning: \u2193 better, = same, \u2191 worse than before; ? not"
        + " logged; \u2026 to come.", width);
    if (Sparkline.shows(r)) {
      out.println();
      Sparkline.lines(r, width, color).forEach(out::println);
    }
    for (WeekFigures w : r.weeks()) {
      out.println();
      week(w, r);
    }
    out.println();
    out.println(paint("1", InsightsText.HEADING));
    InsightsText.render(r.insights(), out, width);
  }

  private void week(WeekFigures w, WeeklyReport r) {
    out.println(paint("1", heading(w, r.period().weekStart())));
    if (!w.hasData()) {
      out.println("  Nothing logged this week.");
      return;
    }
    grid(w, r.painCeiling());
    out.println();
    for (Summary.Line line : Summary.of(w, r)) {
      String code = switch (line.tone()) {
        case GOOD -> "32";
        case WARN -> "33";
        case PLAIN -> null;
      };
      labelled(line.label(), String.join("; ", line.parts()), code);
    }
    String label = "Notes";
    for (Note n : r.notes(w)) {
      labelled(label, Summary.note(n), null);
      label = "";
    }
  }

  /** A label, then {@code text} wrapped beside it (which escapes it: it may quote the journal). */
  private void labelled(String label, String text, String code) {
    String prefix = "  " + Words.padded(label, 15) + " ";
    for (String line : Wrap.lines(text, Math.max(20, width - prefix.length()))) {
      out.println(prefix + (code == null ? line : paint(code, line)));
      prefix = " ".repeat(prefix.length());
    }
  }

  static String heading(WeekFigures w, DayOfWeek weekStart) {
    String range = Words.shortDay(w.start())
        + (w.start().getMonth() == w.end().getMonth() ? "" : " " + Words.shortMonth(w.start()))
        + " \u2013 " + Words.shortDate(w.end());
    String iso = weekStart == DayOfWeek.MONDAY && w.days().size() == 7
        ? w.start().get(IsoFields.WEEK_BASED_YEAR) + "-W"
            + Words.twoDigits(w.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
            + ": " : "";
    String partial = w.countedDays() < w.days().size() && w.countedDays() > 0 ? " (so far)" : "";
    return iso + range + partial;
  }

  private void grid(WeekFigures w, int ceiling) {
    int label = narrow ? NARROW_LABEL : WIDE_LABEL;
    StringBuilder head = new StringBuilder(Words.padded("", label));
    StringBuilder above = new StringBuilder(Words.padded(
        (narrow ? "  Pain above " : "  Pain during  above ") + ceiling, label));
    StringBuilder below = new StringBuilder(Words.padded(
        (narrow ? "       up to " : "               up to ") + ceiling, label));
    StringBuilder morning = new StringBuilder(Words.padded("  Morning pain", label));
    StringBuilder sessions = new StringBuilder(Words.padded("  Sessions", label));
    StringBuilder next = new StringBuilder(Words.padded("  Next morning", label));
    for (DayFigures d : w.days()) {
      head.append(cell(Words.shortName(d.date().getDayOfWeek())));
      if (!d.counted()) {
        for (StringBuilder b : new StringBuilder[] {above, below, morning, sessions, next}) {
          b.append(cell(""));
        }
        continue;
      }
      int peak = d.peakPain().orElse(-1);
      above.append(peak > ceiling ? colored("31", cell(block(peak - ceiling, 10 - ceiling)))
          : cell(""));
      below.append(peak < 0 ? cell("\u00b7") : cell(block(Math.min(peak, ceiling), ceiling)));
      morning.append(cell(d.morningPain().isPresent() ? "" + d.morningPain().getAsInt() : ""));
      String s = sessionsCell(d);
      sessions.append(s.startsWith("stop") || s.endsWith("!") ? colored("31", cell(s)) : cell(s));
      String n = nextCell(d.nextDay());
      next.append(d.nextDay() == NextDay.WORSE ? colored("31", cell(n)) : cell(n));
    }
    for (StringBuilder b : new StringBuilder[] {head, above, below, morning, sessions, next}) {
      out.println(b.toString().stripTrailing());
    }
  }

  static String sessionsCell(DayFigures d) {
    int n = d.sessions();
    if (d.decision().isEmpty()) {
      return n == 0 ? "-" : "" + n;
    }
    Decision decision = d.decision().get();
    if (!d.prescribed()) {
      String word = decision == Decision.STOP ? "stop" : "rest";
      return n == 0 ? word : n + "!";
    }
    return n > d.prescribedSessions() ? n + "!" : "" + n;
  }

  static String nextCell(NextDay n) {
    return switch (n) {
      case NONE -> "";
      case BETTER -> "\u2193";
      case SAME -> "=";
      case WORSE -> "\u2191";
      case PENDING -> "\u2026";
      case MISSING -> "?";
    };
  }

  /** One of eight block heights for {@code value} out of {@code max}; 0 is the lowest block. */
  static String block(int value, int max) {
    int i = max <= 0 ? 7 : Math.round(7f * value / max);
    return String.valueOf(BLOCKS.charAt(Math.max(0, Math.min(7, i))));
  }

  private static String cell(String s) {
    return " ".repeat(Math.max(0, CELL - s.length())) + s;
  }

  private String colored(String code, String padded) {
    if (!color) {
      return padded;
    }
    String text = padded.stripLeading();
    return padded.substring(0, padded.length() - text.length()) + paint(code, text);
  }

  private String paint(String code, String text) {
    return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
