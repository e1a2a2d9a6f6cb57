package dev.backcare.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.domain.DoseSpec;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.Phase;
import dev.backcare.domain.PhaseSpec;
import dev.backcare.rules.Simulated.Moment;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/** Every dose the coach gives on a generated journal is one its phase allows. */
class DoseLimitsPropertyTest {

  /**
   * Every dose is one the phase allows: the exercise suits the phase; repetitions come in the
   * phase's sets, holds in the exercise's sets, activities in one; the amount is at least the
   * least worth doing (1 repetition, 5 s of hold, 1 minute of activity) and never above the
   * target (the phase's repetitions, or the exercise's seconds or minutes).
   */
  @Property(seed = "20260302")
  void everyDoseIsWithinThePhasesLimits(
      @ForAll(supplier = Journeys.Any.class) Journey journey) {
    Simulated run = Simulation.run(journey);
    for (Moment m : run.moments()) {
      PhaseSpec spec = Simulation.LIBRARY.phase(m.said().phase());
      for (Prescription p : m.said().exercises()) {
        Exercise e = p.exercise();
        DoseSpec d = e.dose();
        String why = p.exercise().id() + " " + p.sets() + "x" + p.amount() + " in the "
            + spec.phase().id() + " phase, " + m + "\njournal:\n" + run.upTo(m);
        assertTrue(e.fits(spec.phase()), () -> "unsuited: " + why);
        switch (d.kind()) {
          case REPETITIONS -> {
            assertEquals(spec.sets(), p.sets(), why);
            assertTrue(p.amount() >= 1 && p.amount() <= spec.reps().target(), why);
          }
          case HOLD -> {
            assertEquals(d.sets(), p.sets(), why);
            assertTrue(p.amount() >= 5 && p.amount() <= d.seconds().target(), why);
          }
          case MINUTES -> {
            assertEquals(1, p.sets(), why);
            assertTrue(p.amount() >= 60 && p.amount() <= d.minutes().target() * 60, why);
          }
        }
      }
    }
    Phase furthest = run.moments().stream().map(m -> m.said().phase()).max(Phase::compareTo)
        .orElseThrow();
    Statistics.label("furthest phase").collect(furthest);
    Statistics.label("furthest phase").coverage(c -> c.check(Phase.MAINTENANCE)
        .percentage(p -> p >= 5));
  }
}
