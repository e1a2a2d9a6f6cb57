package dev.backcare.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import dev.backcare.domain.Phase;
import dev.backcare.library.LibraryReader;
import dev.backcare.rules.MorningRoutine.Routine;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The set in bed follows today's decision, and never doses above it. */
class MorningRoutineTest {
  static final Library LIBRARY = LibraryReader.bundled();
  static final LocalDate DAY = LocalDate.of(2026, 4, 6);
  static final History NOTHING = History.of(List.of());

  static Prescription dose(String id, Phase phase, int amount) {
    Prescription start = Doses.start(LIBRARY, phase, LIBRARY.exercise(id).orElseThrow());
    return start.withAmount(amount, start.restSeconds());
  }

  static Recommendation today(Decision decision, int logged, List<Prescription> exercises,
      Reason... reasons) {
    return new Recommendation(DAY, Optional.of(DAY.minusWeeks(5)), Phase.BUILDING, 6, decision,
        List.of(reasons), 2, logged, exercises, Optional.empty(), Optional.empty());
  }

  static List<String> ids(Routine m) {
    return m.exercises().stream().map(p -> p.exercise().id()).toList();
  }

  @Test
  void takesTodaysDoses() {
    Routine m = MorningRoutine.of(LIBRARY, NOTHING, today(Decision.HOLD, 0, List.of(
        dose("cat-camel", Phase.BUILDING, 9), dose("pelvic-tilt", Phase.BUILDING, 9),
        dose("knee-rolls", Phase.BUILDING, 10))));
    assertEquals(List.of("knee-rolls", "pelvic-tilt"), ids(m));
    assertEquals(List.of(10, 9), m.exercises().stream().map(Prescription::amount).toList());
    assertEquals(Optional.of("backcare log session --during N --exercise knee-rolls:2x10"
        + " --exercise pelvic-tilt:2x9"), m.log());
  }

  @Test
  void onlyWhatTodaysSessionHoldsNothingAdded() {
    Routine m = MorningRoutine.of(LIBRARY, NOTHING, today(Decision.PROGRESS, 0, List.of(
        dose("knee-rolls", Phase.BUILDING, 10), dose("bridge", Phase.BUILDING, 9))));
    assertEquals(List.of("knee-rolls"), ids(m));
    assertEquals(List.of(10), m.exercises().stream().map(Prescription::amount).toList());
    Routine neither = MorningRoutine.of(LIBRARY, NOTHING, today(Decision.HOLD, 0,
        List.of(dose("bridge", Phase.BUILDING, 9))));
    assertEquals(List.of(), neither.exercises());
    assertEquals(Optional.empty(), neither.log());
    assertTrue(neither.why().startsWith("Today's session has neither"), neither.why());
  }

  @Test
  void noSetOnAStopARestDayACheckInOrOnceTheDayIsDone() {
    for (Decision d : List.of(Decision.STOP, Decision.REST, Decision.CHECK_IN)) {
      Routine m = MorningRoutine.of(LIBRARY, NOTHING, today(d, 0, List.of()));
      assertEquals(List.of(), m.exercises(), d.id());
      assertEquals(Optional.empty(), m.log(), d.id());
    }
    Routine done = MorningRoutine.of(LIBRARY, NOTHING, today(Decision.HOLD, 2, List.of(
        dose("knee-rolls", Phase.BUILDING, 10))));
    assertEquals(List.of(), done.exercises());
    assertTrue(done.why().contains("no more today"), done.why());
  }

  @Test
  void anAcuteEpisodeGetsOnlyWhatTheRulesGive() {
    Routine m = MorningRoutine.of(LIBRARY, NOTHING, today(Decision.ACUTE, 0, List.of(
        dose("knee-rolls", Phase.INITIAL, 2))));
    assertEquals(List.of("knee-rolls"), ids(m));
  }
}
