package dev.backcare.report;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;

/**
 * The days of a week across a chart, one column each between {@code left} and {@code right}; the
 * pain and sessions charts share it so that their days line up.
 */
record DayAxis(List<DayFigures> days, double left, double right) {
  static final int WIDTH = 490;
  static final double LEFT = 34;
  static final double RIGHT = 424;

  static DayAxis of(WeekFigures w) {
    return new DayAxis(w.days(), LEFT, RIGHT);
  }

  double column() {
    return (right - left) / days.size();
  }

  /** The middle of day {@code i}'s column. */
  double x(int i) {
    return left + column() * (i + 0.5);
  }

  /** Each day's name and date under the chart, at {@code y}; days still to come are greyed. */
  void labels(Svg s, double y) {
    for (int i = 0; i < days.size(); i++) {
      DayFigures d = days.get(i);
      s.text(d.counted() ? "day" : "day future", x(i), y, "middle", shortDay(d.date()));
    }
  }

  /** Ticks and grid lines from 0 to {@code max} every {@code step}, at {@code y} of each. */
  void grid(Svg s, int max, int step, IntToDoubleFunction y, String data) {
    for (int v = 0; v <= max; v += step) {
      s.line("grid", left, y.applyAsDouble(v), right, y.applyAsDouble(v), data, v);
      s.text("tick", left - 6, y.applyAsDouble(v) + 4, "end", "" + v);
    }
  }

  /** "Mon 2". */
  static String shortDay(LocalDate d) {
    return d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
        + d.getDayOfMonth();
  }

  /** "Mon 2 Nov – Sun 8 Nov", the days a chart covers. */
  static String range(WeekFigures w) {
    return Summary.day(w.start()) + " \u2013 " + Summary.day(w.end());
  }
}
