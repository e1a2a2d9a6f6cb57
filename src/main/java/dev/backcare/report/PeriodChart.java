package dev.backcare.report;

import dev.backcare.text.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole period in one chart, above the weekly detail: on top, each day's morning pain (a
 * hollow square on a dotted line) and the worst pain during its sessions (a dot on a solid line,
 * a triangle in the warning colour above the ceiling), the ceiling as a dashed line; below, the
 * sessions of each week as bars, on the same days. Every label stays inside the chart's box.
 */
final class PeriodChart {
  static final int WIDTH = 960;
  private static final double LEFT = 44;
  private static final double RIGHT = WIDTH - 84;
  private static final double PAIN_TOP = 36;
  private static final double UNIT = 16;
  private static final double PAIN_BOTTOM = PAIN_TOP + 10 * UNIT;
  private static final double BARS_TITLE = PAIN_BOTTOM + 34;
  private static final double BARS_TOP = PAIN_BOTTOM + 60;
  private static final double BARS_HEIGHT = 72;
  private static final double BARS_BOTTOM = BARS_TOP + BARS_HEIGHT;
  private static final int HEIGHT = (int) BARS_BOTTOM + 34;
  /** The least room a week's date label needs, in units. */
  private static final double LABEL_ROOM = 56;
  /** The least room a week's number of sessions needs over its bar. */
  private static final double VALUE_ROOM = 26;

  private PeriodChart() {}

  static String draw(String id, WeeklyReport r) {
    List<DayFigures> days = r.days();
    int ceiling = r.painCeiling();
    DayAxis axis = new DayAxis(days, LEFT, RIGHT);
    double column = axis.column();
    Svg s = new Svg(id, "whole", WIDTH, HEIGHT, "The whole period, " + Summary.range(r.period())
        + ": morning pain and the worst pain during each day's sessions, against the ceiling of "
        + ceiling + ", and the sessions of each week", desc(r));
    s.text("axis-title", 0, 20, "start", "Pain, 0 to 10");
    axis.grid(s, 10, 2, PeriodChart::y, "data-pain");
    s.line("ceiling", LEFT, y(ceiling), RIGHT, y(ceiling), "data-pain", ceiling);
    s.text("ceiling-label", RIGHT + 6, y(ceiling) + 4, "start", "ceiling " + ceiling);
    PainChart.series(s, "series morning", axis, 0, DayFigures::morningPain, PeriodChart::y);
    PainChart.series(s, "series during", axis, 0, DayFigures::peakPain, PeriodChart::y);
    double mark = Math.max(2, Math.min(4.5, column * 0.35));
    for (int i = 0; i < days.size(); i++) {
      DayFigures d = days.get(i);
      double x = axis.x(i);
      String date = Summary.day(d.date());
      if (d.counted() && d.morningPain().isPresent()) {
        int p = d.morningPain().getAsInt();
        s.rect("mark morning", date + ": morning pain " + p, x - mark, y(p) - mark, 2 * mark,
            2 * mark, "data-pain", p);
      }
      if (d.counted() && d.peakPain().isPresent()) {
        int p = d.peakPain().getAsInt();
        String tip = date + ": worst pain during the day's sessions " + p
            + (p > ceiling ? ", above the ceiling" : "");
        if (p > ceiling) {
          double h = mark * 1.6;
          s.el("path", "mark during above", tip, "d", "M" + Svg.num(x) + "," + Svg.num(y(p) - h)
              + "L" + Svg.num(x + h) + "," + Svg.num(y(p) + h * 0.7) + "L" + Svg.num(x - h) + ","
              + Svg.num(y(p) + h * 0.7) + "Z", "data-pain", p);
        } else {
          s.el("circle", "mark during", tip, "cx", x, "cy", y(p), "r", mark, "data-pain", p);
        }
      }
    }
    bars(s, r, column);
    return s.close();
  }

  static double y(int pain) {
    return PAIN_BOTTOM - pain * UNIT;
  }

  /** Each week's sessions as a bar across its days, with the number above it. */
  private static void bars(Svg s, WeeklyReport r, double column) {
    s.text("axis-title", 0, BARS_TITLE, "start", "Sessions each week");
    int max = 1;
    for (WeekFigures w : r.weeks()) {
      max = Math.max(max, sessions(w));
    }
    s.line("axis", LEFT, BARS_BOTTOM, RIGHT, BARS_BOTTOM);
    // A date under every week, or every second, third... when the weeks are too narrow for one.
    int every = 1;
    while (every * 7 * column < LABEL_ROOM && every < r.weeks().size()) {
      every++;
    }
    int first = 0;
    for (int i = 0; i < r.weeks().size(); i++) {
      WeekFigures w = r.weeks().get(i);
      double left = LEFT + column * first;
      double width = column * w.days().size();
      first += w.days().size();
      if (i % every == 0) {
        s.text("day", Math.min(left + 2, RIGHT - LABEL_ROOM), BARS_BOTTOM + 18, "start",
            w.start().getDayOfMonth() + " " + Words.shortMonth(w.start()));
      }
      if (!w.hasData()) {
        continue;
      }
      int n = sessions(w);
      double h = BARS_HEIGHT * n / max;
      double gap = Math.min(4, width * 0.1);
      s.rect("week-bar", TextReport.heading(w, r.period().weekStart()) + ": "
          + Summary.count(n, "session"), left + gap, BARS_BOTTOM - h, width - 2 * gap, h,
          "data-sessions", n);
      // The number over its bar, where the bar is wide enough for it; the bar's tip says it.
      if (width >= VALUE_ROOM) {
        s.text("value", left + width / 2, BARS_BOTTOM - h - 4, "middle", "" + n);
      }
    }
  }

  private static int sessions(WeekFigures w) {
    return w.days().stream().mapToInt(DayFigures::sessions).sum();
  }

  private static String desc(WeeklyReport r) {
    List<String> parts = new ArrayList<>();
    for (WeekFigures w : r.weeks()) {
      if (!w.hasData()) {
        parts.add("week of " + Summary.day(w.start()) + ": nothing logged");
        continue;
      }
      String s = "week of " + Summary.day(w.start()) + ": " + Summary.count(sessions(w), "session");
      if (w.mornings().mean().isPresent()) {
        s += ", mean morning pain " + Summary.one(w.mornings().mean());
      }
      if (w.pain().max().isPresent()) {
        s += ", worst pain during " + w.pain().max().getAsInt();
      }
      parts.add(s);
    }
    return String.join(". ", parts) + ".";
  }
}
