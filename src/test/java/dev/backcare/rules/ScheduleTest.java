package dev.backcare.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.backcare.domain.Exercise;
import dev.backcare.domain.History;
import dev.backcare.domain.Phase;
import dev.backcare.domain.StopSign;
import dev.backcare.rules.Schedule.Day;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 14 days ahead. Days count from the plan's start (day 0, Monday 2 March 2026); a story is
 * told up to the day before "today", and today has no entries yet.
 */
class ScheduleTest {

  static List<Day> ahead(Story story, int today) {
    LocalDate date = Story.START.plusDays(today);
    return Schedule.ahead(Story.LIBRARY, History.of(story.events()), date, 14);
  }

  static List<Integer> restDays(List<Day> days) {
    return days.stream().filter(Day::rest)
        .map(d -> (int) (d.date().toEpochDay() - Story.START.toEpochDay())).toList();
  }

  @Test
  void theInitialPhaseHasNoRestDays() {
    List<Day> days = ahead(Story.named("new").plan(), 0);
    assertEquals(14, days.size());
    assertEquals(Story.START, days.get(0).date());
    assertEquals(Story.START.plusDays(13), days.get(13).date());
    for (Day d : days) {
      assertEquals(Phase.INITIAL, d.phase(), d::toString);
      assertFalse(d.rest(), d::toString);
      assertEquals(8, d.timesPerDay());
      assertEquals(List.of("knee-rolls", "pelvic-tilt"), ids(d).subList(0, 2));
    }
    assertEquals(List.of("knee-rolls", "pelvic-tilt"), ids(days.get(0)));
    assertTrue(ids(days.get(13)).size() > 2, "calm days bring in the other essentials");
    assertEquals(1, days.get(6).week());
    assertEquals(2, days.get(7).week());
  }

  @Test
  void trainingDaysBeforeTodayPlaceTheRestDay() {
    // Day 14 (week 3) was a rest day after days 8-13; the journal has days 15-17, today is
    // day 18: 15-17 logged and 18-20 projected make six, so day 21 is a rest day, then 28.
    Story story = Story.named("building").plan().days(0, 17, 2, 3);
    List<Day> days = ahead(story, 18);
    assertEquals(Phase.BUILDING, days.get(0).phase());
    assertEquals(List.of(21, 28), restDays(days));
    assertTrue(days.get(3).exercises().isEmpty());
    assertEquals(Phase.BUILDING, days.get(3).phase(), "a rest day keeps its phase");
  }

  @Test
  void aDayOffResetsTheCount() {
    Story story = Story.named("a day off").plan().days(0, 16, 2, 3).checkIn(17, 2);
    assertEquals(List.of(24, 31), restDays(ahead(story, 18)));
  }

  @Test
  void thePhaseChangesWhenItsWeekComes() {
    List<Day> days = ahead(Story.named("week 2").plan().days(0, 9, 2, 3), 10);
    for (int i = 0; i < 4; i++) {
      assertEquals(Phase.INITIAL, days.get(i).phase(), "day " + (10 + i));
    }
    Day week3 = days.get(4);
    assertEquals(Story.START.plusDays(14), week3.date());
    assertEquals(3, week3.week());
    assertEquals(Phase.BUILDING, week3.phase());
    assertTrue(week3.rest(), "days 8 to 13 were training days");
    Day first = days.get(5);
    assertEquals(Phase.BUILDING, first.phase());
    assertEquals(2, first.timesPerDay());
    assertEquals(List.of("knee-rolls", "pelvic-tilt", "cat-camel", "bridge", "bird-dog",
        "walking"), ids(first));
  }

  @Test
  void noDaysWhileAStopSignIsOpen() {
    Story story = Story.named("tingling").plan().days(0, 2, 2, 3)
        .symptom(2, StopSign.TINGLING);
    assertEquals(List.of(), ahead(story, 3));
    assertEquals(14, ahead(story.cleared(2), 3).size());
  }

  static Stream<Arguments> stories() {
    return Stream.of(
        arguments(Story.named("no plan"), 0),
        arguments(Story.named("plan starts next week").futurePlan(7), 0),
        arguments(Story.named("new plan").plan(), 0),
        arguments(Story.named("week 2").plan().days(0, 9, 2, 3), 10),
        arguments(Story.named("building, a day off").plan().days(0, 16, 2, 3), 18),
        arguments(Story.named("ceiling broken the day before week 3").plan().days(0, 12, 2, 3)
            .checkIn(13, 2).session(13, 7), 14),
        arguments(Story.named("flare-up yesterday in the building phase").plan()
            .days(0, 19, 2, 3).checkIn(20, 7).session(20, 3), 21),
        arguments(Story.named("maintenance is due").plan().days(0, 26, 2, 3), 27));
  }

  /**
   * The projection agrees with the coach when the days then go as projected: a calm morning and
   * the session as prescribed on every day that is not a rest day.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("stories")
  void agreesWithTheCoachWhenTheDaysGoAsProjected(Story story, int today) {
    List<Day> days = ahead(story, today);
    story.days(today, today + 13, 2, 3);
    for (Day d : days) {
      int day = (int) (d.date().toEpochDay() - Story.START.toEpochDay());
      Recommendation r = story.on(day, LocalTime.of(7, 30));
      assertEquals(r.phase(), d.phase(), () -> "day " + day + ": " + r.reasons());
      assertEquals(r.decision() == Decision.REST, d.rest(), () -> "day " + day + ": "
          + r.reasons());
      assertEquals(r.week(), d.week(), "day " + day);
      assertEquals(r.timesPerDay(), d.timesPerDay(), "day " + day);
      assertEquals(r.exercises().stream().map(p -> p.exercise().id()).toList(), ids(d),
          "day " + day);
    }
  }

  private static List<String> ids(Day d) {
    return d.exercises().stream().map(Exercise::id).toList();
  }
}
