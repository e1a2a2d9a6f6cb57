package dev.backcare.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.domain.DoseKind;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Phase;
import dev.backcare.domain.Range;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the doses become under each rule, in numbers. */
class DosesTest {

  private static Map<String, Prescription> byId(Recommendation r) {
    return r.exercises().stream().collect(Collectors.toMap(p -> p.exercise().id(), p -> p));
  }

  @Test
  void firstSessionIsTheInitialPhasesStartingDose() {
    Recommendation r = Story.named("start").plan().on(0);
    assertEquals(Phase.INITIAL, r.phase());
    assertEquals(8, r.timesPerDay());
    for (Prescription p : r.exercises()) {
      assertEquals(1, p.sets());
      assertEquals(OptionalInt.of(2), p.reps());
    }
    assertEquals(2, r.exercises().size());
  }

  @Test
  void sessionsWithoutAPlanSayHowToCountThem() {
    Recommendation r = Story.named("no plan").checkIn(0, 2).session(0, 3).checkIn(1, 2).on(1);
    assertEquals(Decision.START, r.decision());
    assertTrue(r.reasons().get(0).message().contains("backcare plan start --date 2026-03-02"),
        () -> r.reasons().toString());
  }

  @Test
  void threeCalmDaysAddOneRepetition() {
    Recommendation r = Story.named("calm").plan().days(0, 2, 2, 3).checkIn(3, 2).on(3);
    Prescription knee = byId(r).get("knee-rolls");
    assertEquals(3, knee.amount());
    assertEquals(OptionalInt.of(2), knee.previous());
  }

  @Test
  void buildingPhaseStartsAtTwoSetsOfEightWithAMinutesRest() {
    Recommendation r = Story.named("week 3").plan().days(0, 12, 2, 3).checkIn(13, 2)
        .checkIn(14, 2).on(14);
    assertEquals(Phase.BUILDING, r.phase());
    Prescription bridge = byId(r).get("bridge");
    assertEquals(2, bridge.sets());
    assertEquals(8, bridge.amount());
    assertEquals(60, bridge.restSeconds());
    assertEquals(2, r.timesPerDay());
  }

  @Test
  void aCeilingBreakGoesBackToTheLastToleratedDoseWithLongerRest() {
    Story s = Story.named("ceiling").plan().days(0, 12, 2, 3).checkIn(13, 2).checkIn(14, 2)
        .days(14, 17, 2, 3);
    Recommendation before = s.checkIn(18, 2).on(18);
    int reached = byId(before).get("bridge").amount();
    assertEquals(9, reached, () -> "reasons: " + before.reasons());
    s.session(18, 7).checkIn(19, 2);
    Recommendation after = s.on(19);
    assertEquals(Decision.REDUCE, after.decision());
    Prescription bridge = byId(after).get("bridge");
    assertEquals(8, bridge.amount(), "back to the last dose that stayed within the rules");
    assertEquals(90, bridge.restSeconds(), "30 s more rest between sets");
  }

  @Test
  void aCeilingBreakWithNoEarlierDoseTakesOneRepOff() {
    Story s = Story.named("first day hurts").plan().checkIn(0, 2).session(0, 8).checkIn(1, 2);
    Prescription knee = byId(s.on(1)).get("knee-rolls");
    assertEquals(1, knee.amount());
    assertEquals(OptionalInt.of(2), knee.previous());
  }

  @Test
  void aFlareUpGoesBackToTheInitialPhasesExercisesAndDoses() {
    Story s = Story.named("flare").plan().days(0, 12, 2, 3).checkIn(13, 2).checkIn(14, 2)
        .days(14, 17, 2, 3).checkIn(18, 8);
    Recommendation r = s.on(18);
    assertEquals(Decision.REDUCE, r.decision());
    assertEquals(Phase.INITIAL, r.phase());
    assertEquals(Story.LIBRARY.phase(Phase.INITIAL).exercises().subList(0, 2),
        r.exercises().stream().map(p -> p.exercise().id()).toList());
    r.exercises().forEach(p -> assertEquals(2, p.amount()));
  }

  @Test
  void afterAFlareUpTheNextPhaseWaitsForSevenCalmDays() {
    Story s = Story.named("flare then calm").plan().days(0, 12, 2, 3).checkIn(13, 2)
        .checkIn(14, 2).days(14, 17, 2, 3).checkIn(18, 8).session(18, 3);
    s.days(19, 23, 2, 3);
    assertEquals(Phase.INITIAL, s.checkIn(24, 2).on(24).phase(), "day 18 is within 7 days");
    // Day 20 was a rest day (six in a row before it), so the initial phase's stint since the
    // flare-up reaches its seventh training day on day 25.
    s.session(24, 3).checkIn(25, 2);
    assertEquals(Phase.INITIAL, s.on(25).phase(), "six training days since the flare-up");
    s.session(25, 3).checkIn(26, 2);
    Recommendation r = s.on(26);
    assertEquals(Phase.BUILDING, r.phase(), () -> "days 20-26 were calm: " + r.reasons());
  }

  @Test
  void timedHoldsStepUpByFiveSeconds() {
    Story s = Story.named("holds").plan().days(0, 40, 1, 3);
    Range range = Story.LIBRARY.exercise("knee-plank").orElseThrow().dose().seconds();
    Prescription plank = byId(s.checkIn(41, 1).on(41)).get("knee-plank");
    assertEquals(DoseKind.HOLD, plank.kind());
    List<Integer> done = s.events().stream()
        .filter(e -> e instanceof dev.backcare.domain.Event.Session)
        .flatMap(e -> ((dev.backcare.domain.Event.Session) e).performed("knee-plank").stream())
        .map(Performed::amount).toList();
    assertTrue(done.stream().anyMatch(a -> a > range.start()), done::toString);
    assertTrue(done.stream().allMatch(a -> (a - range.start()) % 5 == 0), done::toString);
  }

  @Test
  void loggedMoreThanTheTargetIsNeverPrescribed() {
    Story s = Story.named("overdid it").plan().checkIn(0, 2)
        .sessionOf(0, 3, new Performed("knee-rolls", 3, 40, false))
        .checkIn(1, 2).checkIn(3, 2);
    Prescription knee = byId(s.on(3)).get("knee-rolls");
    assertEquals(3, knee.amount(), "the initial phase's target");
  }

  @Test
  void dosesStayWithinThePhasesLimitsThroughAYear() {
    Story s = Story.named("a year").plan();
    for (int week = 0; week < 52; week++) {
      int pain = week % 5 == 4 ? 4 : 2;
      s.days(week * 7, week * 7 + 6, pain, week % 7 == 3 ? 6 : 3);
      Recommendation r = s.on(week * 7 + 6, java.time.LocalTime.of(20, 0));
      for (Prescription p : r.exercises()) {
        Range range = Doses.range(Story.LIBRARY, r.phase(), p.exercise());
        assertTrue(p.amount() >= Doses.floor(p.exercise()) && p.amount() <= range.target(),
            () -> "week " + r.week() + ": " + p);
      }
    }
  }
}
