package dev.backcare.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Phase;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules for ordinary lives: late sessions, pain given with a session, gaps, acute first days,
 * pain that stays high, exercises stuck at their least dose, and no improvement. Days count from
 * the plan's start (day 0, Monday 2 March 2026); the coach is asked at 09:30 unless said.
 */
class SafetyRulesTest {

  /** A story, the day asked, the decision, the rules that must fire, the urgency. */
  static Stream<Arguments> stories() {
    return Stream.of(
        arguments(Story.named("the worst check-in of the next morning's window decides").plan()
            .checkInAt(0, 22, 0, 2).sessionAt(0, 23, 30, 3, OptionalInt.empty())
            .checkInAt(1, 0, 30, 2).checkInAt(1, 8, 0, 6), 1, Decision.REDUCE,
            List.of("flare-up"), Optional.empty()),
        arguments(Story.named("a check-in within 6 h of the session is not the next morning")
            .plan().days(0, 3, 2, 3).checkInAt(3, 22, 0, 2)
            .sessionAt(3, 23, 30, 3, OptionalInt.empty()).checkInAt(4, 0, 30, 2), 4,
            Decision.HOLD, List.of("next-day"), Optional.empty()),
        arguments(Story.named("pain before a session at the flare-up level").plan()
            .days(0, 3, 2, 3).sessionWithBefore(4, 7, 3), 4, Decision.REDUCE,
            List.of("flare-up"), Optional.empty()),
        arguments(Story.named("pain after a session above the ceiling").plan().days(0, 3, 2, 3)
            .checkIn(4, 2).sessionAt(4, 8, 0, 3, OptionalInt.of(9)).checkIn(5, 2), 5,
            Decision.REDUCE, List.of("pain-ceiling"), Optional.empty()),
        arguments(Story.named("a flare-up after a ceiling break cites both").plan()
            .days(0, 3, 2, 3).checkIn(4, 2).session(4, 8).checkIn(5, 7), 5, Decision.REDUCE,
            List.of("flare-up", "pain-ceiling"), Optional.empty()),
        arguments(Story.named("three weeks off").plan().days(0, 9, 2, 3).checkIn(31, 2), 31,
            Decision.RETURN, List.of("return"), Optional.empty()),
        arguments(Story.named("pain 10 on day one").plan().checkIn(0, 10), 0, Decision.ACUTE,
            List.of("acute"), Optional.empty()),
        arguments(Story.named("pain 7 before any training, a week in").plan().checkIn(6, 7), 6,
            Decision.ACUTE, List.of("acute"), Optional.empty()),
        arguments(Story.named("pain 7 on four days in a row").plan().checkIn(0, 8).checkIn(1, 7)
            .checkIn(2, 9).checkIn(3, 7), 3, Decision.ACUTE, List.of("acute"),
            Optional.of(Urgency.SEE_PROFESSIONAL)),
        arguments(Story.named("pain 6 before the first session is said plainly").plan()
            .checkIn(0, 6), 0, Decision.START, List.of("start", "pain-ceiling"),
            Optional.empty()),
        arguments(Story.named("a plan never used, five weeks on").plan().checkIn(35, 2), 35,
            Decision.START, List.of("start"), Optional.empty()),
        arguments(Story.named("pain 0 throughout: nothing to check").plan().days(0, 45, 0, 2)
            .checkIn(46, 0), 46, Decision.REDUCE, List.of(), Optional.empty()),
        arguments(Story.named("pain 4 throughout, the first week unlogged").plan()
            .days(7, 45, 4, 3).checkIn(46, 4), 46, Decision.REDUCE,
            List.of("no-improvement"), Optional.of(Urgency.SEE_PROFESSIONAL)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stories")
  void decides(Story story, int day, Decision expected, List<String> rules,
      Optional<Urgency> urgency) {
    Recommendation r = story.on(day);
    List<String> fired = r.reasons().stream().map(x -> x.rule().id()).toList();
    assertEquals(expected, r.decision(), () -> "reasons: " + r.reasons());
    for (String rule : rules) {
      assertTrue(fired.contains(rule), () -> rule + " did not fire; fired: " + r.reasons());
    }
    assertEquals(urgency, r.urgency(), () -> "reasons: " + r.reasons());
  }

  @Test
  void painZeroNeverGetsTheNoImprovementAdvice() {
    Recommendation r = Story.named("pain 0").plan().days(0, 45, 0, 2).checkIn(46, 0).on(46);
    assertFalse(r.fired(Rule.NO_IMPROVEMENT), () -> r.reasons().toString());
  }

  @Test
  void aWorseCheckInAfterACeilingBreakNeverEarnsMore() {
    Recommendation calm = Story.named("3").plan().days(0, 3, 2, 3).checkIn(4, 2).session(4, 8)
        .checkIn(5, 3).on(5);
    Recommendation flare = Story.named("7").plan().days(0, 3, 2, 3).checkIn(4, 2).session(4, 8)
        .checkIn(5, 7).on(5);
    assertTrue(volume(flare) <= volume(calm), () -> flare.exercises() + " > " + calm.exercises());
    assertTrue(flare.fired(Rule.FLARE_UP) && flare.fired(Rule.PAIN_CEILING));
  }

  @Test
  void aCheckInOfTenOnDayOneGivesLessThanACheckInOfTwo() {
    Recommendation two = Story.named("2").plan().checkIn(0, 2).on(0);
    Recommendation ten = Story.named("10").plan().checkIn(0, 10).on(0);
    assertEquals(Decision.ACUTE, ten.decision());
    assertTrue(volume(ten) < volume(two), () -> ten.exercises() + " vs " + two.exercises());
    assertTrue(ten.exercises().stream().anyMatch(p -> p.exercise().id().equals("walking")));
  }

  @Test
  void aGapStepsBackAndNeverUp() {
    Story s = Story.named("two weeks off").plan().days(0, 20, 2, 3);
    Session last = s.events().stream().filter(Session.class::isInstance).map(Session.class::cast)
        .reduce((a, b) -> b).orElseThrow();
    Recommendation r = s.checkIn(35, 2).on(35);
    assertEquals(Decision.RETURN, r.decision());
    assertEquals(last.phase(), r.phase(), "no phase change after two weeks away");
    for (Prescription p : r.exercises()) {
      Performed was = last.performed(p.exercise().id()).orElseThrow(
          () -> new AssertionError("a new exercise after a gap: " + p.exercise().id()));
      assertTrue(p.amount() < was.amount() || p.amount() == Doses.floor(p.exercise()),
          () -> p + " against " + was);
    }
  }

  @Test
  void fourWeeksAwayGoesBackToTheInitialPhase() {
    Recommendation r = Story.named("a month off").plan().days(0, 24, 2, 3).checkIn(54, 2)
        .on(54);
    assertEquals(Decision.RETURN, r.decision());
    assertEquals(Phase.INITIAL, r.phase());
  }

  @Test
  void aPhaseWaitsForSevenTrainingDays() {
    Story s = Story.named("every third day").plan();
    for (int d = 0; d <= 14; d += 3) {
      s.checkIn(d, 2).session(d, 3).checkIn(d + 1, 2);
    }
    Recommendation r = s.checkIn(15, 2).on(15);
    assertEquals(Phase.INITIAL, r.phase(), () -> r.reasons().toString());
    assertTrue(r.fired(Rule.PHASE), () -> r.reasons().toString());
  }

  @Test
  void anExerciseStuckAboveTheCeilingAtItsLeastDoseIsLeftOut() {
    Story s = Story.named("stuck").plan().days(0, 3, 2, 3);
    int day = 4;
    while (s.checkIn(day, 2).on(day).urgency().isEmpty() && day < 20) {
      s.session(day, 7);
      day++;
    }
    Recommendation r = s.on(day);
    assertEquals(Optional.of(Urgency.SEE_PROFESSIONAL), r.urgency(), r.reasons()::toString);
    String leftOut = r.reasons().stream().map(Reason::message)
        .filter(m -> m.contains("left out")).findFirst().orElseThrow();
    assertTrue(r.exercises().stream().noneMatch(p -> leftOut.contains(p.exercise().id())),
        () -> JournalText.doses(r.exercises()) + " " + r.reasons());
  }

  /** A session's volume: sets times amount, leaving out an acute day's walk. */
  static int volume(Recommendation r) {
    return r.exercises().stream()
        .filter(p -> !(r.decision() == Decision.ACUTE && p.exercise().id().equals("walking")))
        .mapToInt(p -> p.sets() * p.amount())
        .sum();
  }
}
