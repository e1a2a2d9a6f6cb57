package dev.backcare.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.domain.Event.Session;
import dev.backcare.domain.History;
import dev.backcare.domain.Phase;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The 10 % rule on every day: a person who does exactly what `today` says, one session a day, never
 * lifts an exercise's volume over any seven days more than the cap above the seven days before,
 * from the eighth day of a phase after the initial one (a phase's first days get the program's
 * starting doses, which the report labels as a phase start). As the rule has it, days before the
 * phase began count at the phase's starting dose, once per session that day.
 */
class VolumeCapEveryDayPropertyTest {

  @Property(tries = 40, seed = "20260302")
  void followingTodayKeepsEverySevenDaysWithinTheCap(@ForAll("lives") List<int[]> days) {
    Story s = Story.named("life").plan();
    for (int d = 0; d < days.size(); d++) {
      s.checkIn(d, days.get(d)[0]);
      Recommendation r = s.on(d, java.time.LocalTime.of(7, 30));
      if (!r.exercises().isEmpty() && r.decision() != Decision.ACUTE) {
        s.session(d, days.get(d)[1]);
      }
    }
    History h = History.of(s.events());
    int cap = Story.LIBRARY.thresholds().weeklyVolumeCapPercent();
    List<Session> sessions = h.sessions();
    Set<String> ids = sessions.stream().flatMap(x -> x.exercises().stream())
        .map(p -> p.exercise()).collect(Collectors.toSet());
    for (int i = 0; i < sessions.size(); i++) {
      Session last = sessions.get(i);
      LocalDate d = last.date();
      LocalDate began = stintBegan(sessions, i);
      if (last.phase() == Phase.INITIAL || d.minusDays(7).isBefore(began)) {
        continue;
      }
      for (String id : ids) {
        int start = Story.LIBRARY.exercise(id)
            .map(e -> Coach.startDose(Story.LIBRARY, last.phase(), e))
            .map(p -> p.sets() * p.amount()).orElse(0);
        long before = volume(h, id, d.minusDays(13), d.minusDays(7), began, start);
        long now = volume(h, id, d.minusDays(6), d, began, start);
        assertTrue(before == 0 || now * 100 <= before * (100 + cap), () -> id + " on " + d
            + ": " + now + " against " + before + " the week before\n"
            + JournalText.lines(s.events()));
      }
    }
  }

  @Provide
  Arbitrary<List<int[]>> lives() {
    Arbitrary<int[]> day = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(12, Arbitraries.just(new int[] {2, 3})),
        net.jqwik.api.Tuple.of(3, Arbitraries.just(new int[] {3, 4})),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(new int[] {4, 6})),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(new int[] {1, 2})));
    return day.list().ofMinSize(30).ofMaxSize(70);
  }

  /** The first day of the run of sessions in the phase of session {@code i}. */
  private static LocalDate stintBegan(List<Session> sessions, int i) {
    int j = i;
    while (j > 0 && sessions.get(j - 1).phase() == sessions.get(i).phase()) {
      j--;
    }
    return sessions.get(j).date();
  }

  private static long volume(History h, String id, LocalDate from, LocalDate to,
      LocalDate began, int start) {
    long sum = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      for (Session s : h.sessionsOn(d)) {
        sum += d.isBefore(began) ? start : s.performed(id).map(p -> (long) p.volume()).orElse(0L);
      }
    }
    return sum;
  }
}
