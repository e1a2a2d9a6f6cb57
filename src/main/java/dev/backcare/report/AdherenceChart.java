package dev.backcare.report;

import dev.backcare.rules.Decision;
import java.util.ArrayList;
import java.util.List;

/**
 * A week's sessions, day by day: the most the rules allowed as an outlined bar, those done as a
 * filled one (in the warning colour on a rest or stop day), and under each day the same in words:
 * "2", "rest", "stop", "1!".
 */
final class AdherenceChart {
  private static final double TOP = 12;
  private static final double HEIGHT = 96;
  private static final double BOTTOM = TOP + HEIGHT;
  private static final double BAR = 24;

  private AdherenceChart() {}

  /** Sessions were done or prescribed this week. */
  static boolean shows(WeekFigures w) {
    return w.days().stream().anyMatch(d -> d.trainingDay() || d.prescribed());
  }

  static String draw(String id, WeekFigures w) {
    DayAxis axis = DayAxis.of(w);
    int max = 2;
    for (DayFigures d : w.days()) {
      max = Math.max(max, Math.max(d.sessions(), d.prescribedSessions()));
    }
    double unit = HEIGHT / max;
    Svg s = new Svg(id, "sessions", DayAxis.WIDTH, (int) BOTTOM + 44,
        "Sessions, " + DayAxis.range(w) + ": done against the most allowed, day by day", desc(w));
    axis.grid(s, max, max <= 6 ? 1 : 2, v -> BOTTOM - v * unit, "data-sessions");
    for (int i = 0; i < w.days().size(); i++) {
      DayFigures d = w.days().get(i);
      double x = axis.x(i) - BAR / 2;
      String date = Summary.day(d.date());
      boolean offPlan = d.decision().isPresent() && !d.prescribed() && d.trainingDay();
      if (d.trainingDay()) {
        s.rect(offPlan ? "done off-plan" : "done", date + ": " + Summary.count(d.sessions(), "session") + " done"
                + (offPlan ? " on a " + word(d) + " day" : ""), x, BOTTOM - d.sessions() * unit,
            BAR, d.sessions() * unit, "data-sessions", d.sessions());
      }
      if (d.prescribed()) {
        s.rect("prescribed", date + ": up to " + Summary.count(d.prescribedSessions(), "session")
            + " allowed", x,
            BOTTOM - d.prescribedSessions() * unit, BAR, d.prescribedSessions() * unit,
            "data-sessions", d.prescribedSessions());
      }
      if (d.counted()) {
        String cell = TextReport.sessionsCell(d);
        s.text(offPlan || cell.equals("stop") ? "cell warn" : "cell", axis.x(i), BOTTOM + 38,
            "middle", cell);
      }
    }
    axis.labels(s, BOTTOM + 18);
    return s.close();
  }

  private static String desc(WeekFigures w) {
    List<String> parts = new ArrayList<>();
    for (DayFigures d : w.days()) {
      if (!d.counted() || !(d.trainingDay() || d.decision().isPresent())) {
        continue;
      }
      String done = Summary.count(d.sessions(), "session") + " done";
      parts.add(Summary.day(d.date()) + ": " + (d.prescribed()
          ? done + ", up to " + d.prescribedSessions() + " allowed"
          : d.decision().isPresent() ? word(d) + " day, " + done : done));
    }
    return String.join(". ", parts) + ".";
  }

  private static String word(DayFigures d) {
    return d.decision().get() == Decision.STOP ? "stop" : "rest";
  }
}
