package dev.backcare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.domain.Event;
import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import dev.backcare.domain.Phase;
import dev.backcare.library.LibraryReader;
import dev.backcare.report.Insights.Row;
import dev.backcare.report.Insights.Tally;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Which days came before worse mornings, counted by training day. */
class InsightsTest {
  static final Library LIBRARY = LibraryReader.bundled();
  static final LocalDate START = LocalDate.of(2026, 3, 2);
  final List<Event> events = new ArrayList<>();

  /**
   * Fifteen training days. Days 0 to 6: bridge and knee rolls at 09:00 from pain 2, the next
   * morning 4 (worse) after days 0 to 3 and 2 after days 4 to 6. Days 7 to 13: knee rolls at
   * 18:00, the next morning 2 (the same), day 7's session above the ceiling. Day 14: its next
   * morning not logged yet.
   */
  Insights fifteenDays(LocalDate from, LocalDate to) {
    for (int day = 0; day < 15; day++) {
      boolean early = day < 7;
      List<Performed> done = early
          ? List.of(new Performed("bridge", 1, 5, false), new Performed("knee-rolls", 1, 3, false))
          : List.of(new Performed("knee-rolls", 1, 3, false));
      events.add(new Session("s" + day, at(day, early ? 9 : 18), Phase.INITIAL, done,
          day == 7 ? 7 : 3, OptionalInt.of(2), OptionalInt.empty(), Optional.empty(), List.of()));
      if (day < 14) {
        events.add(new CheckIn("c" + day, at(day + 1, 7), day < 4 ? 4 : 2, Optional.empty()));
      }
    }
    return Insights.of(LIBRARY, History.of(events), from, to, START.plusDays(15));
  }

  static OffsetDateTime at(int day, int hour) {
    return START.plusDays(day).atTime(hour, 0).atOffset(ZoneOffset.ofHours(1));
  }

  @Test
  void countsTrainingDaysAndLeavesOutThoseWithoutANextMorning() {
    Insights i = fifteenDays(START, START.plusDays(20));
    assertEquals(15, i.trainingDays());
    assertEquals(14, i.counted());
    assertEquals(1, i.unknown());
    assertEquals(List.of("morning", "above-ceiling", "bridge", "knee-rolls"),
        i.rows().stream().map(Row::id).toList());
  }

  @Test
  void comparesMorningsWithLaterSessionsWhenThereAreEnoughDays() {
    Row time = fifteenDays(START, START.plusDays(20)).rows().get(0);
    assertEquals(new Tally(7, 4), time.with());
    assertEquals(new Tally(7, 0), time.without());
    assertTrue(time.enough());
    assertEquals("worse mornings followed 4 of 7 days whose first session was before noon"
        + " (57 %) and 0 of 7 days it was later (0 %)", time.verdict());
  }

  @Test
  void drawsNoComparisonUnderSixDaysButShowsTheCounts() {
    Insights i = fifteenDays(START, START.plusDays(20));
    Row ceiling = i.rows().get(1);
    assertEquals(new Tally(1, 0), ceiling.with());
    assertEquals(new Tally(13, 4), ceiling.without());
    assertFalse(ceiling.enough());
    assertEquals("worse mornings followed 0 of 1 day with a session above the ceiling and 4"
        + " of 13 days without; not enough days yet to compare (needs 6 with and 6 without)",
        ceiling.verdict());
    Row kneeRolls = i.rows().get(3);
    assertEquals(new Tally(0, 0), kneeRolls.without());
    assertEquals("worse mornings followed 4 of 14 days with knee rolls; there were no days"
        + " without; not enough days yet to compare (needs 6 with and 6 without)",
        kneeRolls.verdict());
  }

  @Test
  void anExerciseIsCountedByTheDaysThatHadIt() {
    Row bridge = fifteenDays(START, START.plusDays(20)).rows().get(2);
    assertEquals("Bridge", bridge.label());
    assertEquals(new Tally(7, 4), bridge.with());
    assertEquals(new Tally(7, 0), bridge.without());
    assertEquals(57, bridge.with().percent().getAsInt());
  }

  @Test
  void onlyTheDaysOfThePeriodCount() {
    Insights i = fifteenDays(START.plusDays(7), START.plusDays(13));
    assertEquals(7, i.trainingDays());
    assertEquals(7, i.counted());
    assertEquals(List.of("morning", "above-ceiling", "knee-rolls"),
        i.rows().stream().map(Row::id).toList());
  }

  @Test
  void noWordClaimsACause() {
    for (Row r : fifteenDays(START, START.plusDays(20)).rows()) {
      assertFalse(r.verdict().contains("caus"), r.verdict());
    }
    assertTrue(Insights.CAUTION.contains("not what caused it"));
  }

  @Test
  void aPeriodWithoutTrainingHasNoRows() {
    Insights i = Insights.of(LIBRARY, History.of(List.of()), START, START.plusDays(6),
        START.plusDays(6));
    assertEquals(0, i.trainingDays());
    assertEquals(List.of(), i.rows());
    assertEquals("No training days in this period.", i.counts());
  }
}
