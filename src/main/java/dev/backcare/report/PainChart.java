package dev.backcare.report;

import dev.backcare.report.DayFigures.NextDay;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.IntToDoubleFunction;

/**
 * A week's pain on the 0–10 scale: each morning's check-in (a hollow square, left in the day's
 * column, as it comes first) and the highest pain during the day's sessions (a dot, or a triangle
 * in the warning colour above the ceiling), the ceiling as a dashed line, and under each training
 * day how the next morning compared.
 */
final class PainChart {
  private static final double TOP = 14;
  private static final double UNIT = 16;
  private static final double BOTTOM = TOP + 10 * UNIT;
  private static final double OFFSET = 9;

  private PainChart() {}

  /** Some pain was logged this week. */
  static boolean shows(WeekFigures w) {
    return w.days().stream().anyMatch(d -> d.trainingDay() || d.morningPain().isPresent());
  }

  static double y(int pain) {
    return BOTTOM - pain * UNIT;
  }

  static String draw(String id, WeekFigures w, int ceiling) {
    DayAxis axis = DayAxis.of(w);
    Svg s = new Svg(id, "pain", DayAxis.WIDTH, (int) BOTTOM + 44,
        "Pain, " + DayAxis.range(w) + ": morning check-ins and the highest pain during each"
            + " day's sessions, against the ceiling of " + ceiling,
        desc(w, ceiling));
    axis.grid(s, 10, 2, PainChart::y, "data-pain");
    s.line("ceiling", axis.left(), y(ceiling), axis.right(), y(ceiling), "data-pain", ceiling);
    s.text("ceiling-label", axis.right() + 4, y(ceiling) + 4, "start", "ceiling " + ceiling);
    series(s, "series morning", axis, -OFFSET, DayFigures::morningPain, PainChart::y);
    series(s, "series during", axis, OFFSET, DayFigures::peakPain, PainChart::y);
    for (int i = 0; i < w.days().size(); i++) {
      day(s, w.days().get(i), axis.x(i), ceiling);
    }
    axis.labels(s, BOTTOM + 18);
    return s.close();
  }

  private static void day(Svg s, DayFigures d, double x, int ceiling) {
    String date = Summary.day(d.date());
    if (d.morningPain().isPresent()) {
      int p = d.morningPain().getAsInt();
      s.rect("mark morning", date + ": morning pain " + p, x - OFFSET - 4, y(p) - 4, 8, 8,
          "data-pain", p);
      s.text("value", x - OFFSET - 7, y(p) + 4, "end", "" + p);
    }
    if (d.peakPain().isPresent()) {
      int p = d.peakPain().getAsInt();
      double cx = x + OFFSET;
      String tip = date + ": highest pain during " + sessions(d) + " " + p
          + (p > ceiling ? ", above the ceiling" : "");
      if (p > ceiling) {
        s.el("path", "mark during above", tip, "d", "M" + point(cx, y(p) - 7) + "L"
            + point(cx + 7, y(p) + 5) + "L" + point(cx - 7, y(p) + 5) + "Z", "data-pain", p);
      } else {
        s.el("circle", "mark during", tip, "cx", cx, "cy", y(p), "r", 4.5, "data-pain", p);
      }
      s.text(p > ceiling ? "value above" : "value", cx + 8, y(p) + 4, "start", "" + p);
    }
    if (d.nextDay() != NextDay.NONE) {
      s.text("next " + d.nextDay().id(), date + ": " + verdict(d.nextDay()), x, BOTTOM + 38,
          "middle", TextReport.nextCell(d.nextDay()));
    }
  }

  private static String desc(WeekFigures w, int ceiling) {
    List<String> parts = new ArrayList<>();
    for (DayFigures d : w.days()) {
      List<String> day = new ArrayList<>();
      d.morningPain().ifPresent(p -> day.add("morning " + p));
      d.peakPain().ifPresent(p -> day.add("highest during " + sessions(d) + " " + p
          + (p > ceiling ? " (above the ceiling)" : "")));
      if (d.nextDay() != NextDay.NONE) {
        day.add(verdict(d.nextDay()));
      }
      if (!day.isEmpty()) {
        parts.add(Summary.day(d.date()) + ": " + String.join(", ", day));
      }
    }
    return String.join(". ", parts) + ".";
  }

  private static String sessions(DayFigures d) {
    return d.sessions() == 1 ? "the session" : d.sessions() + " sessions";
  }

  static String verdict(NextDay n) {
    return switch (n) {
      case NONE -> "";
      case BETTER -> "the next morning was better than before the session";
      case SAME -> "the next morning was the same as before the session";
      case WORSE -> "the next morning was worse than before the session";
      case PENDING -> "the next morning is still to come";
      case MISSING -> "the next morning was not logged";
    };
  }

  /** Lines joining the values of days next to each other; a day without one breaks the line. */
  static void series(Svg s, String cls, DayAxis axis, double offset,
      Function<DayFigures, OptionalInt> value, IntToDoubleFunction y) {
    List<String> points = new ArrayList<>();
    for (int i = 0; i <= axis.days().size(); i++) {
      OptionalInt v = i < axis.days().size() ? value.apply(axis.days().get(i))
          : OptionalInt.empty();
      if (v.isPresent()) {
        points.add(point(axis.x(i) + offset, y.applyAsDouble(v.getAsInt())));
        continue;
      }
      if (points.size() > 1) {
        s.el("polyline", cls, null, "points", String.join(" ", points));
      }
      points.clear();
    }
  }

  private static String point(double x, double y) {
    return Svg.num(x) + "," + Svg.num(y);
  }
}
