package dev.backcare.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.Session;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A recent history says when a question reached before what it holds whole. */
class RecentHistoryFlagsTest {
  private static final LocalDate HORIZON = LocalDate.of(2026, 3, 1);
  private static final LocalDate FIRST_WEEK = LocalDate.of(2025, 6, 2);

  private static OffsetDateTime at(LocalDate d) {
    return d.atTime(9, 0).atOffset(ZoneOffset.ofHours(1));
  }

  private static Session session(String id, LocalDate d) {
    return new Session(id, at(d), Phase.MAINTENANCE, List.of(new Performed("bridge", 2, 10,
        false)), 2, OptionalInt.of(1), OptionalInt.empty(), Optional.empty());
  }

  /** Sessions on 10 and 12 March, a check-in of the plan's first week kept from long ago. */
  private static History recent() {
    Instant horizon = HORIZON.atStartOfDay().toInstant(ZoneOffset.UTC);
    return History.recent(List.of(
        new CheckIn("c1", at(FIRST_WEEK), 3, Optional.empty()),
        session("s1", LocalDate.of(2026, 3, 10)),
        session("s2", LocalDate.of(2026, 3, 12))),
        new Recent(horizon, Set.of(FIRST_WEEK)));
  }

  private static boolean misses(Consumer<History> question) {
    History h = recent();
    question.accept(h);
    return h.missed();
  }

  @Test
  void daysFromTwoDaysAfterTheHorizonAreWhole() {
    assertFalse(misses(h -> h.sessionsOn(HORIZON.plusDays(2))));
    assertFalse(misses(h -> h.checkInsBetween(HORIZON.plusDays(2), HORIZON.plusDays(20))));
    assertFalse(misses(h -> h.trainingDays(HORIZON.plusDays(5), HORIZON.plusDays(20))));
    assertFalse(misses(h -> h.baseline(LocalDate.of(2026, 3, 12))));
    assertFalse(misses(h -> h.trainingDayOnOrBefore(LocalDate.of(2026, 3, 11))));
  }

  @Test
  void anEarlierDayIsAMiss() {
    assertTrue(misses(h -> h.sessionsOn(HORIZON.plusDays(1))));
    assertTrue(misses(h -> h.checkInsOn(HORIZON.minusDays(30))));
    assertTrue(misses(h -> h.checkInsBetween(HORIZON.minusDays(1), HORIZON.plusDays(9))));
    assertTrue(misses(h -> h.trainingDays(HORIZON, HORIZON.plusDays(9))));
    assertTrue(misses(h -> h.trainingDayOnOrBefore(LocalDate.of(2026, 3, 9))));
    assertTrue(misses(History::sessions));
    assertTrue(misses(History::checkIns));
  }

  @Test
  void theFirstWeeksCheckInsAreKeptWhole() {
    History h = recent();
    assertEquals(3, h.morningPain(FIRST_WEEK).getAsInt());
    assertFalse(h.missed());
    h.sessionsOn(FIRST_WEEK);
    assertTrue(h.missed(), "only its check-ins are kept");
  }

  @Test
  void walkingSessionsFromTheEndIsFineUntilTheFirst() {
    History h = recent();
    Front<Session> since = h.sessionsFrom(FIRST_WEEK);
    assertEquals("s2", since.get(since.size() - 1).id());
    assertFalse(h.missed());
    assertEquals("s1", since.get(0).id());
    assertTrue(h.missed(), "older sessions may come before the first one held");
  }

  @Test
  void aWholeHistoryNeverMisses() {
    History h = History.of(List.of(session("s1", LocalDate.of(2026, 3, 10))));
    h.sessionsOn(LocalDate.of(2020, 1, 1));
    h.sessions();
    h.sessionsFrom(LocalDate.of(2020, 1, 1)).get(0);
    assertFalse(h.missed());
  }

  @Test
  void aCutHistorySharesTheMark() {
    History h = recent();
    History morning = h.until(at(LocalDate.of(2026, 3, 12)).toInstant().minusSeconds(1));
    assertEquals(1, morning.sessionsFrom(HORIZON.plusDays(2)).size());
    assertTrue(morning.sessionsOn(LocalDate.of(2026, 3, 12)).isEmpty());
    morning.checkInsOn(HORIZON);
    assertTrue(h.missed());
  }
}
