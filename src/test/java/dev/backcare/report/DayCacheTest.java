package dev.backcare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.domain.Event;
import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Phase;
import dev.backcare.domain.StopSign;
import dev.backcare.journal.Journal.Place;
import dev.backcare.report.DayFigures.NextDay;
import dev.backcare.rules.Decision;
import dev.backcare.rules.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DayCacheTest {
  private static final LocalDate LAST = LocalDate.of(2026, 3, 29);

  private static DayFigures day(LocalDate date) {
    Map<String, Integer> volume = new LinkedHashMap<>();
    volume.put("bridge", 30);
    volume.put("odd id, with = and ~ and %ü", 45);
    volume.put("walking", 600);
    return new DayFigures(date, true, Optional.of(Phase.BUILDING), 5,
        Optional.of(Decision.REDUCE), EnumSet.of(Rule.NEXT_DAY, Rule.PAIN_CEILING), 2,
        List.of(3, 6), 30, 645, volume, Set.of("walking", "odd id, with = and ~ and %ü"),
        OptionalInt.of(4), NextDay.WORSE, List.of(StopSign.TINGLING, StopSign.BLADDER_BOWEL),
        true);
  }

  private static DayFigures empty(LocalDate date) {
    return new DayFigures(date, true, Optional.empty(), 0, Optional.empty(),
        EnumSet.noneOf(Rule.class), 0, List.of(), 0, 0, Map.of(), Set.of(), OptionalInt.empty(),
        NextDay.NONE, List.of(), false);
  }

  @Test
  void aDayIsReadBackAsItWasWritten() {
    for (DayFigures d : List.of(day(LAST), empty(LAST))) {
      DayFigures back = DayCache.decode(DayCache.encode(d));
      assertEquals(d, back);
      assertEquals(List.copyOf(d.volume().keySet()), List.copyOf(back.volume().keySet()),
          "the volume keeps the order exercises were first done in");
    }
    assertEquals(16, DayCache.encode(day(LAST)).split(" ").length);
  }

  /**
   * An event at or after the bound is, at any offset java allows (±18 hours, every quarter hour),
   * dated two days after the last cached day or later, and after that day's end at any offset.
   * A bound a day earlier is not enough.
   */
  @Test
  void anEventAfterTheBoundChangesNoCachedDay() {
    Instant bound = DayCache.unaffectedFrom(LAST);
    for (int minutes = -18 * 60; minutes <= 18 * 60; minutes += 15) {
      ZoneOffset event = ZoneOffset.ofTotalSeconds(minutes * 60);
      LocalDate date = OffsetDateTime.ofInstant(bound, event).toLocalDate();
      assertTrue(date.isAfter(LAST.plusDays(1)), event + ": dated " + date);
      for (int other = -18 * 60; other <= 18 * 60; other += 15) {
        Instant endOfLast = LAST.plusDays(1).atStartOfDay(ZoneOffset.ofTotalSeconds(other * 60))
            .toInstant();
        assertTrue(bound.isAfter(endOfLast), other + " minutes");
      }
    }
    Instant earlier = bound.minus(Duration.ofDays(1));
    assertFalse(OffsetDateTime.ofInstant(earlier, ZoneOffset.ofHours(-18)).toLocalDate()
        .isAfter(LAST.plusDays(1)));
  }

  private static Event checkIn(String id, Instant at) {
    return new CheckIn(id, OffsetDateTime.ofInstant(at, ZoneOffset.ofHours(1)), 2,
        Optional.empty());
  }

  private static DayCache saved(Path dir, Map<LocalDate, DayFigures> days) throws IOException {
    Path file = dir.resolve("cache");
    DayCache.save(file, "k1", new Place("(dev=1,ino=2)", 100, 7), days, LAST.plusDays(4));
    return DayCache.load(file, "k1");
  }

  private static Map<LocalDate, DayFigures> days(LocalDate from, LocalDate to) {
    Map<LocalDate, DayFigures> out = new LinkedHashMap<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      out.put(d, d.getDayOfMonth() % 2 == 0 ? day(d) : empty(d));
    }
    return out;
  }

  @Test
  void whatWasAppendedDecidesWhichDaysStillHold(@TempDir Path dir) throws IOException {
    DayCache cache = saved(dir, days(LAST.minusDays(20), LAST.plusDays(6)));
    assertEquals(LAST, cache.last(), "only settled days are saved");
    Instant bound = DayCache.unaffectedFrom(LAST);
    assertEquals(LAST, cache.holding(List.of()).last());
    assertEquals(LAST, cache.holding(List.of(checkIn("a", bound),
        checkIn("b", bound.plusSeconds(9)))).last());
    // A second earlier: its UTC date is two days after LAST, which the rules may read the day
    // before of, in a zone 18 hours behind UTC.
    assertEquals(LAST.minusDays(1), cache.holding(List.of(checkIn("a", bound.minusSeconds(1))))
        .last());
    Instant tenDaysBack = LAST.minusDays(10).atTime(12, 0).toInstant(ZoneOffset.UTC);
    DayCache cut = cache.holding(List.of(checkIn("x", bound), checkIn("a", tenDaysBack)));
    assertEquals(LAST.minusDays(13), cut.last(), "the days before the entry's");
    assertEquals(cache.place(), cut.place());
    assertNull(cache.holding(List.of(checkIn("a", LAST.minusDays(19).atStartOfDay()
        .toInstant(ZoneOffset.UTC)))), "no day left");
    OffsetDateTime now = OffsetDateTime.ofInstant(bound.plusSeconds(60), ZoneOffset.UTC);
    assertEquals(LAST, cache.holding(List.of(checkIn("a", bound), new Correction("c", now, "a",
        Optional.empty()))).last(), "a void of an entry appended since");
    assertNull(cache.holding(List.of(new Correction("c", now, "old", Optional.empty()))),
        "a void of an entry from before");
  }

  @Test
  void itAnswersOnlyForTheDaysItHoldsOnceSettled(@TempDir Path dir) throws IOException {
    DayCache cache = saved(dir, days(LAST.minusDays(20), LAST));
    assertTrue(cache.answersFor(LAST.minusDays(20), LAST.plusDays(4)));
    assertEquals(21, cache.from(LAST.minusDays(20)).size());
    assertEquals(3, cache.from(LAST.minusDays(2)).size());
    assertTrue(cache.answersFor(LAST.plusDays(20), LAST.plusDays(30)));
    assertTrue(cache.from(LAST.plusDays(20)).isEmpty());
    assertFalse(cache.answersFor(LAST.minusDays(21), LAST.plusDays(4)), "before its first");
    assertFalse(cache.answersFor(LAST.minusDays(20), LAST.plusDays(3)), "not yet settled");
  }

  @Test
  void aCacheOfAnotherKeyOrDamagedIsNotRead(@TempDir Path dir) throws IOException {
    saved(dir, days(LAST.minusDays(3), LAST));
    Path file = dir.resolve("cache");
    assertNotNull(DayCache.load(file, "k1"));
    assertNull(DayCache.load(file, "k2"));
    assertNull(DayCache.load(dir.resolve("none"), "k1"));
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      List<String> changed = new ArrayList<>(lines);
      changed.set(i, lines.get(i).substring(0, lines.get(i).length() / 2));
      Files.write(file, changed);
      assertNull(DayCache.load(file, "k1"), "line " + (i + 1) + " cut short");
    }
    List<String> gap = new ArrayList<>(lines);
    gap.remove(4);
    Files.write(file, gap);
    assertNull(DayCache.load(file, "k1"), "a day missing");
  }
}
