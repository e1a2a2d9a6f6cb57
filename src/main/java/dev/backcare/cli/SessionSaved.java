package dev.backcare.cli;

import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.History;
import dev.backcare.domain.StopSign;
import dev.backcare.rules.Coach;
import dev.backcare.rules.Decision;
import dev.backcare.rules.Recommendation;
import dev.backcare.rules.TodayText;
import dev.backcare.text.Wrap;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@code log session} and the interactive {@code log} say once a session is safely saved:
 * what it was, and what comes next by the rules.
 */
final class SessionSaved {
  private final Context context;
  private final PrintWriter out;

  SessionSaved(Context context) {
    this.context = context;
    this.out = context.out();
  }

  void print(Session s) {
    int ceiling = context.library().thresholds().painCeiling();
    int n = s.exercises().size();
    out.println("Saved session " + s.id() + ": " + n + (n == 1 ? " exercise" : " exercises")
        + ", worst pain during " + s.during() + ".");
    if (s.during() > ceiling) {
      out.println("Pain went above " + ceiling + " (the ceiling), so your next session"
          + " will be lighter.");
    }
    for (StopSign sign : s.stopSigns()) {
      out.println("Stop sign: " + sign.description() + ".");
    }
    List<Symptom> open = context.history().openSymptoms();
    if (!open.isEmpty()) {
      if (s.stopSigns().isEmpty()) {
        Saving.warnIfStopped(context);
      }
      Wrap.print(out, "", Saving.stopAdvice(open), TodayText.WIDTH);
      return;
    }
    LocalDate today = context.now().toLocalDate();
    if (s.date().equals(today)) {
      laterToday(today);
      out.println("Tomorrow morning, before you train, log how your back feels:"
          + " backcare log pain N");
    } else if (s.date().plusDays(1).equals(today)
        && context.history().checkInsOn(today).isEmpty()) {
      out.println("This morning, before you train, log how your back feels: backcare log pain N");
    }
  }

  /**
   * How many more sessions the phase allows today, when it allows more than one a day; once the
   * day's sessions are done, that it is enough.
   */
  private void laterToday(LocalDate today) {
    Recommendation r = Coach.prescribe(context.library(), context.history(), today);
    int times = r.timesPerDay();
    int n = r.sessionsLoggedToday();
    if (r.decision() == Decision.REST) {
      return;
    }
    if (n >= times) {
      out.println("That was session " + n + " of up to " + times + " today: that is enough for"
          + " today; rest now.");
    } else if (times > 1) {
      out.println("Up to " + (times - n) + (times - n == 1 ? " more session" : " more sessions")
          + " today; for the doses, run: backcare today");
    }
  }
}
