package dev.backcare.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.domain.Event;
import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.History;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Promises that hold over generated lives (see {@link Journeys}): a worse answer never earns more
 * volume, and a gap never raises a dose. Volume is sets times amount over the session, leaving out
 * an acute day's short walk, which replaces a session.
 */
class WorseNeverEarnsMorePropertyTest {

  /** The same journal, then one more check-in this morning: a worse one never gives more. */
  @Property(tries = 60, seed = "20260302")
  void aWorseCheckInNeverGivesMore(@ForAll(supplier = Journeys.Any.class) Journey journey,
      @ForAll @IntRange(max = 10) int better, @ForAll @IntRange(max = 10) int worse) {
    if (worse <= better) {
      return;
    }
    Simulated run = Simulation.run(journey);
    Simulated.Moment last = run.moments().get(run.moments().size() - 1);
    OffsetDateTime at = last.at().minusMinutes(5);
    Recommendation b = decide(run.journal(), new CheckIn("zz-b", at, better, Optional.empty()),
        last);
    Recommendation w = decide(run.journal(), new CheckIn("zz-w", at, worse, Optional.empty()),
        last);
    assertTrue(SafetyRulesTest.volume(w) <= SafetyRulesTest.volume(b), () -> "check-in " + worse
        + " gave " + JournalText.doses(w.exercises()) + " " + w.reasons() + "\nagainst "
        + better + ": " + JournalText.doses(b.exercises()) + " " + b.reasons() + "\njournal:\n"
        + JournalText.lines(run.journal()));
  }

  /** The last session's pain during or after, made worse: never more the next day. */
  @Property(tries = 60, seed = "20260302")
  void aWorseSessionNeverGivesMore(@ForAll(supplier = Journeys.Any.class) Journey journey,
      @ForAll @IntRange(min = 1, max = 6) int by, @ForAll boolean after) {
    Simulated run = Simulation.run(journey);
    Simulated.Moment last = run.moments().get(run.moments().size() - 1);
    List<Event> journal = run.journal();
    int i = lastSession(journal);
    if (i < 0) {
      return;
    }
    Session s = (Session) journal.get(i);
    Session worse = after
        ? new Session(s.id(), s.at(), s.phase(), s.exercises(), s.during(), s.before(),
            OptionalInt.of(Math.min(10, s.after().orElse(s.during()) + by)), s.note(),
            s.stopSigns())
        : new Session(s.id(), s.at(), s.phase(), s.exercises(), Math.min(10, s.during() + by),
            s.before(), s.after(), s.note(), s.stopSigns());
    List<Event> changed = new ArrayList<>(journal);
    changed.set(i, worse);
    Recommendation b = Coach.decide(Simulation.LIBRARY, History.of(journal)
        .until(last.at().toInstant()), last.today());
    Recommendation w = Coach.decide(Simulation.LIBRARY, History.of(changed)
        .until(last.at().toInstant()), last.today());
    assertTrue(SafetyRulesTest.volume(w) <= SafetyRulesTest.volume(b), () -> "worse session "
        + worse + " gave " + JournalText.doses(w.exercises()) + " " + w.reasons() + "\nagainst "
        + JournalText.doses(b.exercises()) + " " + b.reasons() + "\njournal:\n"
        + JournalText.lines(journal));
  }

  /** After a gap of a week or more, no dose is above what was last done of that exercise. */
  @Property(tries = 60, seed = "20260302")
  void aGapNeverRaisesADose(@ForAll(supplier = Journeys.Any.class) Journey journey,
      @ForAll @IntRange(min = 7, max = 60) int away) {
    Simulated run = Simulation.run(journey);
    History h = History.of(run.journal());
    List<Session> sessions = h.sessions();
    if (sessions.isEmpty() || !h.openSymptoms().isEmpty()) {
      return;
    }
    LocalDate day = sessions.get(sessions.size() - 1).date().plusDays(away);
    Recommendation r = Coach.decide(Simulation.LIBRARY, History.of(plus(run.journal(),
        new CheckIn("zz-g", day.atTime(7, 0).atOffset(last(sessions).at().getOffset()), 2,
            Optional.empty()))), day);
    for (Prescription p : r.exercises()) {
      Optional<Performed> done = sessions.stream()
          .map(s -> s.performed(p.exercise().id()))
          .flatMap(Optional::stream)
          .reduce((a, b) -> b);
      assertTrue(done.isEmpty() || p.sets() * p.amount() <= done.get().volume(), () -> p
          + " after " + away + " days away, last done " + done.get() + ": " + r.reasons());
    }
  }

  private static Recommendation decide(List<Event> journal, CheckIn extra, Simulated.Moment m) {
    return Coach.decide(Simulation.LIBRARY, History.of(plus(journal, extra))
        .until(m.at().toInstant()), m.today());
  }

  private static List<Event> plus(List<Event> journal, Event extra) {
    List<Event> all = new ArrayList<>(journal);
    all.add(extra);
    return all;
  }

  private static int lastSession(List<Event> journal) {
    for (int i = journal.size() - 1; i >= 0; i--) {
      if (journal.get(i) instanceof Session) {
        return i;
      }
    }
    return -1;
  }

  private static Session last(List<Session> sessions) {
    return sessions.get(sessions.size() - 1);
  }
}
