package dev.backcare.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.Event;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import dev.backcare.domain.Phase;
import dev.backcare.journal.Journal;
import dev.backcare.library.LibraryReader;
import dev.backcare.rules.Coach;
import dev.backcare.rules.Recommendation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalGeneratorTest {
  private static final ZonedDateTime END =
      ZonedDateTime.parse("2026-03-02T09:00+01:00[Europe/Berlin]");
  private static List<Event> tenYears;

  @TempDir Path dir;

  @BeforeAll
  static void generate() {
    tenYears = JournalGenerator.events(Period.ofYears(10), 4, END);
  }

  @Test
  void theSameSeedGivesTheSameJournalAndAnotherSeedAnother() {
    List<String> once = JournalGenerator.lines(Period.ofWeeks(6), 11, END);
    assertEquals(once, JournalGenerator.lines(Period.ofWeeks(6), 11, END));
    assertNotEquals(once, JournalGenerator.lines(Period.ofWeeks(6), 12, END));
  }

  @Test
  void tenYearsAreAbout100000EventsFromAPlanStartToTheEnd() {
    assertTrue(tenYears.size() > 90_000 && tenYears.size() < 110_000, "" + tenYears.size());
    PlanStart first = (PlanStart) tenYears.get(0);
    assertEquals(LocalDate.of(2016, 3, 3), first.start());
    Event last = tenYears.get(tenYears.size() - 1);
    assertEquals(END.toLocalDate(), last.date());
    assertTrue(tenYears.stream().noneMatch(e -> e.at().isAfter(END.toOffsetDateTime())));
  }

  @Test
  void everyLineReadsBackWithTheJournalAsTheSameEvent() throws IOException {
    Path file = dir.resolve("journal.jsonl");
    int n = JournalGenerator.write(file, tenYears);
    Journal.Contents read = new Journal(file, false).read();
    assertEquals(List.of(), read.problems());
    assertEquals(n, read.events().size());
    assertEquals(tenYears, read.events());
  }

  @Test
  void theJournalHasWhatYearsOfRealUseHave() {
    Set<String> types = tenYears.stream().map(Event::type).collect(Collectors.toSet());
    // No plan-change is required: the person changes the plan only in the maintenance phase, and
    // someone who logs pain every half hour has a worse next morning (the worst answer of the
    // window decides) often enough to stay in the earlier phases for years.
    assertTrue(types.containsAll(Set.of("plan-start", "session", "check-in", "symptom",
        "cleared", "void")), types::toString);
    List<Session> sessions = tenYears.stream()
        .filter(Session.class::isInstance).map(Session.class::cast).toList();
    assertEquals(Set.of(Phase.values()),
        sessions.stream().map(Session::phase).collect(Collectors.toSet()));
    assertTrue(sessions.stream().anyMatch(s -> s.during() > 5), "a ceiling break");
    assertTrue(sessions.stream().anyMatch(s -> !s.stopSigns().isEmpty()), "a session stop sign");
    assertTrue(tenYears.stream().filter(PlanStart.class::isInstance).count() > 1, "a restart");
    Set<String> ids = new HashSet<>();
    for (Event e : tenYears) {
      assertTrue(ids.add(e.id()), "unique ids");
      if (e instanceof Correction c) {
        assertTrue(ids.contains(c.target()), "a correction voids an earlier event");
      }
    }
    int backDated = 0;
    for (int i = 1; i < tenYears.size(); i++) {
      if (tenYears.get(i) instanceof Session s
          && s.date().isBefore(tenYears.get(i - 1).date())) {
        backDated++;
      }
    }
    assertTrue(backDated > 10, "sessions logged the next morning: " + backDated);
    long signs = tenYears.stream().filter(Symptom.class::isInstance).count()
        + sessions.stream().filter(s -> !s.stopSigns().isEmpty()).count();
    assertTrue(signs >= 3, "stop signs: " + signs);
  }

  @Test
  void eachDaysFirstSessionIsMostlyWhatTheCoachPrescribesFromTheWholeJournal() {
    History all = History.of(JournalGenerator.events(Period.ofWeeks(16), 5, END));
    Library library = LibraryReader.bundled();
    Set<LocalDate> days = new LinkedHashSet<>();
    all.sessions().forEach(s -> days.add(s.date()));
    int same = 0;
    for (LocalDate d : days) {
      Session first = all.sessionsOn(d).get(0);
      Recommendation r =
          Coach.prescribe(library, all.until(first.at().toInstant().minusNanos(1)), d);
      List<Performed> prescribed = r.exercises().stream()
          .map(p -> new Performed(p.exercise().id(), p.sets(), p.amount(), p.timed())).toList();
      same += r.phase() == first.phase() && prescribed.equals(first.exercises()) ? 1 : 0;
    }
    // Now and then the person leaves an exercise out; otherwise they do what they are told. They
    // ask in the morning and log pain every half hour until the session: a worse answer in
    // between lowers the doses the session is checked against (the worst answer decides).
    assertTrue(days.size() > 60 && same >= 0.75 * days.size(), same + " of " + days.size());
  }

  @Test
  void theCommandWritesTheFileAndRefusesBadArguments() throws IOException {
    Path file = dir.resolve("week.jsonl");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = JournalGenerator.run(new String[] {"--weeks", "1", "--out", file.toString(),
        "--seed", "3", "--end", "2026-03-02T09:00+01:00[Europe/Berlin]"}, END,
        print(out), print(err));
    assertEquals(0, code);
    assertEquals(JournalGenerator.lines(Period.ofWeeks(1), 3, END), Files.readAllLines(file));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Wrote "));

    code = JournalGenerator.run(new String[] {"--years", "ten", "--out", file.toString()}, END,
        print(out), print(err));
    assertEquals(2, code);
    assertEquals("gen-journal: --years must be a whole number, got \"ten\"\n"
        + JournalGenerator.USAGE + "\n", err.toString(StandardCharsets.UTF_8));
    assertFalse(err.toString(StandardCharsets.UTF_8).contains("Exception"));
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
