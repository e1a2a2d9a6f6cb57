package dev.backcare.rules;

import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Phase;
import dev.backcare.domain.Range;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code progress} rule: a dose goes up one step once it has been kept the configured number
 * of days, every session since stayed within the rules, and (from the building phase on) the week's
 * volume stays within the weekly cap.
 */
final class Progression {
  private Progression() {}

  record Result(List<Prescription> exercises, List<Reason> reasons, boolean progressed) {}

  static Result apply(Facts f, Phase phase, List<Doses.Current> doses, List<Session> stint) {
    List<Prescription> out = new ArrayList<>();
    List<String> up = new ArrayList<>();
    List<String> capped = new ArrayList<>();
    LocalDate soonest = null;
    int atTarget = 0;
    for (Doses.Current c : doses) {
      Prescription p = c.prescription();
      Range range = Doses.range(f.library, phase, c.exercise());
      if (c.since().isEmpty() || p.amount() >= range.target()) {
        atTarget += c.since().isPresent() ? 1 : 0;
        out.add(p);
        continue;
      }
      LocalDate since = c.since().get();
      LocalDate due = since.plusDays(f.t.daysBetweenProgressions());
      if (f.today.isBefore(due) || !keptWithinRules(f, c, since)) {
        soonest = soonest == null || due.isBefore(soonest) ? due : soonest;
        out.add(p);
        continue;
      }
      int next = Math.min(range.target(), p.amount() + Doses.step(f.t, c.exercise()));
      String capReason = phase == Phase.INITIAL ? null
          : overCap(f, p, next, stint.get(0).date(),
              Doses.start(f.library, phase, c.exercise()));
      if (capReason != null) {
        capped.add(c.exercise().id() + " " + capReason);
        out.add(p);
        continue;
      }
      out.add(p.withAmount(next, p.restSeconds()));
      up.add(c.exercise().id());
    }
    List<Reason> reasons = new ArrayList<>();
    if (!up.isEmpty()) {
      reasons.add(new Reason(Rule.PROGRESS, "one step up for " + String.join(", ", up) + ": "
          + f.t.daysBetweenProgressions() + " days or more at the same dose, all within the rules")
          .because(new Reason.Threshold("daysBetweenProgressions",
              f.t.daysBetweenProgressions())));
    }
    if (!capped.isEmpty()) {
      reasons.add(new Reason(Rule.PROGRESS, "held by the " + f.t.weeklyVolumeCapPercent()
          + " % weekly limit on volume: " + String.join("; ", capped))
          .because(new Reason.Threshold("weeklyVolumeCapPercent", f.t.weeklyVolumeCapPercent())));
    }
    if (up.isEmpty() && capped.isEmpty()) {
      String why = soonest != null
          ? "the next step up can come on " + soonest
              + " if every session until then stays within the rules"
          : atTarget == doses.size()
              ? "every dose is at the " + phase.id() + " phase's target; the next phase brings"
                  + " the next step"
              : "nothing is ready to step up yet";
      reasons.add(new Reason(Rule.PROGRESS, "doses stay as they are: " + why));
    }
    return new Result(out, reasons, !up.isEmpty());
  }

  /**
   * Every session of the exercise in the last few days (the progression interval, and never
   * before the dose last changed) stayed within the rules: a setback starts the wait again.
   */
  private static boolean keptWithinRules(Facts f, Doses.Current c, LocalDate since) {
    LocalDate from = f.today.minusDays(f.t.daysBetweenProgressions());
    from = from.isBefore(since) ? since : from;
    for (LocalDate d = from; !d.isAfter(f.today); d = d.plusDays(1)) {
      for (Session s : f.history.sessionsOn(d)) {
        if (Doses.done(s, c.exercise()).isPresent() && !f.withinRules(d)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Why the new dose would lift the week's volume above the cap, or null if it would not. Days
   * before this phase began count at the phase's starting dose, which the program gives as is.
   */
  private static String overCap(Facts f, Prescription p, int next, LocalDate phaseBegan,
      Prescription start) {
    WeeklyCap.Week w = WeeklyCap.week(f, p, phaseBegan, start);
    if (w.before() == 0) {
      return "(no volume the week before to compare with)";
    }
    long week = w.with(p.sets(), next);
    if (week <= w.limit()) {
      return null;
    }
    long pct = Math.round(100.0 * (week - w.before()) / w.before());
    return "(" + week + " this week against " + w.before() + " the week before: +" + pct + " %)";
  }

}
