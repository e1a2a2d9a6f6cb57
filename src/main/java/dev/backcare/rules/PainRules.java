package dev.backcare.rules;

import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.Session;
import dev.backcare.rules.Reason.Evidence;
import dev.backcare.rules.Reason.Threshold;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/** The {@code flare-up}, {@code pain-ceiling} and {@code next-day} rules. */
final class PainRules {
  private PainRules() {}

  /** A verdict: the decision, why, and the training day whose doses it reduces from. */
  record Verdict(Decision decision, Reason reason, Optional<LocalDate> offendingDay) {}

  static Optional<Reason> flareUp(Facts f) {
    LocalDate from = f.today.minusDays(f.t.flareUpDays() - 1L);
    for (LocalDate d = f.today; !d.isBefore(from); d = d.minusDays(1)) {
      for (Facts.Felt c : f.felt(d)) {
        if (c.pain() >= f.t.flareUpPain()) {
          return Optional.of(new Reason(Rule.FLARE_UP, "you logged pain " + c.pain()
              + (c.beforeSession() ? " before a session" : "") + " on " + d + ": a flare-up ("
              + f.t.flareUpPain() + " or more). Back to the initial phase's exercises and doses"
              + " until it settles").because(new Threshold("flareUpPain", f.t.flareUpPain()),
                  Evidence.pain(c.entry())));
        }
      }
    }
    Optional<LocalDate> last = f.history.trainingDayOnOrBefore(f.today.minusDays(1));
    if (last.isPresent()) {
      OptionalInt rise = f.nextDayRise(last.get());
      if (rise.isPresent() && rise.getAsInt() >= f.t.flareUpNextDayMargin()) {
        return Optional.of(new Reason(Rule.FLARE_UP, "the morning after " + last.get()
            + " your pain was " + rise.getAsInt() + " points above the baseline: a flare-up."
            + " Back to the initial phase's exercises and doses until it settles")
            .because(new Threshold("flareUpNextDayMargin", f.t.flareUpNextDayMargin()),
                nextDayEvidence(f, last.get())));
      }
    }
    return Optional.empty();
  }

  /** The pain-ceiling and next-day verdicts of today, in that order. */
  static List<Verdict> verdicts(Facts f) {
    return Stream.of(ceiling(f), nextDay(f)).flatMap(Optional::stream).toList();
  }

  /** How many sessions above the ceiling at an exercise's least dose leave it out. */
  static final int STUCK_SESSIONS = 3;

  /**
   * Of {@code ids}, the exercises whose last {@link #STUCK_SESSIONS} sessions since the plan began
   * all went above the ceiling with the exercise already at its least dose: going lower is not
   * possible, so they are left out.
   */
  static List<String> stuckAtLeast(Facts f, List<Session> sinceStart, List<String> ids) {
    Map<String, List<Boolean>> latest = new TreeMap<>();
    ids.forEach(id -> latest.put(id, new ArrayList<>()));
    int open = ids.size();
    for (int i = sinceStart.size() - 1; i >= 0 && open > 0; i--) {
      Session s = sinceStart.get(i);
      boolean broke = Math.max(s.during(), s.after().orElse(0)) > f.t.painCeiling();
      for (Performed p : s.exercises()) {
        List<Boolean> seen = latest.get(p.exercise());
        if (seen == null || seen.size() == STUCK_SESSIONS) {
          continue;
        }
        seen.add(broke && f.library.exercise(p.exercise())
            .map(e -> p.amount() <= Doses.floor(e))
            .orElse(false));
        open -= seen.size() == STUCK_SESSIONS ? 1 : 0;
      }
    }
    return latest.entrySet().stream()
        .filter(e -> e.getValue().size() == STUCK_SESSIONS && !e.getValue().contains(false))
        .map(Map.Entry::getKey)
        .toList();
  }

  static Reason stuckReason(Facts f, List<String> stuck) {
    return new Reason(Rule.PAIN_CEILING, "pain went above the ceiling of " + f.t.painCeiling()
        + " in " + STUCK_SESSIONS + " or more sessions with " + String.join(", ", stuck)
        + " already at the least dose, so it is left out. Please have it checked by a doctor or"
        + " physiotherapist");
  }

  static Optional<Verdict> ceiling(Facts f) {
    Optional<LocalDate> last = f.history.trainingDayOnOrBefore(f.today);
    if (last.isEmpty() || !f.brokeCeiling(last.get())) {
      return Optional.empty();
    }
    int peak = f.peak(last.get()).getAsInt();
    String when = last.get().equals(f.today) ? "today" : "on " + last.get();
    String which = f.peakWasAfter(last.get()) ? "after" : "during";
    Evidence[] above = f.history.sessionsOn(last.get()).stream()
        .filter(s -> Math.max(s.during(), s.after().orElse(0)) > f.t.painCeiling())
        .map(s -> s.during() > f.t.painCeiling() ? Evidence.of(s, "worst pain during", s.during())
            : Evidence.of(s, "pain after", s.after().getAsInt()))
        .toArray(Evidence[]::new);
    return Optional.of(new Verdict(Decision.REDUCE, new Reason(Rule.PAIN_CEILING, "pain " + which
        + " your session " + when + " reached " + peak + ", above the ceiling of "
        + f.t.painCeiling() + ": fewer repetitions, a slower pace, and "
        + f.t.reduceExtraRestSeconds() + " s more rest where there are sets")
        .because(new Threshold("painCeiling", f.t.painCeiling()), above), last));
  }

  static Optional<Verdict> nextDay(Facts f) {
    Optional<LocalDate> last = f.history.trainingDayOnOrBefore(f.today.minusDays(1));
    if (last.isEmpty()) {
      return Optional.empty();
    }
    LocalDate day = last.get();
    OptionalInt base = f.history.baseline(day);
    OptionalInt next = f.history.nextDayCheck(day);
    if (next.isEmpty()) {
      return hold("no pain was logged on the morning after your last session (" + day
          + "), so its effect is unknown: doses held");
    }
    if (base.isEmpty()) {
      return hold("no pain before your session on " + day + " was logged, so the next morning"
          + " has nothing to compare with: doses held. Log your pain before you train");
    }
    int rise = next.getAsInt() - base.getAsInt();
    String pains = "the morning after " + day + " your pain was " + next.getAsInt()
        + ", against " + base.getAsInt() + " before the session";
    if (rise >= f.t.nextDayReduceMargin()) {
      return Optional.of(new Verdict(Decision.REDUCE, new Reason(Rule.NEXT_DAY, pains
          + ": that was too much, so the doses go down").because(
              new Threshold("nextDayReduceMargin", f.t.nextDayReduceMargin()),
              nextDayEvidence(f, day)), last));
    }
    if (rise >= f.t.nextDayHoldMargin()) {
      return Optional.of(new Verdict(Decision.HOLD, new Reason(Rule.NEXT_DAY, pains
          + ": a little worse, so the doses stay as they are").because(
              new Threshold("nextDayHoldMargin", f.t.nextDayHoldMargin()),
              nextDayEvidence(f, day)), Optional.empty()));
    }
    return Optional.empty();
  }

  /** The next morning's entry, then the one the baseline came from. */
  private static Evidence[] nextDayEvidence(Facts f, LocalDate day) {
    return Stream.of(f.history.nextDayEntry(day), f.history.baselineEntry(day))
        .flatMap(Optional::stream)
        .map(Evidence::pain)
        .toArray(Evidence[]::new);
  }

  private static Optional<Verdict> hold(String message) {
    return Optional.of(new Verdict(Decision.HOLD, new Reason(Rule.NEXT_DAY, message),
        Optional.empty()));
  }

  /** The largest amount of each exercise done on a day. */
  static Map<String, Integer> amountsOn(Facts f, LocalDate day) {
    Map<String, Integer> out = new HashMap<>();
    for (Session s : f.history.sessionsOn(day)) {
      for (Performed p : s.exercises()) {
        // Not merge(..., Math::max): a method reference costs a report's start (README, Speed).
        Integer was = out.get(p.exercise());
        out.put(p.exercise(), was == null ? p.amount() : Math.max(was, p.amount()));
      }
    }
    return out;
  }
}
