package dev.backcare.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.backcare.BackcareException;
import dev.backcare.domain.Event.FunctionRating;
import dev.backcare.domain.Event.Score;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FunctionScaleTest {
  static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneOffset.UTC);

  static FunctionRating rating(String id, int day, Score... scores) {
    return new FunctionRating(id, AT.plusDays(day), List.of(scores), Optional.empty());
  }

  @Test
  void namesAndScoresSplitAtTheLastEqualsSign() {
    assertEquals(List.of(new Score("a=b", 3), new Score("walking 30 min", 10)),
        FunctionScale.parse(List.of(" a=b = 3", "walking 30 min=10"), List.of()));
  }

  @Test
  void scoresAloneRateTheKnownActivitiesInOrder() {
    assertEquals(List.of(new Score("socks", 4), new Score("walk", 0)),
        FunctionScale.parse(List.of("4", "0"), List.of("socks", "walk")));
  }

  @Test
  void aScoreOutsideZeroToTenIsBadInput() {
    BackcareException bad = assertThrows(BackcareException.class,
        () -> FunctionScale.parse(List.of("socks=10.5"), List.of()));
    assertEquals(2, bad.exitCode().code());
  }

  @Test
  void theRiseIsAgainstTheFirstRatingOfTheSameActivities() {
    FunctionRating first = rating("f1", 0, new Score("socks", 2), new Score("walk", 2));
    FunctionRating other = rating("f2", 7, new Score("lifting", 1));
    FunctionRating again = rating("f3", 14, new Score("lifting", 4));
    FunctionRating back = rating("f4", 21, new Score("socks", 5), new Score("walk", 4));

    assertEquals(Optional.empty(), FunctionScale.rise(List.of(first, other)));
    assertEquals(Optional.of(3.0), FunctionScale.rise(List.of(first, other, again)));
    assertEquals(Optional.of(2.5), FunctionScale.rise(List.of(first, other, again, back)));
    assertEquals(List.of("socks", "walk"), FunctionScale.known(List.of(first, other, again, back)));
  }

  @Test
  void aRiseOfTwoIsMeaningfulAndLessIsNot() {
    assertEquals(true, FunctionScale.meaningful(2.0));
    assertEquals(true, FunctionScale.meaningful(6.5 - 4.5));
    assertEquals(false, FunctionScale.meaningful(1.9));
    assertEquals(false, FunctionScale.meaningful(-3));
  }
}
