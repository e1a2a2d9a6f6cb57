package dev.backcare.rules;

import dev.backcare.domain.StopSign;
import dev.backcare.rules.MorningRoutine.Routine;
import dev.backcare.text.Wrap;
import java.io.PrintWriter;
import java.util.Optional;

/** {@code today --morning} in words: the set in bed, why these doses, and how to log it. */
public final class MorningText {
  private MorningText() {}

  /** {@code sign} is the most urgent open stop sign, if any, as {@code today} says it. */
  public static void render(Routine m, Recommendation r, Optional<StopSign> sign,
      PrintWriter out, int width) {
    Optional<String> urgent = TodayText.urgency(r, sign);
    if (urgent.isPresent()) {
      Wrap.print(out, "", urgent.get(), width);
    }
    Wrap.print(out, "", TodayText.dateLine(r), width);
    out.println();
    if (m.exercises().isEmpty()) {
      Wrap.print(out, "", m.why(), width);
      return;
    }
    Wrap.print(out, "", "Morning routine in bed, before you get up: lie on your back with your"
        + " knees bent, and move slowly, only as far as is comfortable.", width);
    out.println();
    int n = 1;
    for (Prescription p : m.exercises()) {
      Wrap.print(out, "  " + n++ + ". ", p.exercise().name() + ": " + DoseText.of(p), width);
    }
    out.println();
    Wrap.print(out, "", m.why(), width);
    out.println();
    out.println("Log it like any session:");
    out.println("  " + m.log().orElseThrow());
    out.println("  (N = the worst pain during it, 0-10)");
  }
}
