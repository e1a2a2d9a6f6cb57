package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.backcare.BackcareException;
import dev.backcare.domain.Event;
import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.PlanChange;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.Phase;
import dev.backcare.domain.StopSign;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pure part of `log list` and `undo`: which entries, in what order, in which words. */
class EntryListTest {
  static OffsetDateTime t(String local) {
    return OffsetDateTime.parse(local + ":00+01:00");
  }

  /** A small journal, in file order (not time order: the session was logged late). */
  static final List<Event> JOURNAL = List.of(
      new PlanStart("p0000001", t("2026-03-01T08:00"), LocalDate.of(2026, 3, 1), List.of()),
      new CheckIn("c0000001", t("2026-03-02T07:00"), 2, Optional.of("stiff")),
      new CheckIn("c0000002", t("2026-03-03T07:00"), 3, Optional.empty()),
      new Correction("v0000001", t("2026-03-03T07:05"), "c0000002", Optional.empty()),
      new Session("s0000001", t("2026-03-02T09:00"), Phase.fromId("initial").orElseThrow(),
          List.of(new Performed("bridge", 2, 8, false), new Performed("walking", 1, 900, true)),
          3, OptionalInt.of(2), OptionalInt.empty(), Optional.empty(), List.of(),
          t("2026-03-06T10:00")),
      new Symptom("y0000001", t("2026-03-04T20:00"), StopSign.fromId("tingling").orElseThrow(),
          Optional.of("left \u001b[31mfoot\nand more")),
      new PlanChange("g0000001", t("2026-03-05T08:00"), true, "knee-rolls"));

  static EntryList.Filter filter(String from, String to, String kinds, boolean all) {
    return new EntryList.Filter(Optional.ofNullable(from).map(LocalDate::parse),
        Optional.ofNullable(to).map(LocalDate::parse),
        kinds == null ? Set.of() : EntryList.kinds(List.of(kinds)), all);
  }

  @ParameterizedTest(name = "{0} {1} {2} all={3}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      -          | -          | -                | false | p0000001 c0000001 s0000001 y0000001 g0000001
      -          | -          | -                | true  | p0000001 c0000001 s0000001 c0000002 v0000001 y0000001 g0000001
      2026-03-02 | 2026-03-03 | -                | false | c0000001 s0000001
      2026-03-02 | 2026-03-03 | -                | true  | c0000001 s0000001 c0000002 v0000001
      2026-03-04 | -          | -                | false | y0000001 g0000001
      -          | 2026-03-01 | -                | false | p0000001
      -          | -          | pain             | false | c0000001
      -          | -          | pain             | true  | c0000001 c0000002
      -          | -          | void             | false | v0000001
      -          | -          | session,symptom  | false | s0000001 y0000001
      -          | -          | plan-start       | false | p0000001
      -          | -          | plan-change      | false | g0000001
      2026-04-01 | 2026-04-07 | -                | false | No entries from 2026-04-01 to 2026-04-07.
      2026-04-01 | -          | -                | false | No entries from 2026-04-01 on.
      -          | 2026-02-01 | -                | false | No entries up to 2026-02-01.
      2026-04-01 | -          | cleared          | true  | No entries of kind cleared from 2026-04-01 on.
      """)
  void theEntriesShownInTimeOrderOrThatThereAreNone(String from, String to, String kinds,
      boolean all, String expected) {
    List<String> lines = EntryList.lines(JOURNAL, filter(from, to, kinds, all));
    assertEquals(expected, lines.get(0).startsWith("No entries") ? String.join("\n", lines)
        : lines.stream().map(l -> l.substring(0, 8)).collect(Collectors.joining(" ")));
  }

  @Test
  void oneLineEachWithFiguresAndAPrintableNote() {
    assertEquals(List.of(
        "p0000001  2026-03-01 08:00  plan-start   from 2026-03-01",
        "c0000001  2026-03-02 07:00  check-in     pain 2  note: stiff",
        "s0000001  2026-03-02 09:00  session      initial, bridge 2x8, walking 1x15m, during 3,"
            + " before 2",
        "c0000002  2026-03-03 07:00  check-in     pain 3 (voided)",
        "v0000001  2026-03-03 07:05  void         voids c0000002",
        "y0000001  2026-03-04 20:00  symptom      tingling  note: left \\u001b[31mfoot…",
        "g0000001  2026-03-05 08:00  plan-change  add knee-rolls"),
        EntryList.lines(JOURNAL, filter(null, null, null, true)));
  }

  @ParameterizedTest
  @CsvSource({"pain, check-in", "check-in, check-in", "SESSION, session", "void, void"})
  void kinds(String text, String kind) {
    assertEquals(kind, EntryList.kind(text));
  }

  @Test
  void anUnknownKindIsBadInput() {
    BackcareException e = assertThrows(BackcareException.class, () -> EntryList.kind("walks"));
    assertEquals("--kind must be one of check-in, session, symptom, cleared, void, plan-start,"
        + " plan-change, function (or pain), got \"walks\"", e.getMessage());
  }

  @Test
  void undoTakesTheLastLoggedThatCounts() {
    // The session was logged last (6 March), though the plan change happened later.
    assertEquals("s0000001", UndoCommand.lastLogged(JOURNAL).orElseThrow().id());
    // Logged at one time: the last line.
    List<Event> tie = List.of(JOURNAL.get(1), new CheckIn("c0000009", t("2026-03-02T07:00"), 1,
        Optional.empty()));
    assertEquals("c0000009", UndoCommand.lastLogged(tie).orElseThrow().id());
    // Corrections and what they void are skipped.
    assertEquals(Optional.empty(), UndoCommand.lastLogged(JOURNAL.subList(2, 4)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      1 | check-in c0000001 (2026-03-02 07:00, pain 2) | backcare log pain 2 --at 2026-03-02T07:00 --note stiff
      4 | session s0000001 (2026-03-02 09:00, initial, bridge 2x8, walking 1x15m, during 3, before 2) | backcare log session --during 3 --before 2 --exercise bridge:2x8 --exercise walking:1x15m --at 2026-03-02T09:00
      5 | symptom y0000001 (2026-03-04 20:00, tingling) | backcare log symptom tingling --at 2026-03-04T20:00 --note 'left \\u001b[31mfoot\\nand more'
      6 | plan-change g0000001 (2026-03-05 08:00, add knee-rolls) | backcare plan add knee-rolls
      0 | plan-start p0000001 (2026-03-01 08:00, from 2026-03-01) | -
      """)
  void whatUndoSaysAndHowToRedo(int index, String described, String redo) {
    Event e = JOURNAL.get(index);
    assertEquals(described, EntryList.describe(e));
    assertEquals(redo.equals("-") ? Optional.empty() : Optional.of(redo),
        Redo.of(e, id -> id.equals("walking")));
  }

  @Test
  void jsonHasTheJournalsFieldsAndVoided() {
    String json = EntryList.json(JOURNAL.subList(1, 4), filter(null, null, "pain", true));
    assertEquals(Arrays.asList(
        "{\"schema\":\"backcare/log-list/1\",\"entries\":[",
        "{\"v\":1,\"type\":\"check-in\",\"id\":\"c0000001\",\"at\":\"2026-03-02T07:00:00+01:00\","
            + "\"logged\":\"2026-03-02T07:00:00+01:00\",\"pain\":2,\"note\":\"stiff\","
            + "\"voided\":false},",
        "{\"v\":1,\"type\":\"check-in\",\"id\":\"c0000002\",\"at\":\"2026-03-03T07:00:00+01:00\","
            + "\"logged\":\"2026-03-03T07:00:00+01:00\",\"pain\":3,\"voided\":true}",
        "]}"), json.lines().toList());
  }
}
