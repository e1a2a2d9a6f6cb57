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

/** Decides what to do today, by the rules, from the library and the journal. Pure. */
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
    Optional<PlanStart> plan = history.planStart();
    Optional<LocalDate> start = plan.isPresent() ? Optional.of(plan.get().start())
        : Optional.empty();
    boolean begun = start.isPresent() && !start.get().isAfter(today);
    int week = begun ? Plans.week(start.get(), today) : 1;
    int sessionsToday = f.sessionsToday().size();
    List<Session> sinceStart = begun ? Plans.sessionsSinceStart(history, start.get())
        : List.of();
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
          + " yesterday: first log how your back feels this morning, with `backcare log pain N`"));
    }
    if (!begun) {
      String why = start.isPresent()
          ? "your plan begins on " + start.get() + "; here is its first session"
          : history.sessions().isEmpty()
              ? "no plan yet: start one with `backcare plan start`; here is the first session"
              : "no plan yet, though you have logged sessions since "
                  + history.sessions().get(0).date() + ": to count them, run `backcare plan"
                  + " start --date " + history.sessions().get(0).date() + "`";
      return out.with(Phase.INITIAL).exercises(Decision.START,
          startDoses(library, history, Phase.INITIAL), List.of(new Reason(Rule.START, why)));
    }
    LocalDate settled = today.minusDays(library.thresholds().daysBetweenProgressions());
    Optional<Reason> flare = PainRules.flareUp(f);
    if (flare.isPresent()) {
      out.reasons.add(flare.get());
      addIfPresent(out.reasons, trend);
      addIfPresent(out.reasons, Trends.noImprovement(f, start.get()));
      return out.with(Phase.INITIAL).exercises(Decision.REDUCE,
          flareDoses(library, history, sinceStart, settled), List.of());
    }
    addIfPresent(out.reasons, ph.reason());
    out.with(ph.phase());
    List<Session> stint = Plans.stint(sinceStart, ph.phase());
    List<Doses.Current> doses = new ArrayList<>();
    for (Exercise e : Plans.exercises(library, history, ph.phase())) {
      if (e.fits(ph.phase())) {
        doses.add(Doses.current(library, ph.phase(), e, stint, settled));
      }
    }
    List<Prescription> session = Adjust.apply(f, doses, stint, trend.isPresent(), out);
    if (ph.phase() != Phase.INITIAL && sixInARow(f)) {
      for (int i = out.reasons.size() - 1; i >= 0; i--) {
        if (out.reasons.get(i).rule() == Rule.PROGRESS) {
          out.reasons.remove(i);
        }
      }
      out.reasons.add(new Reason(Rule.REST_DAY, f.t.restAfterTrainingDays() + " training days in"
          + " a row: today is a rest day. An easy walk is fine"));
      out.decision = Decision.REST;
      session = List.of();
    }
    if (sinceStart.isEmpty() && out.decision == Decision.PROGRESS) {
      out.decision = Decision.START;
      out.reasons.add(new Reason(Rule.START, "your first session: the " + ph.phase().id()
          + " phase's starting doses"));
    }
    if (trend.isPresent()) {
      out.reasons.add(trend.get());
    }
    addIfPresent(out.reasons, Trends.noImprovement(f, start.get()));
    out.nextPhase = Phases.next(f, start.get(), ph.phase());
    return out.exercises(out.decision, session, List.of());
  }

  // Loops and ifs here and in the other rules rather than lambdas and streams: `today` runs
  // these once, cold, and each lambda costs about half a millisecond the first time (README).
  private static void addIfPresent(List<Reason> reasons, Optional<Reason> reason) {
    if (reason.isPresent()) {
      reasons.add(reason.get());
    }
  }

  private static boolean sixInARow(Facts f) {
    int n = f.t.restAfterTrainingDays();
    return f.history.trainingDays(f.today.minusDays(n), f.today.minusDays(1)).size() == n;
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
    }));
  }

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
   * (going back never steps a dose up).
   */
  private static List<Prescription> flareDoses(Library library, History history,
      List<Session> sinceStart, LocalDate settled) {
    List<Prescription> out = new ArrayList<>();
    for (Prescription p : startDoses(library, history, Phase.INITIAL)) {
      int now = Doses.current(library, Phase.INITIAL, p.exercise(), sinceStart, settled)
          .prescription().amount();
      out.add(now >= p.amount() ? p
          : new Prescription(p.exercise(), p.sets(), now, p.restSeconds(), OptionalInt.empty()));
    }
    return out;
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
