package dev.backcare.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The six-week no-improvement advice with function as well as pain: it is held back only when
 * function has clearly risen (the mean score of the latest rating at least 2 above the first
 * rating of the same activities, rated in the last 14 days) and pain has not risen. Every story
 * is asked on day 46 (plan week 7); the mornings are 4 throughout unless said, so pain alone
 * would get the advice.
 */
class NoImprovementFunctionTest {

  static Story painFour(String name) {
    return Story.named(name).plan().days(7, 45, 4, 3).checkIn(46, 4);
  }

  /** A story, whether the advice is given, and words its message must hold if so. */
  static Stream<Arguments> stories() {
    return Stream.of(
        arguments(painFour("no ratings: pain alone decides"), true, Optional.empty()),
        arguments(painFour("one rating: no change known").function(10, "socks=3", "walk=4"),
            true, Optional.empty()),
        arguments(painFour("function up 1.5: not enough").function(10, "socks=3", "walk=4")
            .function(44, "socks=5", "walk=5"), true, Optional.of("risen only 1.5")),
        arguments(painFour("function down").function(10, "socks=5", "walk=5")
            .function(44, "socks=4", "walk=4"), true, Optional.of("has not risen")),
        arguments(painFour("function up 2.0, rated this week").function(10, "socks=3", "walk=4")
            .function(44, "socks=5", "walk=6"), false, Optional.empty()),
        arguments(painFour("function up 3, rated today").function(10, "socks=2")
            .function(46, "socks=5"), false, Optional.empty()),
        arguments(painFour("function up 3, but the latest rating is 20 days old")
            .function(10, "socks=2").function(26, "socks=5"), true,
            Optional.of("has risen 3.0, but your latest rating of it is over two weeks old")),
        arguments(Story.named("function up 2, but pain rose from 3 to 5").plan()
            .days(7, 38, 3, 3).days(39, 45, 5, 3).checkIn(46, 5).function(10, "socks=3")
            .function(44, "socks=5"), true, Optional.of("but your pain has risen too")),
        arguments(painFour("new activities compared with their own first rating")
            .function(10, "socks=2", "walk=2").function(30, "lifting=3")
            .function(44, "lifting=6"), false, Optional.empty()),
        arguments(painFour("new activities rated once: no change known")
            .function(10, "socks=2", "walk=2").function(44, "lifting=6"), true,
            Optional.empty()),
        arguments(painFour("a rise voided does not count").function(10, "socks=2")
            .function(44, "socks=6").voidLast(45), true, Optional.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stories")
  void advises(Story story, boolean advised, Optional<String> words) {
    Recommendation r = story.on(46);
    assertEquals(advised, r.fired(Rule.NO_IMPROVEMENT), () -> "reasons: " + r.reasons());
    words.ifPresent(w -> assertTrue(r.reasons().stream()
        .anyMatch(x -> x.rule() == Rule.NO_IMPROVEMENT && x.message().contains(w)),
        () -> w + " not in " + r.reasons()));
    if (advised) {
      assertEquals(Optional.of(Urgency.SEE_PROFESSIONAL), r.urgency(), r.reasons()::toString);
    }
  }
}
