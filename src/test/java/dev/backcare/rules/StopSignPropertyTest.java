package dev.backcare.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backcare.domain.Event.Cleared;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.Event;
import dev.backcare.rules.Simulated.Moment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/** An uncleared stop sign means stop, at every answer the coach gives on a generated journal. */
class StopSignPropertyTest {

  /**
   * A stop sign (a symptom, or one noticed in a session) that no clearing at the same time or later answers means
   * stop, with no exercises; voided entries count for nothing.
   */
  @Property(seed = "20260302")
  void anUnclearedStopSignMeansStop(
      @ForAll(supplier = Journeys.Any.class) Journey journey) {
    Simulated run = Simulation.run(journey);
    boolean seen = false;
    for (Moment m : run.moments()) {
      Optional<String> open = unclearedStopSign(run.before(m));
      if (open.isEmpty()) {
        continue;
      }
      seen = true;
      String why = "with " + open.get() + " uncleared, " + m + "\njournal:\n" + run.upTo(m);
      assertEquals(Decision.STOP, m.said().decision(), why);
      assertEquals(List.of(), m.said().exercises(), why);
    }
    Statistics.label("an uncleared stop sign").collect(seen);
    Statistics.label("an uncleared stop sign").coverage(c -> c.check(true)
        .percentage(p -> p >= 20));
  }

  /** Straight from the lines of the file, not through {@link History}. */
  static Optional<String> unclearedStopSign(List<Event> lines) {
    Set<String> voided = new HashSet<>();
    for (Event e : lines) {
      if (e instanceof Correction c) {
        voided.add(c.target());
      }
    }
    List<Instant> clearings = new ArrayList<>();
    List<Event> signs = new ArrayList<>();
    for (Event e : lines) {
      if (voided.contains(e.id())) {
        continue;
      }
      if (e instanceof Cleared) {
        clearings.add(e.at().toInstant());
      } else if (e instanceof Symptom || e instanceof Session s && !s.stopSigns().isEmpty()) {
        signs.add(e);
      }
    }
    return signs.stream()
        .filter(s -> clearings.stream().noneMatch(c -> !c.isBefore(s.at().toInstant())))
        .map(JournalText::line).findFirst();
  }
}
