package dev.backcare.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.History;
import dev.backcare.domain.Phase;
import dev.backcare.rules.Simulated.Moment;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Never a step up after a setback, over journals written by people who mostly do as they are
 * told: every answer the coach gives on the way (each morning, before each session, each evening)
 * must keep it. A failure shows the shrunk journey, the answer and the journal it was given on.
 */
class StepUpPropertyTest {

  /**
   * No step up the day after a setback: when the latest training day (today included) had a
   * session above the pain ceiling, or the morning after the latest training day before today was
   * worse than its baseline, the decision is not progress, no dose is marked as a step up, and no
   * exercise is given at more volume (sets x amount) than the most of: the coach's latest dose of
   * it, and what the person last did of it. Sets and starting doses belong to a phase, so in a
   * phase the journal shows begun on an earlier day (its latest sessions are in it, say one logged
   * against advice to stop or rest), an exercise done in it counts at the phase's sets, and one not
   * done in it yet may have the phase's starting dose. An exercise the person added to the plan
   * since they last did it starts afresh, at the coach's dose.
   */
  @Property(seed = "20260302")
  void noStepUpAfterACeilingBreakOrAWorseMorning(
      @ForAll(supplier = Journeys.Any.class) Journey journey) {
    Simulated run = Simulation.run(journey);
    Map<String, Integer> given = new HashMap<>();
    boolean seen = false;
    for (Moment m : run.moments()) {
      Optional<String> setback = setback(m.history(), m.today());
      Recommendation r = m.said();
      if (setback.isPresent()) {
        seen = true;
        String why = "after " + setback.get() + ", " + m + "\njournal:\n" + run.upTo(m);
        assertTrue(r.decision() != Decision.PROGRESS, () -> "progress " + why);
        for (Prescription p : r.exercises()) {
          assertTrue(p.previous().isEmpty() || p.previous().getAsInt() >= p.amount(),
              () -> "a step up for " + p.exercise().id() + " " + why);
          if (addedSinceLastDone(m.history(), p.exercise().id())) {
            continue;
          }
          if (r.decision() == Decision.ACUTE && p.exercise().id().equals(Setbacks.WALK)) {
            continue; // an acute day's short walks replace a session: they are not more of it
          }
          int bound = Math.max(given.getOrDefault(p.exercise().id(), 0),
              lastDone(m.history(), p, r.phase(), m.today()));
          assertTrue(bound == 0 || p.sets() * p.amount() <= bound,
              () -> p.exercise().id() + " above the " + bound + " last given or done " + why);
        }
      }
      r.exercises().forEach(p -> given.put(p.exercise().id(), p.sets() * p.amount()));
    }
    Statistics.label("a setback in the journey").collect(seen);
    Statistics.label("a setback in the journey").coverage(c -> c.check(true)
        .percentage(p -> p >= 50));
  }

  /** What went wrong lately, if it did: the reason today must not step up. */
  static Optional<String> setback(History h, LocalDate today) {
    int ceiling = Simulation.LIBRARY.thresholds().painCeiling();
    Optional<LocalDate> last = h.trainingDayOnOrBefore(today);
    if (last.isPresent()) {
      int peak = h.sessionsOn(last.get()).stream().mapToInt(Session::during).max().getAsInt();
      if (peak > ceiling) {
        return Optional.of("pain " + peak + " in a session on " + last.get());
      }
    }
    Optional<LocalDate> before = h.trainingDayOnOrBefore(today.minusDays(1));
    if (before.isPresent()) {
      OptionalInt base = h.baseline(before.get());
      OptionalInt next = h.nextDayCheck(before.get());
      if (base.isPresent() && next.isPresent() && next.getAsInt() > base.getAsInt()) {
        return Optional.of("a worse morning after " + before.get() + " (" + base.getAsInt()
            + " then " + next.getAsInt() + ")");
      }
    }
    return Optional.empty();
  }

  /**
   * The volume of the exercise in the latest session that had it, in the same unit (0 if none
   * had it). If the journal's latest sessions are a stretch in {@code phase} that began before
   * {@code today}: at the prescription's sets if done in that stretch, else at least the phase's
   * starting dose.
   */
  private static int lastDone(History h, Prescription p, Phase phase, LocalDate today) {
    List<Session> sessions = h.sessions();
    LocalDate began = null;
    for (int i = sessions.size() - 1; i >= 0 && sessions.get(i).phase() == phase; i--) {
      began = sessions.get(i).date();
    }
    for (int i = sessions.size() - 1; i >= 0; i--) {
      Session s = sessions.get(i);
      Optional<Performed> done = s.performed(p.exercise().id());
      if (done.isEmpty() || done.get().timed() != p.timed()) {
        continue;
      }
      if (began == null || !began.isBefore(today)) {
        return done.get().volume();
      }
      if (s.phase() == phase && !s.date().isBefore(began)) {
        return p.sets() * done.get().amount();
      }
      Prescription start = Coach.startDose(Simulation.LIBRARY, phase, p.exercise());
      return Math.max(done.get().volume(), start.sets() * start.amount());
    }
    return 0;
  }

  private static boolean addedSinceLastDone(History h, String exercise) {
    List<Session> done = h.sessions().stream()
        .filter(s -> s.performed(exercise).isPresent()).toList();
    return h.planChanges().stream().anyMatch(c -> c.add() && c.exercise().equals(exercise)
        && (done.isEmpty() || c.at().isAfter(done.get(done.size() - 1).at())));
  }
}
