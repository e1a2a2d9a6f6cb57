package dev.backcare.rules;

import dev.backcare.domain.Library;
import dev.backcare.domain.PhaseSpec;
import dev.backcare.domain.Thresholds;
import dev.backcare.rules.Prescription;
import dev.backcare.rules.Recommendation;
import dev.backcare.text.Wrap;
import java.io.PrintWriter;
import java.util.List;

/** {@code backcare plan} in words. */
public final class PlanText {
  private PlanText() {}

  /** The plan, wrapped to {@code width} columns; narrower than 60, each dose under its name. */
  public static void write(Library library, Recommendation r, PrintWriter out, int width) {
    PhaseSpec phase = library.phase(r.phase());
    String start = r.planStart().map(Object::toString).orElse("-");
    if (r.planStart().isPresent() && r.planStart().get().isAfter(r.date())) {
      Wrap.print(out, "", "Your plan starts on " + start + ", in the " + r.phase().id()
          + " phase.", width);
    } else {
      Wrap.print(out, "", "Plan started " + start + ". Today, " + r.date() + ", is week "
          + r.week() + ": the " + r.phase().id() + " phase.", width);
    }
    Wrap.print(out, "  ", phase.summary(), width);
    r.nextPhase().ifPresent(n -> Wrap.print(out, "  ", "The " + n.phase().id()
        + " phase can begin on " + n.date() + " (if the days before are calm).", width));
    out.println();
    Wrap.print(out, "", "Today's doses, " + DoseText.timesADay(r.timesPerDay())
        + " (as `backcare today` gives them once you have checked in):", width);
    if (r.exercises().isEmpty()) {
      Wrap.print(out, "  ", "none: today's decision is " + r.decision().id()
          + " (see `backcare today`)", width);
    }
    for (Prescription p : r.exercises()) {
      if (width >= 60) {
        Wrap.print(out, String.format("  %-20s ", p.exercise().id()), DoseText.of(p), width);
      } else {
        out.println("  " + p.exercise().id());
        Wrap.print(out, "    ", DoseText.of(p), width);
      }
    }
    out.println();
    out.println("Rules in force:");
    for (String rule : rules(library.thresholds())) {
      Wrap.print(out, "  - ", rule, width);
    }
  }

  static List<String> rules(Thresholds t) {
    return List.of(
        "pain-ceiling: pain during exercise may reach " + t.painCeiling() + " of 10; above"
            + " that, the next session is lighter.",
        "next-day: next-morning pain " + t.nextDayHoldMargin() + " above the baseline holds the"
            + " doses; " + t.nextDayReduceMargin() + " or more above lowers them.",
        "flare-up: a check-in of " + t.flareUpPain() + " or more within " + t.flareUpDays()
            + " days, or a next morning " + t.flareUpNextDayMargin() + " or more above baseline,"
            + " goes back to the initial phase.",
        "progress: a dose goes up one step after " + t.daysBetweenProgressions() + " days within"
            + " the rules; weekly volume rises at most " + t.weeklyVolumeCapPercent() + " %.",
        "rest-day: after " + t.restAfterTrainingDays() + " training days in a row, a rest day.",
        "phase: a new phase waits for " + t.phaseHoldDays() + " days with no reduction.",
        "weekly-trend: no step up while mean morning pain is above last week's.",
        "no-improvement: after " + t.noImprovementWeeks() + " weeks with no fall in pain and no"
            + " clear rise in function, see a professional.",
        "red-flag: a stop sign means stop until a professional clears you.");
  }
}
