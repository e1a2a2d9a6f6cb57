package dev.backcare.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.History;
import dev.backcare.domain.Phase;
import dev.backcare.rules.Simulated.Moment;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * The 10 % rule, as promised: progression never lifts an exercise's weekly volume more than the
 * library's cap ({@code weeklyVolumeCapPercent}) above the week before.
 *
 * <p>Precisely: when the coach steps an exercise up on day D (a dose whose previous amount is
 * lower) in the building or maintenance phase, then (1) the seven days D-13..D-7 had volume of it,
 * and (2) the volume of the seven days D-6..D, with D's sessions still to come at the new dose,
 * is at most (100 + cap) % of that. Volume is sets x repetitions (or seconds), summed over the
 * day's sessions; D's sessions to come are as many as on the latest training day before D (at
 * least one) less those already logged on D. A day before the phase's current stint began (its
 * first session in an unbroken run of sessions in this phase) counts at the phase's starting
 * dose, once per session that day: a phase change's new doses come from the program, not from
 * progression, so the cap compares like with like. The initial phase has no cap (its two or three
 * repetitions are the program's own).
 */
class VolumeCapPropertyTest {

  @Property(seed = "20260302")
  void progressionKeepsWeeklyVolumeWithinTheCap(
      @ForAll(supplier = Journeys.ThreeWeeksOrMore.class) Journey journey) {
    Simulated run = Simulation.run(journey);
    int cap = Simulation.LIBRARY.thresholds().weeklyVolumeCapPercent();
    int steps = 0;
    for (Moment m : run.moments()) {
      Recommendation r = m.said();
      if (r.phase() == Phase.INITIAL) {
        continue;
      }
      for (Prescription p : r.exercises()) {
        if (p.previous().isEmpty() || p.previous().getAsInt() >= p.amount()) {
          continue;
        }
        steps++;
        History h = m.history();
        LocalDate d = m.today();
        LocalDate began = stintBegan(h, r.phase());
        Prescription start = Coach.startDose(Simulation.LIBRARY, r.phase(), p.exercise());
        long before = 0;
        for (LocalDate x = d.minusDays(13); !x.isAfter(d.minusDays(7)); x = x.plusDays(1)) {
          before += volume(h, p, x, began, start);
        }
        long week = 0;
        for (LocalDate x = d.minusDays(6); !x.isAfter(d); x = x.plusDays(1)) {
          week += volume(h, p, x, began, start);
        }
        int expected = Math.max(1, h.trainingDayOnOrBefore(d.minusDays(1))
            .map(x -> h.sessionsOn(x).size()).orElse(1));
        week += (long) Math.max(0, expected - h.sessionsOn(d).size()) * p.sets() * p.amount();
        long weekBefore = before;
        long weekNow = week;
        String why = p.exercise().id() + " " + p.previous().getAsInt() + " -> " + p.amount()
            + ": " + weekNow + " this week against " + weekBefore + " the week before, " + m
            + "\njournal:\n" + run.upTo(m);
        assertTrue(weekBefore > 0, () -> "no volume the week before: " + why);
        assertTrue(weekNow * 100 <= weekBefore * (100 + cap), () -> "above the cap: " + why);
      }
    }
    Statistics.label("steps up checked").collect(steps == 0 ? "none" : steps < 5 ? "1-4" : "5+");
    Statistics.label("steps up checked").coverage(c -> c.check("none")
        .percentage(pc -> pc <= 85));
  }

  /** The first day of the trailing run of sessions in {@code phase} since the plan's start. */
  private static LocalDate stintBegan(History h, Phase phase) {
    LocalDate start = h.planStart().map(PlanStart::start).orElseThrow();
    List<Session> all = h.sessions();
    LocalDate began = null;
    for (int i = all.size() - 1; i >= 0; i--) {
      Session s = all.get(i);
      if (s.date().isBefore(start) || s.phase() != phase) {
        break;
      }
      began = s.date();
    }
    assertTrue(began != null, () -> "a step up in the " + phase.id() + " phase before any session"
        + " in it");
    return began;
  }

  private static long volume(History h, Prescription p, LocalDate day, LocalDate began,
      Prescription start) {
    List<Session> sessions = h.sessionsOn(day);
    if (day.isBefore(began)) {
      return (long) sessions.size() * start.sets() * start.amount();
    }
    long sum = 0;
    for (Session s : sessions) {
      sum += s.performed(p.exercise().id()).map(Performed::volume).orElse(0);
    }
    return sum;
  }
}
