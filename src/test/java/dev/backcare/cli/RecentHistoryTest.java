package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.bench.JournalGenerator;
import dev.backcare.domain.Event;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import dev.backcare.domain.LocalZone;
import dev.backcare.journal.EventCodec;
import dev.backcare.journal.Journal;
import dev.backcare.library.LibraryReader;
import dev.backcare.report.Period;
import dev.backcare.report.Reports;
import dev.backcare.report.WeeklyReport;
import dev.backcare.rules.Coach;
import dev.backcare.rules.Recommendation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading only the journal's recent tail (through the index beside it) gives exactly what the
 * whole journal gives: the same recommendation and the same report, on generated journals of a
 * person's years, read at many moments, and in the cases where the rules must look further back.
 */
class RecentHistoryTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Library LIBRARY = LibraryReader.bundled();

  @TempDir Path dir;

  static Stream<Arguments> moments() {
    List<Arguments> out = new ArrayList<>();
    for (long seed = 1; seed <= 4; seed++) {
      for (double part : new double[] {0.3, 0.55, 0.8, 1.0}) {
        out.add(Arguments.of(seed, part));
      }
    }
    return out.stream();
  }

  /** The journal as it stood when {@code part} of its lines were written. */
  @ParameterizedTest(name = "seed {0}, at {1} of two years")
  @MethodSource("moments")
  void theTailGivesWhatTheWholeJournalGives(long seed, double part) throws IOException {
    List<Event> all = JournalGenerator.events(java.time.Period.ofYears(2), seed,
        ZonedDateTime.of(2026, 11, 22, 7, 30, 0, 0, BERLIN));
    List<Event> upTo = all.subList(0, (int) (all.size() * part));
    Path file = dir.resolve("journal.jsonl");
    JournalGenerator.write(file, upTo);
    ZonedDateTime now = latest(upTo).plusHours(1);
    assertSame(file, now, true);
    assertSame(file, now, true);
  }

  @Test
  void aLongBreakMakesTheRulesReadFurtherBack() throws IOException {
    ZonedDateTime end = ZonedDateTime.of(2026, 11, 22, 7, 30, 0, 0, BERLIN);
    List<Event> kept = new ArrayList<>();
    for (Event e : JournalGenerator.events(java.time.Period.ofYears(1), 5, end)) {
      LocalDate d = e.date();
      if (d.isBefore(end.toLocalDate().minusDays(90)) || d.isAfter(end.toLocalDate().minusDays(2))
          || e instanceof PlanStart) {
        kept.add(e);
      }
    }
    Path file = dir.resolve("journal.jsonl");
    JournalGenerator.write(file, kept);
    assertSame(file, end.plusHours(1), false);
  }

  @Test
  void voidingTheLatestPlanBringsBackTheOneBefore() throws IOException {
    ZonedDateTime end = ZonedDateTime.of(2026, 11, 22, 7, 30, 0, 0, BERLIN);
    // The first seed whose four generated years restart the plan (a long break can do that).
    List<Event> events = List.of();
    List<PlanStart> plans = List.of();
    for (long seed = 1; seed <= 20 && plans.size() < 2; seed++) {
      events = new ArrayList<>(JournalGenerator.events(java.time.Period.ofYears(4), seed, end));
      plans = events.stream().filter(PlanStart.class::isInstance).map(PlanStart.class::cast)
          .toList();
    }
    assertTrue(plans.size() >= 2, "no seed from 1 to 20 generated more than one plan");
    Path file = dir.resolve("journal.jsonl");
    JournalGenerator.write(file, events);
    assertSame(file, end.plusHours(1), true);
    append(file, new Correction("zz000001", end.plusMinutes(5).toOffsetDateTime(),
        plans.get(plans.size() - 1).id(), Optional.empty()));
    assertSame(file, end.plusHours(1), false);
  }

  /**
   * The no-improvement rule compares with the first week of the plan. Voiding the latest plan start
   * makes an older plan count, whose first week the tail does not hold: the rules must notice and
   * read the whole journal, or they would miss that the pain is no better than then.
   */
  @Test
  void anOlderPlansFirstWeekIsReadWhenItCountsAgain() throws IOException {
    ZonedDateTime end = ZonedDateTime.of(2026, 11, 22, 7, 30, 0, 0, BERLIN);
    LocalDate today = end.toLocalDate();
    List<Event> events = new ArrayList<>();
    LocalDate first = today.minusDays(300);
    LocalDate second = today.minusDays(100);
    events.add(new PlanStart("pa000001", at(first, 7), first, List.of()));
    for (LocalDate d = first; d.isBefore(today); d = d.plusDays(1)) {
      if (d.equals(second)) {
        events.add(new PlanStart("pb000001", at(d, 7), d, List.of()));
      }
      int pain = d.isBefore(first.plusDays(7)) ? 1 : d.isBefore(second.plusDays(7)) ? 4 : 3;
      events.add(new Event.CheckIn("c" + d.toEpochDay(), at(d, 8), pain, Optional.empty()));
    }
    events.add(new Correction("pb000002", at(today, 7), "pb000001", Optional.empty()));
    Path file = dir.resolve("journal.jsonl");
    JournalGenerator.write(file, events);
    assertSame(file, end, false);
    Recommendation r = Coach.decide(LIBRARY, History.of(events), today);
    assertTrue(r.reasons().stream().anyMatch(x -> x.rule() == dev.backcare.rules.Rule.NO_IMPROVEMENT),
        r.reasons().toString());
  }

  private static OffsetDateTime at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(BERLIN).toOffsetDateTime();
  }

  @Test
  void theIndexFollowsAppendsAndANewPlan() throws IOException {
    ZonedDateTime end = ZonedDateTime.of(2026, 11, 22, 7, 30, 0, 0, BERLIN);
    List<Event> events = JournalGenerator.events(java.time.Period.ofYears(1), 3, end);
    Path file = dir.resolve("journal.jsonl");
    JournalGenerator.write(file, events.subList(0, events.size() - 3000));
    assertSame(file, latest(events.subList(0, events.size() - 3000)).plusHours(1), true);
    for (Event e : events.subList(events.size() - 3000, events.size())) {
      append(file, e);
    }
    assertSame(file, end.plusHours(1), true);
    append(file, new PlanStart("zz000002", end.plusMinutes(1).toOffsetDateTime(),
        end.toLocalDate().minusDays(20), List.of()));
    assertSame(file, end.plusHours(1), true);
    // A damaged line is reported at its place, whether the whole file or the tail is read.
    Files.writeString(file, "{\"v\":1,\"type\":\"check-in\"\n", StandardOpenOption.APPEND);
    assertSame(file, end.plusHours(1), true);
  }

  /** The marks are read from the end and only as far as needed; a damaged one is not trusted. */
  @ParameterizedTest
  @ValueSource(strings = {"mark 12x 3 4", "mark 1 2", "mark 1 2 3 4"})
  void aDamagedMarkInTheIndexMakesItReadTheWholeJournal(String damaged) throws IOException {
    ZonedDateTime end = ZonedDateTime.of(2026, 11, 22, 7, 30, 0, 0, BERLIN);
    Path file = dir.resolve("journal.jsonl");
    JournalGenerator.write(file, JournalGenerator.events(java.time.Period.ofYears(1), 5, end));
    new Journal(file, false).readRecent(end.toInstant());
    Path index = file.resolveSibling("journal.jsonl.index");
    List<String> lines = new ArrayList<>(Files.readAllLines(index));
    int last = -1;
    for (int i = 0; i < lines.size(); i++) {
      last = lines.get(i).startsWith("mark ") ? i : last;
    }
    assertTrue(last > 10, "a year has many marks");
    lines.set(last, damaged);
    Files.write(index, lines);
    assertSame(file, end.plusHours(1), false);
    assertTrue(Files.readString(index).lines().noneMatch(damaged::equals), "made again");
  }

  private static void append(Path file, Event e) throws IOException {
    Files.writeString(file, EventCodec.encode(e) + "\n", StandardOpenOption.APPEND);
  }

  private static ZonedDateTime latest(List<Event> events) {
    OffsetDateTime last = events.get(0).at();
    for (Event e : events) {
      last = e.at().isAfter(last) ? e.at() : last;
    }
    return last.atZoneSameInstant(BERLIN);
  }

  /**
   * {@code today} and an eight-week report from the tail equal those from the whole journal, and
   * the warnings are the same; with {@code small}, the tail holds a small part of the journal.
   */
  private void assertSame(Path file, ZonedDateTime now, boolean small) {
    LocalDate today = now.toLocalDate();
    Journal.Contents whole = new Journal(file, false).read();
    History history = History.of(whole.events());
    Recommendation expected = Coach.decide(LIBRARY, history, today);
    Period weeks = Period.lastWeeks(8, today, DayOfWeek.MONDAY);
    WeeklyReport expectedReport =
        Reports.build(LIBRARY, history, weeks, today, LocalZone.of(BERLIN.getId()));

    StringWriter err = new StringWriter();
    Context context = new Context(Map.of("BACKCARE_JOURNAL", file.toString(), "BACKCARE_NOW",
        now.toLocalDateTime().toString(), "TZ", BERLIN.getId(), "HOME", dir.toString()),
        InputStream.nullInputStream(), new PrintWriter(new StringWriter()), new PrintWriter(err),
        false);
    assertEquals(expected, context.recent(today, h -> Coach.decide(LIBRARY, h, today)));
    assertEquals(expectedReport, context.recent(weeks.from().minusWeeks(1),
        h -> Reports.build(LIBRARY, h, weeks, today, LocalZone.of(BERLIN.getId()))));
    StringBuilder warnings = new StringBuilder();
    whole.problems().forEach(p -> warnings.append("backcare: warning: ")
        .append(p.describe(file)).append(System.lineSeparator()));
    assertEquals(warnings.toString(), err.toString());
    if (small) {
      int read = new Journal(file, false).readRecent(
          today.minusDays(Context.RECENT).atStartOfDay(BERLIN).toInstant()).events().size();
      assertTrue(read < whole.events().size() / 4 || whole.events().size() < 4000,
          read + " of " + whole.events().size() + " events read");
    }
  }
}
