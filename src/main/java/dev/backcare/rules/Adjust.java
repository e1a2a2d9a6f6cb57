package dev.backcare.rules;

import dev.backcare.domain.Event.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Applies the {@code pain-ceiling} and {@code next-day} verdicts to today's doses; when neither
 * says reduce or hold, the {@code progress} rule runs.
 */
final class Adjust {
  private Adjust() {}

  /** {@code risingTrend}: the weekly-trend rule fired, so no step up today. */
  static List<Prescription> apply(Facts f, List<Doses.Current> doses, List<Session> stint,
      boolean risingTrend, Coach.Builder out) {
    List<PainRules.Verdict> verdicts = PainRules.verdicts(f);
    List<Prescription> current = new ArrayList<>();
    for (Doses.Current c : doses) {
      current.add(c.prescription());
    }
    Decision decision = Decision.PROGRESS;
    for (PainRules.Verdict v : verdicts) {
      out.reasons.add(v.reason());
      decision = decision.min(v.decision());
    }
    if (decision == Decision.PROGRESS) {
      if (stint.isEmpty()) {
        out.decision = Decision.PROGRESS;
        return current;
      }
      Progression.Result r = Progression.apply(f, out.phase, doses, stint);
      if (r.progressed() && risingTrend) {
        out.reasons.add(new Reason(Rule.PROGRESS, "a step up was due, but waits:"
            + " see weekly-trend"));
        out.decision = Decision.HOLD;
        return current;
      }
      out.reasons.addAll(r.reasons());
      out.decision = r.progressed() ? Decision.PROGRESS : Decision.HOLD;
      return r.exercises();
    }
    out.decision = decision;
    if (decision != Decision.REDUCE) {
      return current;
    }
    List<Prescription> reduced = new ArrayList<>();
    for (Prescription p : current) {
      reduced.add(reduce(f, p, verdicts, stint));
    }
    return reduced;
  }

  /** {@code p} after the reductions the {@code verdicts} call for. */
  static Prescription reduce(Facts f, Prescription p, List<PainRules.Verdict> verdicts,
      List<Session> stint) {
    Prescription result = p;
    for (PainRules.Verdict v : verdicts) {
      Optional<LocalDate> day = v.offendingDay();
      if (v.decision() != Decision.REDUCE || day.isEmpty()) {
        continue;
      }
      Map<String, Integer> amounts = PainRules.amountsOn(f, day.get());
      Integer offending = amounts.get(p.exercise().id());
      if (offending == null) {
        continue;
      }
      int amount = Doses.reduced(f, p.exercise(), offending, result.amount(), stint);
      boolean ceiling = v.reason().rule() == Rule.PAIN_CEILING;
      int rest = result.restSeconds()
          + (ceiling && p.sets() > 1 ? f.t.reduceExtraRestSeconds() : 0);
      result = new Prescription(p.exercise(), p.sets(), amount, rest,
          amount == p.amount() ? p.previous() : OptionalInt.of(p.amount()));
    }
    return result;
  }
}
