package dev.backcare.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.backcare.domain.Event.PlanChange;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.History;
import dev.backcare.domain.Phase;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The initial phase's exercises come in one at a time: two at first, then one more after each
 * three calm training days, in the order of the list. Days count from the plan's start (day 0); a
 * day's routine is a 07:00 check-in and an 08:00 session.
 */
class IntroductionsTest {
  private static final List<String> FIRST = List.of("knee-rolls", "pelvic-tilt");
  private static final List<String> ONE = List.of("knee-rolls", "pelvic-tilt", "single-knee-hug");
  private static final List<String> TWO = List.of("knee-rolls", "pelvic-tilt", "single-knee-hug",
      "double-knee-hug");
  private static final List<String> ALL = List.of("knee-rolls", "pelvic-tilt", "single-knee-hug",
      "double-knee-hug", "cat-camel");

  static Stream<Arguments> stories() {
    return Stream.of(
        arguments(Story.named("a new plan").plan(), 0, FIRST, null),
        arguments(Story.named("no plan").checkIn(0, 2), 0, FIRST, null),
        arguments(Story.named("two calm days").plan().days(0, 1, 2, 3).checkIn(2, 2), 2, FIRST,
            null),
        arguments(Story.named("three days, the third morning after not logged yet").plan()
            .days(0, 2, 2, 3), 3, FIRST, null),
        arguments(Story.named("three calm days").plan().days(0, 2, 2, 3).checkIn(3, 2), 3, ONE,
            "a new exercise: single knee hug, after 3 calm training days"),
        arguments(Story.named("three calm days, trained since").plan().days(0, 3, 2, 3)
            .checkIn(4, 2), 4, ONE, null),
        arguments(Story.named("three calm days and a day off").plan().days(0, 2, 2, 3)
            .checkIn(3, 2).checkIn(4, 2), 4, ONE, "a new exercise: single knee hug"),
        arguments(Story.named("six calm days").plan().days(0, 5, 2, 3).checkIn(6, 2), 6, TWO,
            "a new exercise: double knee hug, after 3 calm training days"),
        arguments(Story.named("nine calm days").plan().days(0, 8, 2, 3).checkIn(9, 2), 9, ALL,
            "a new exercise: cat-camel"),
        arguments(Story.named("thirteen calm days: never the press-up").plan().days(0, 12, 2, 3)
            .checkIn(13, 2), 13, ALL, null),
        arguments(Story.named("a ceiling break starts the count again").plan().days(0, 0, 2, 3)
            .checkIn(1, 2).session(1, 6).days(2, 3, 2, 3).checkIn(4, 2), 4, FIRST, null),
        arguments(Story.named("three calm days after a ceiling break").plan().days(0, 0, 2, 3)
            .checkIn(1, 2).session(1, 6).days(2, 4, 2, 3).checkIn(5, 2), 5, ONE,
            "a new exercise: single knee hug"),
        arguments(Story.named("a worse morning starts the count again").plan().days(0, 1, 2, 3)
            .days(2, 3, 3, 3).checkIn(4, 3), 4, FIRST, null),
        arguments(Story.named("a flare-up goes back to the first two").plan().days(0, 5, 2, 3)
            .checkIn(6, 8), 6, FIRST, null),
        arguments(Story.named("after a flare-up, three calm days again").plan().days(0, 5, 2, 3)
            .checkIn(6, 8).days(7, 9, 2, 3).checkIn(10, 2), 10, ONE,
            "a new exercise: single knee hug"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stories")
  void bringsInOneAtATime(Story story, int day, List<String> expected, String reason) {
    LocalDate today = Story.START.plusDays(day);
    History h = History.of(story.events());
    assertEquals(expected, ids(Plans.exercises(Story.LIBRARY, h, Phase.INITIAL, today)));
    Optional<Reason> said = Plans.introduced(Story.LIBRARY, h, today);
    assertEquals(reason != null, said.isPresent(), () -> "said: " + said);
    said.ifPresent(r -> {
      assertEquals(Rule.PROGRESS, r.rule());
      assertEquals(true, r.message().startsWith(reason), r.message());
    });
    assertEquals(FIRST, ids(Plans.exercises(Story.LIBRARY, h, Phase.INITIAL)),
        "the old signature: as on the first day");
  }

  static Stream<Arguments> plans() {
    return Stream.of(
        arguments("chosen at the start come first", List.of("knee-rolls", "cat-camel"), false,
            List.of(), 3, List.of("knee-rolls", "cat-camel", "pelvic-tilt")),
        arguments("the press-up comes last when backward bending eases", List.of(), true,
            List.of(), 13, List.of("knee-rolls", "pelvic-tilt", "single-knee-hug",
                "double-knee-hug", "cat-camel", "prone-press-up")),
        arguments("no double knee hug without the single one", List.of(), false,
            List.of("-single-knee-hug"), 13, List.of("knee-rolls", "pelvic-tilt", "cat-camel")),
        arguments("added by hand: not brought in again", List.of(), false,
            List.of("+single-knee-hug"), 3, List.of("knee-rolls", "pelvic-tilt",
                "double-knee-hug", "single-knee-hug")),
        arguments("the press-up added by hand, but it does not ease", List.of(), false,
            List.of("+prone-press-up"), 0, FIRST),
        arguments("the press-up added by hand, and it eases", List.of(), true,
            List.of("+prone-press-up"), 0, List.of("knee-rolls", "pelvic-tilt",
                "prone-press-up")));
  }

  /** Calm days 0 to {@code day - 1}, with this plan and these changes on day 0. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void followsThePlan(String name, List<String> chosen, boolean eases, List<String> changes,
      int day, List<String> expected) {
    Story s = Story.named(name);
    s.events().add(new PlanStart("p", Story.START.atTime(6, 0).atOffset(ZoneOffset.UTC),
        Story.START, chosen, eases));
    int n = 0;
    for (String c : changes) {
      s.events().add(new PlanChange("c" + n++, Story.START.atTime(6, 30).atOffset(ZoneOffset.UTC),
          c.startsWith("+"), c.substring(1)));
    }
    if (day > 0) {
      s.days(0, day - 1, 2, 3);
    }
    s.checkIn(day, 2);
    History h = History.of(s.events());
    assertEquals(expected, ids(Plans.exercises(Story.LIBRARY, h, Phase.INITIAL,
        Story.START.plusDays(day))));
  }

  @Test
  void thePressUpOnlyWhenItEases() {
    for (boolean eases : List.of(false, true)) {
      Story s = Story.named("press-up");
      s.events().add(new PlanStart("p", Story.START.atTime(6, 0).atOffset(ZoneOffset.UTC),
          Story.START, List.of(), eases));
      History h = History.of(s.events());
      for (Phase phase : Phase.values()) {
        boolean has = ids(Plans.exercises(Story.LIBRARY, h, phase, Story.START.plusDays(40)))
            .contains(Plans.EXTENSION);
        assertEquals(eases && phase != Phase.INITIAL, has, phase + ", eases " + eases);
      }
    }
  }

  private static List<String> ids(List<Exercise> exercises) {
    return exercises.stream().map(Exercise::id).toList();
  }
}
