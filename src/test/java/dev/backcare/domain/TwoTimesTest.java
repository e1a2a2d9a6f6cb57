package dev.backcare.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backcare.domain.Event.Cleared;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two times for every entry: a clearance clears the stop signs logged before it, whenever they
 * happened; a back-dated stop sign logged after it stays open.
 */
class TwoTimesTest {
  static final OffsetDateTime DAY1 = OffsetDateTime.of(2026, 3, 4, 9, 0, 0, 0, ZoneOffset.UTC);


  /**
   * A journal written as "KIND ID AT LOGGED, ...": KIND is sign (tingling), session (one with a
   * weakness stop sign), cleared, or old-sign and old-cleared (lines without "logged"); times are
   * days of March 2026 and hours, such as 4T09.
   */
  static List<Event> journal(String text) {
    List<Event> out = new ArrayList<>();
    for (String entry : text.split(",")) {
      String[] w = entry.strip().split(" ");
      OffsetDateTime at = time(w[2]);
      OffsetDateTime logged = w.length > 3 ? time(w[3]) : at;
      out.add(switch (w[0]) {
        case "sign", "old-sign" -> new Symptom(w[1], at, StopSign.TINGLING, Optional.empty(),
            logged);
        case "session" -> new Session(w[1], at, Phase.INITIAL,
            List.of(new Performed("knee-rolls", 1, 2, false)), 3, OptionalInt.empty(),
            OptionalInt.empty(), Optional.empty(), List.of(StopSign.WEAKNESS), logged);
        default -> new Cleared(w[1], at, Optional.empty(), logged);
      });
    }
    return out;
  }

  static OffsetDateTime time(String dayAndHour) {
    return OffsetDateTime.of(2026, 3, Integer.parseInt(dayAndHour.substring(0, dayAndHour
        .indexOf('T'))), Integer.parseInt(dayAndHour.substring(dayAndHour.indexOf('T') + 1)), 0,
        0, 0, ZoneOffset.UTC);
  }

  static Symptom sign(String id, OffsetDateTime at, OffsetDateTime logged) {
    return new Symptom(id, at, StopSign.TINGLING, Optional.empty(), logged);
  }

  static Cleared cleared(String id, OffsetDateTime at, OffsetDateTime logged) {
    return new Cleared(id, at, Optional.empty(), logged);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # what                                  | journal: KIND ID AT LOGGED, ...                        | open
      logged before the clearance             | sign y1 4T09 4T09, cleared c1 5T09 5T09                | ''
      back-dated before it, logged after      | sign y1 4T20 6T09, cleared c1 5T09 5T09                | y1
      clearance back-dated, logged after      | sign y1 5T09 5T09, cleared c1 4T09 6T09                | ''
      clearance logged first, dated after     | sign y1 4T09 6T09, cleared c1 5T09 5T10                | y1
      same second, the sign first in time     | sign y1 4T09 6T09, cleared c1 5T09 6T09                | ''
      same second, the clearance first        | sign y1 5T09 6T09, cleared c1 4T09 6T09                | y1
      old lines at one instant                | old-cleared c1 4T09, old-sign y1 4T09                  | ''
      a later clearance clears it             | cleared c1 4T09 4T09, sign y1 4T08 5T09, cleared c2 6T09 6T09 | ''
      a session's signs, logged late          | session s1 4T20 6T09, cleared c1 5T09 5T09             | s1
      """)
  void aClearanceClearsWhatWasLoggedBeforeIt(String what, String text, String open) {
    List<Event> journal = journal(text);
    List<String> expected = open.isEmpty() ? List.of() : List.of(open.split(" "));
    assertEquals(expected, ids(History.of(journal).openSymptoms()), what);
    List<Event> reversed = new ArrayList<>(journal);
    Collections.reverse(reversed);
    assertEquals(expected, ids(History.of(reversed).openSymptoms()), what + " (lines reversed)");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # journal                                                   | cut  | open at the cut
      sign y1 4T09 4T09, cleared c1 5T09 5T09, sign y2 4T20 6T09  | 4T12 | y1
      sign y1 4T09 4T09, cleared c1 5T09 5T09, sign y2 4T20 6T09  | 4T21 | y1 y2
      sign y1 4T09 4T09, cleared c1 5T09 5T09, sign y2 4T20 6T09  | 5T12 | y2
      sign y1 4T09 4T09, cleared c1 5T09 5T09, sign y2 4T20 6T09  | 7T12 | y2
      sign y1 5T09 5T09, cleared c1 4T09 6T09                     | 4T12 | ''
      sign y1 5T09 5T09, cleared c1 4T09 6T09                     | 5T12 | ''
      """)
  void atACutASignIsOpenUnlessAClearanceInTheCutWasLoggedAfterIt(String text, String cut,
      String open) {
    List<String> expected = open.isEmpty() ? List.of() : List.of(open.split(" "));
    assertEquals(expected,
        ids(History.of(journal(text)).until(time(cut).toInstant()).openSymptoms()));
  }

  /** Stop signs and clearances at any hour of a week, each logged then or up to days later. */
  @Provide
  Arbitrary<List<Event>> signsAndClearances() {
    Arbitrary<Event> one = Combinators.combine(Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 7 * 24), Arbitraries.integers().between(0, 3 * 24),
        Arbitraries.strings().withCharRange('a', 'z').ofLength(6))
        .as((isSign, hour, delay, id) -> {
          OffsetDateTime at = DAY1.plusHours(hour);
          // Often in the same second, as a script with a fixed BACKCARE_NOW logs.
          OffsetDateTime logged = at.plusHours(delay - delay % 12);
          return isSign ? (Event) sign("y" + id, at, logged) : cleared("c" + id, at, logged);
        });
    return one.list().ofMaxSize(12).uniqueElements(Event::id);
  }

  /** A back-dated entry never clears a stop sign logged after the clearance. */
  @Property(tries = 300)
  void aStopSignLoggedAfterEveryClearanceStaysOpen(
      @ForAll("signsAndClearances") List<Event> journal,
      @ForAll("hours") int hour, @ForAll("hours") int cut) {
    OffsetDateTime last = DAY1;
    for (Event e : journal) {
      last = e.logged().isAfter(last) ? e.logged() : last;
    }
    List<Event> all = new ArrayList<>(journal);
    Symptom late = sign("ylate", DAY1.plusHours(hour), last.plusSeconds(1));
    all.add(late);
    History h = History.of(all);
    assertEquals(true, h.openSymptoms().contains(late), () -> "journal: " + all);
    Instant at = DAY1.plusHours(cut).toInstant();
    assertEquals(!late.at().toInstant().isAfter(at),
        h.until(at).openSymptoms().contains(late), () -> "cut at " + at + ", journal: " + all);
  }

  /** Open exactly when no clearance was logged after the sign (or in its second, after it). */
  @Property(tries = 300)
  void openIsWhatNoLaterLoggedClearanceAnswers(
      @ForAll("signsAndClearances") List<Event> journal, @ForAll("hours") int cut) {
    Instant at = DAY1.plusHours(cut).toInstant();
    List<Event> inCut = journal.stream().filter(e -> !e.at().toInstant().isAfter(at)).toList();
    List<String> expected = new ArrayList<>();
    inCut.stream().sorted(EventOrder.IN_TIME).filter(e -> e instanceof Symptom)
        .filter(s -> inCut.stream().noneMatch(c -> c instanceof Cleared && laterLogged(c, s)))
        .forEach(s -> expected.add(s.id()));
    assertEquals(expected, ids(History.of(journal).until(at).openSymptoms()),
        () -> "journal: " + journal);
  }

  @Provide
  Arbitrary<Integer> hours() {
    return Arbitraries.integers().between(0, 10 * 24);
  }

  private static boolean laterLogged(Event c, Event s) {
    int logged = c.logged().toInstant().compareTo(s.logged().toInstant());
    return logged > 0 || logged == 0 && EventOrder.IN_TIME.compare(c, s) > 0;
  }

  private static List<String> ids(List<Symptom> signs) {
    return signs.stream().map(Symptom::id).toList();
  }
}
