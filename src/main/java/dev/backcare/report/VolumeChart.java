package dev.backcare.report;

import dev.backcare.report.WeekFigures.Volume;
import java.util.ArrayList;
import java.util.List;

/**
 * A week's volume per exercise against the same days the week before, as pairs of bars: the week
 * before thin and light, this week thick (in the warning colour when it rose by more than the
 * weekly cap). Repetitions and minutes are never on one scale: each has a chart of its own.
 */
final class VolumeChart {
  private static final int WIDTH = DayAxis.WIDTH;
  private static final double LEFT = 132;
  private static final double RIGHT = WIDTH - 104;
  private static final double ROW = 34;

  private VolumeChart() {}

  /** This week's exercises measured in time ({@code timed}) or in repetitions. */
  static List<Volume> of(WeekFigures w, boolean timed) {
    return w.volumes().stream().filter(v -> v.timed() == timed).toList();
  }

  static String draw(String id, WeekFigures w, boolean timed, int cap) {
    List<Volume> rows = of(w, timed);
    String unit = timed ? "minutes" : "repetitions (sets \u00d7 reps)";
    int max = 1;
    for (Volume v : rows) {
      max = Math.max(max, Math.max(v.amount(), v.previous()));
    }
    double scale = (RIGHT - LEFT) / max;
    Svg s = new Svg(id, "volume", WIDTH, (int) (rows.size() * ROW + 8),
        "Volume in " + unit + ", " + DayAxis.range(w) + ", against the same days the week before",
        desc(rows, timed, cap));
    s.line("axis", LEFT, 4, LEFT, rows.size() * ROW + 4);
    for (int i = 0; i < rows.size(); i++) {
      Volume v = rows.get(i);
      double top = 6 + i * ROW;
      s.text("exercise", LEFT - 8, top + 17, "end", v.exercise());
      s.rect("before", "The week before: " + amount(v.previous(), timed), LEFT, top,
          v.previous() * scale, 9, "data-volume", v.previous());
      s.text("value", LEFT + v.previous() * scale + 5, top + 8, "start",
          amount(v.previous(), timed));
      s.rect(v.aboveCap() ? "now above" : "now", "This week: " + now(v, timed, cap), LEFT,
          top + 12, v.amount() * scale, 14, "data-volume", v.amount());
      s.text(v.aboveCap() ? "value above" : "value", LEFT + v.amount() * scale + 5, top + 24,
          "start", amount(v.amount(), timed) + " (" + Summary.change(v) + ")");
    }
    return s.close();
  }

  private static String desc(List<Volume> rows, boolean timed, int cap) {
    List<String> parts = new ArrayList<>();
    for (Volume v : rows) {
      parts.add(v.exercise() + ": " + now(v, timed, cap) + ", the week before "
          + amount(v.previous(), timed));
    }
    return String.join(". ", parts) + ".";
  }

  private static String now(Volume v, boolean timed, int cap) {
    return amount(v.amount(), timed) + " (" + Summary.change(v) + ")"
        + (v.aboveCap() ? ", more than the " + cap + "% rule allows" : "");
  }

  private static String amount(int n, boolean timed) {
    return timed ? Summary.minutes(n) + " min" : "" + n;
  }
}
