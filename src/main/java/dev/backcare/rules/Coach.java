package dev.backcare.rules;

import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import dev.backcare.domain.Phase;
import dev.backcare.domain.StopSign;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Decides what to do today, by the rules, from the library and the journal. Pure.
 *
 * <p>Longer than most classes (about 310 lines) because it holds the order in which the rules
 * are asked, which is itself a safety rule; each rule's own work is in its class ({@link
 * PainRules}, {@link Setbacks}, {@link Phases}, {@link Adjust}, {@link WeeklyCap}, {@link Trends}).
 */
public final class Coach {
  private Coach() {}

  /** What to do on {@code today}, by every rule. */
  public static Recommendation decide(Library library, History history, LocalDate today) {
    return decide(library, history, today, true);
  }

  /**
   * The session for {@code today} without waiting for the morning check-in: the doses a session
   * logged without one is taken to be (the next-day rule holds them, as nothing is known).
   */
  public static Recommendation prescribe(Library library, History history, LocalDate today) {
    return decide(library, history, today, false);
  }

  /** The phase's starting dose of one exercise. */
  public static Prescription startDose(Library library, Phase phase, Exercise exercise) {
    return Doses.start(library, phase, exercise);
  }

  private static Recommendation decide(Library library, History history, LocalDate today,
      boolean checkInFirst) {
    Facts f = new Facts(library, history, today);
    Optional<LocalDate> start = history.planStart().map(PlanStart::start);
    boolean begun = start.isPresent() && !start.get().isAfter(today);
    int week = begun ? Plans.week(start.get(), today) : 1;
    int sessionsToday = f.sessionsToday().size();
    List<Session> sinceStart = begun ? Plans.sessionsSinceStart(history, start.get()) : List.of();
    Optional<Reason> trend = Trends.weekly(f);
    Phases.Result ph = begun ? Phases.effective(f, start.get(), sinceStart, trend)
        : new Phases.Result(Phase.INITIAL, Optional.empty());
    Builder out = new Builder(library, today, start, week, sessionsToday);

    if (!history.openSymptoms().isEmpty()) {
      return redFlag(out.with(ph.phase()), history.openSymptoms());
    }
    if (checkInFirst && history.isTrainingDay(today.minusDays(1))
        && history.checkInsOn(today).isEmpty() && sessionsToday == 0) {
      return out.with(ph.phase()).empty(Decision.CHECK_IN, new Reason(Rule.CHECK_IN, "you trained"
          + " yesterday: first log how your back feels this morning, with `backcare log pain N`",
          history.sessionsOn(today.minusDays(1)).stream()
              .map(s -> Reason.Evidence.entry(s, "session yesterday")).toList(),
          Optional.empty()));
    }
    Setbacks.persistent(f).ifPresent(days -> {
      out.reasons.add(Setbacks.persistentReason(f, days));
      out.urge(Urgency.SEE_PROFESSIONAL);
    });
    LocalDate settled = today.minusDays(library.thresholds().daysBetweenProgressions());
    List<PainRules.Verdict> cuts = PainRules.verdicts(f).stream()
        .filter(v -> v.decision() == Decision.REDUCE)
        .toList();
    OptionalInt acute = Setbacks.acutePain(f, start, begun ? sinceStart : history.sessions());
    if (acute.isPresent()) {
      out.reasons.add(0, Setbacks.acuteReason(acute.getAsInt()));
      cuts.forEach(v -> out.reasons.add(v.reason()));
      return out.with(Phase.INITIAL).exercises(Decision.ACUTE, Setbacks.acuteSession(f,
          flareDoses(f, sinceStart, settled, ph.phase(), cuts)), List.of());
    }
    if (!begun) {
      String why = start.isPresent()
          ? "your plan begins on " + start.get() + "; here is its first session"
          : history.sessions().isEmpty()
              ? "no plan yet: start one with `backcare plan start`; here is the first session"
              : "no plan yet, though you have logged sessions since "
                  + history.sessions().get(0).date() + ": to count them, run `backcare plan"
                  + " start --date " + history.sessions().get(0).date() + "`";
      out.reasons.add(new Reason(Rule.START, why));
      Setbacks.aboveCeilingBeforeStart(f).ifPresent(out.reasons::add);
      return out.with(Phase.INITIAL).exercises(Decision.START,
          Plans.exercises(library, history, Phase.INITIAL, today).stream()
              .filter(e -> e.fits(Phase.INITIAL))
              .map(e -> Doses.start(library, Phase.INITIAL, e))
              .toList(), List.of());
    }
    Optional<Reason> flare = PainRules.flareUp(f);
    if (restDue(f, week)) {
      // Before the flare-up and return rules: a rest day is never more than their sessions.
      flare.ifPresent(out.reasons::add);
      ph.reason().ifPresent(out.reasons::add);
      out.reasons.add(new Reason(Rule.REST_DAY, f.t.restAfterTrainingDays() + " training days in"
          + " a row: today is a rest day. An easy walk is fine").because(new Reason.Threshold(
              "restAfterTrainingDays", f.t.restAfterTrainingDays())));
      return finish(f, out.with(ph.phase()), start.get(), sinceStart, trend, Decision.REST,
          List.of());
    }
    if (flare.isPresent()) {
      out.reasons.add(flare.get());
      cuts.forEach(v -> out.reasons.add(v.reason()));
      List<Prescription> session = flareDoses(f, sinceStart, settled, ph.phase(), cuts);
      return finish(f, out.with(Phase.INITIAL), start.get(), sinceStart, trend, Decision.REDUCE,
          session);
    }
    OptionalInt gap = Setbacks.gap(f, sinceStart);
    if (gap.isPresent()) {
      Phase was = sinceStart.get(sinceStart.size() - 1).phase();
      boolean initial = gap.getAsInt() >= Setbacks.LONG_GAP_DAYS;
      List<Prescription> session = initial
          ? flareDoses(f, sinceStart, settled, was, cuts)
          : Setbacks.comeback(f, currentDoses(f, was, sinceStart, settled), gap.getAsInt()).stream()
              .map(p -> cuts.isEmpty() ? p : lower(p,
                  Adjust.reduce(f, p, cuts, Plans.stint(sinceStart, was))))
              .toList();
      Session lastBefore = sinceStart.get(sinceStart.size() - 1);
      out.reasons.add(Setbacks.returnReason(gap.getAsInt(), initial)
          .using(List.of(Reason.Evidence.entry(lastBefore, "the last session"))));
      cuts.forEach(v -> out.reasons.add(v.reason()));
      return finish(f, out.with(initial ? Phase.INITIAL : was), start.get(), sinceStart, trend,
          Decision.RETURN, session.isEmpty() ? flareDoses(f, sinceStart, settled, was, List.of())
              : session);
    }
    ph.reason().ifPresent(out.reasons::add);
    if (ph.phase() == Phase.INITIAL) {
      Plans.introduced(library, history, today).ifPresent(out.reasons::add);
    }
    out.with(ph.phase());
    List<Session> stint = Plans.stint(sinceStart, ph.phase());
    List<Doses.Current> doses = currentDoses(f, ph.phase(), sinceStart, settled);
    List<Prescription> session = Adjust.apply(f, doses, stint, trend.isPresent(), out);
    if (sinceStart.isEmpty() && out.decision == Decision.PROGRESS) {
      out.decision = Decision.START;
      out.reasons.add(new Reason(Rule.START, "your first session: the " + ph.phase().id()
          + " phase's starting doses"));
      Setbacks.aboveCeilingBeforeStart(f).ifPresent(out.reasons::add);
    }
    out.nextPhase = Phases.next(f, start.get(), ph.phase());
    return finish(f, out, start.get(), sinceStart, trend, out.decision, session);
  }

  /**
   * The last rules of every day with a session: exercises whose pain stays above the ceiling at
   * their least dose are left out, and the weekly trend and no-improvement are said.
   */
  private static Recommendation finish(Facts f, Builder out, LocalDate start,
      List<Session> sinceStart, Optional<Reason> trend, Decision decision,
      List<Prescription> session) {
    WeeklyCap.Result capped = WeeklyCap.apply(f, out.phase, Plans.stint(sinceStart, out.phase),
        session);
    if (capped.reason().isPresent()) {
      out.reasons.add(capped.reason().get());
      decision = decision.min(capped.session().isEmpty() ? Decision.REST : Decision.REDUCE);
      session = capped.session();
    }
    List<String> stuck = PainRules.stuckAtLeast(f, sinceStart,
        session.stream().map(p -> p.exercise().id()).toList());
    List<Prescription> kept = session.stream()
        .filter(p -> !stuck.contains(p.exercise().id()))
        .toList();
    if (kept.size() < session.size()) {
      out.reasons.add(PainRules.stuckReason(f, stuck));
      out.urge(Urgency.SEE_PROFESSIONAL);
      decision = kept.isEmpty() ? Decision.REST : decision;
    }
    trend.ifPresent(out.reasons::add);
    Trends.noImprovement(f, start).ifPresent(r -> {
      out.reasons.add(r);
      out.urge(Urgency.SEE_PROFESSIONAL);
    });
    return out.exercises(decision, kept, List.of());
  }

  /** The doses now of the exercises of {@code phase} that the plan holds. */
  private static List<Doses.Current> currentDoses(Facts f, Phase phase, List<Session> sinceStart,
      LocalDate settled) {
    List<Session> stint = Plans.stint(sinceStart, phase);
    return Plans.exercises(f.library, f.history, phase, f.today).stream()
        .filter(e -> e.fits(phase))
        .map(e -> Doses.current(f.library, phase, e, stint, settled))
        .toList();
  }

  /**
   * A rest day is due: from the week the building phase may begin, after the set number of
   * training days in a row, whatever the phase.
   */
  private static boolean restDue(Facts f, int week) {
    int n = f.t.restAfterTrainingDays();
    return week >= f.library.phase(Phase.BUILDING).fromWeek()
        && f.history.trainingDays(f.today.minusDays(n), f.today.minusDays(1)).size() == n;
  }

  /**
   * Stop: no exercises until a professional clears the person. The most urgent open sign is named
   * and sets the urgency: an emergency sign, urgent care now; any other, get checked.
   */
  private static Recommendation redFlag(Builder out, List<Symptom> open) {
    Symptom named = StopSign.mostUrgent(open).orElseThrow();
    StopSign worst = named.kind();
    String what = "you logged " + worst.description() + " on " + named.date() + ". ";
    out.urge(worst.emergency() ? Urgency.EMERGENCY : Urgency.SEE_PROFESSIONAL);
    return out.stop(new Reason(Rule.RED_FLAG, what + switch (worst.care()) {
      case EMERGENCY -> "This is an emergency: get urgent medical care now. Do not exercise";
      case DOCTOR_URGENTLY -> "See a doctor urgently, today if you can, and do not exercise until"
          + " they have cleared you; then run `backcare log cleared`";
      case PROFESSIONAL -> "Stop exercising and see a doctor or physiotherapist. When they have"
          + " cleared you, run `backcare log cleared`";
    }, open.stream().map(s -> Reason.Evidence.entry(s, "stop sign " + s.kind().id())).toList(),
        Optional.empty()));
  }

  /** The starting doses of a phase's exercises as on the plan's first day. */
  static List<Prescription> startDoses(Library library, History history, Phase phase) {
    List<Prescription> out = new ArrayList<>();
    for (Exercise e : Plans.exercises(library, history, phase)) {
      if (e.fits(phase)) {
        out.add(Doses.start(library, phase, e));
      }
    }
    return out;
  }

  /**
   * A flare-up's doses: the initial phase's starting doses, or less where the person last did less
   * (going back never steps a dose up), and never more than the pain rules' own reductions
   * ({@code cuts}) give in the phase they were in ({@code phase}). Only exercises of that phase
   * come back, if it has any of the initial ones: a step back brings nothing new.
   */
  private static List<Prescription> flareDoses(Facts f, List<Session> sinceStart,
      LocalDate settled, Phase phase, List<PainRules.Verdict> cuts) {
    List<Session> stint = Plans.stint(sinceStart, phase);
    List<Exercise> inPhase = Plans.exercises(f.library, f.history, phase, f.today);
    List<Prescription> initial = startDoses(f.library, f.history, Phase.INITIAL);
    List<Prescription> shared = initial.stream()
        .filter(p -> inPhase.contains(p.exercise()))
        .toList();
    return (shared.isEmpty() ? initial : shared).stream()
        .map(p -> {
          int done = Doses.current(f.library, Phase.INITIAL, p.exercise(), sinceStart, settled)
              .prescription().amount();
          Prescription q = p.withAmount(Math.min(p.amount(), done), p.restSeconds());
          if (cuts.isEmpty()) {
            return q;
          }
          return lower(q, Adjust.reduce(f,
              Doses.current(f.library, phase, p.exercise(), stint, settled).prescription(), cuts,
              stint));
        })
        .toList();
  }

  /** {@code p}, or less where {@code cut} (the same exercise) has fewer sets or a lower amount. */
  private static Prescription lower(Prescription p, Prescription cut) {
    if (cut.sets() >= p.sets() && cut.amount() >= p.amount()) {
      return p;
    }
    int amount = Math.min(p.amount(), cut.amount());
    return new Prescription(p.exercise(), Math.min(p.sets(), cut.sets()), amount,
        Math.max(p.restSeconds(), cut.restSeconds()),
        amount == p.amount() ? p.previous() : OptionalInt.of(p.amount()));
  }

  /** Collects the parts of a recommendation as the rules run. */
  static final class Builder {
    final Library library;
    final LocalDate today;
    final Optional<LocalDate> start;
    final int week;
    final int sessionsToday;
    final List<Reason> reasons = new ArrayList<>();
    Phase phase = Phase.INITIAL;
    Decision decision = Decision.PROGRESS;
    Optional<Recommendation.PhaseStart> nextPhase = Optional.empty();
    Optional<Urgency> urgency = Optional.empty();

    Builder(Library library, LocalDate today, Optional<LocalDate> start, int week,
        int sessionsToday) {
      this.library = library;
      this.today = today;
      this.start = start;
      this.week = week;
      this.sessionsToday = sessionsToday;
    }

    Builder with(Phase p) {
      this.phase = p;
      return this;
    }

    /** Raises the urgency to at least {@code u}. */
    Builder urge(Urgency u) {
      urgency = Optional.of(u.max(urgency.orElse(null)));
      return this;
    }

    Recommendation stop(Reason reason) {
      return empty(Decision.STOP, reason);
    }

    Recommendation empty(Decision d, Reason reason) {
      reasons.add(0, reason);
      return exercises(d, List.of(), List.of());
    }

    Recommendation exercises(Decision d, List<Prescription> session, List<Reason> more) {
      reasons.addAll(more);
      return new Recommendation(today, start, phase, week, d, List.copyOf(reasons),
          library.phase(phase).timesPerDay(), sessionsToday, List.copyOf(session), nextPhase,
          urgency);
    }
  }
}
