package dev.backcare.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backcare.domain.Event;
import dev.backcare.domain.History;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The same journal and the same day give the same answer, whatever the order of the lines in the
 * file: back-dated entries, and entries at the very same instant (a check-in logged with a session,
 * a session logged twice, two check-ins at once), included.
 */
class LineOrderPropertyTest {

  /** A journal as written, and the same lines in another order. */
  record Shuffled(Journey journey, List<Event> written, List<Event> lines) {
    @Override
    public String toString() {
      return journey + "\nthe journal's lines, shuffled:\n" + JournalText.lines(lines);
    }
  }

  @Provide
  Arbitrary<Shuffled> journals() {
    return Journeys.journeys(1, 40).flatMap(j -> {
      List<Event> written = Simulation.run(j).journal();
      return Arbitraries.shuffle(written).map(lines -> new Shuffled(j, written, lines));
    });
  }

  @Property(seed = "20260302")
  void sameAnswerWhateverTheOrderOfLines(@ForAll("journals") Shuffled journal) {
    History written = History.of(journal.written());
    History shuffled = History.of(journal.lines());
    LocalDate first = Simulation.START.minusDays(1);
    LocalDate last = journal.written().stream().map(Event::date).max(LocalDate::compareTo)
        .orElseThrow().plusDays(1);
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      same(Coach.decide(Simulation.LIBRARY, written, d),
          Coach.decide(Simulation.LIBRARY, shuffled, d), "today on " + d);
      same(Coach.prescribe(Simulation.LIBRARY, written, d),
          Coach.prescribe(Simulation.LIBRARY, shuffled, d), "session doses on " + d);
    }
    Set<Instant> seen = new HashSet<>();
    boolean tie = !journal.written().stream().allMatch(e -> seen.add(e.at().toInstant()));
    Statistics.label("lines at the same instant").collect(tie);
    Statistics.label("lines at the same instant").coverage(c -> c.check(true)
        .percentage(p -> p >= 30));
  }

  /** Equal answers; the message shows the parts a person reads, not whole exercise records. */
  private static void same(Recommendation expected, Recommendation actual, String what) {
    assertEquals(text(expected), text(actual), what);
    assertEquals(expected, actual, what);
  }

  private static String text(Recommendation r) {
    return r.decision().id() + ", phase " + r.phase().id() + ", week " + r.week() + ", "
        + JournalText.doses(r.exercises()) + ", next " + r.nextPhase() + "\n  "
        + String.join("\n  ", r.reasons().stream().map(x -> x.rule().id() + ": " + x.message())
            .toList());
  }
}
