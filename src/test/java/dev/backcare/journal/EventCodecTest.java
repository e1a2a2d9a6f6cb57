package dev.backcare.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Cleared;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event.FunctionRating;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.PlanChange;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event.Score;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.Event;
import dev.backcare.domain.Phase;
import dev.backcare.domain.StopSign;
import dev.backcare.journal.EventCodec.BadLine;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventCodecTest {
  static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 3, 2, 8, 30, 0, 0, ZoneOffset.ofHours(1));

  static Stream<Event> everyType() {
    return Stream.of(
        new PlanStart("p1", AT, LocalDate.of(2026, 3, 2), List.of("bird-dog", "dead-bug")),
        new PlanStart("p2", AT, LocalDate.of(2026, 3, 2), List.of()),
        new PlanStart("p3", AT, LocalDate.of(2026, 3, 2), List.of(), true),
        new PlanChange("c1", AT, true, "side-plank"),
        new PlanChange("c2", AT, false, "bird-dog"),
        new Session("s1", AT, Phase.BUILDING,
            List.of(new Performed("bird-dog", 3, 10, false),
                new Performed("side-plank", 2, 30, true)),
            4, OptionalInt.of(2), OptionalInt.of(3), Optional.of("stiff at first")),
        new Session("s2", AT, Phase.INITIAL, List.of(new Performed("cat-camel", 1, 8, false)),
            0, OptionalInt.empty(), OptionalInt.empty(), Optional.empty()),
        new Session("s3", AT, Phase.MAINTENANCE, List.of(new Performed("plank", 1, 45, true)),
            10, OptionalInt.of(0), OptionalInt.empty(), Optional.empty()),
        new Session("s4", AT, Phase.INITIAL, List.of(new Performed("knee-rolls", 1, 2, false)),
            6, OptionalInt.empty(), OptionalInt.of(4), Optional.of("left leg"),
            List.of(StopSign.TINGLING, StopSign.BLADDER_BOWEL)),
        new CheckIn("k1", AT, 3, Optional.empty()),
        new CheckIn("k2", AT, 0, Optional.of("fine")),
        new CheckIn("k3", AT.withOffsetSameInstant(ZoneOffset.UTC), 10, Optional.empty()),
        new Symptom("y1", AT, StopSign.TINGLING, Optional.of("left leg")),
        new Symptom("y2", AT, StopSign.BLADDER_BOWEL, Optional.empty()),
        new Cleared("d1", AT, Optional.of("GP: fine to go on, gently")),
        new Cleared("d2", AT, Optional.empty()),
        new FunctionRating("f1", AT, List.of(new Score("putting on socks", 3),
            new Score("walking 30 min", 10), new Score("Treppe \u2602 \"hoch\"", 0)),
            Optional.of("socks easier")),
        new FunctionRating("f2", AT, List.of(new Score("lifting", 5)), Optional.empty()),
        new Correction("v1", AT, "k1", Optional.of("logged twice")),
        new Correction("v2", AT, "k2", Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("everyType")
  void encodeThenDecodeGivesTheSameEvent(Event event) {
    String line = EventCodec.encode(event);

    assertEquals(event, EventCodec.decode(line));
    assertFalse(line.contains("\n") || line.contains("\r"), line);
    assertTrue(line.startsWith("{\"v\":1,\"type\":\"" + event.type() + "\",\"id\":\"" + event.id()
        + "\",\"at\":\""), line);
  }

  @Test
  void theLineHoldsTheTimeWithItsOffset() {
    String line = EventCodec.encode(new CheckIn("k1", AT, 3, Optional.empty()));

    assertEquals(
        "{\"v\":1,\"type\":\"check-in\",\"id\":\"k1\","
            + "\"at\":\"2026-03-02T08:30:00+01:00\",\"logged\":\"2026-03-02T08:30:00+01:00\","
            + "\"pain\":3}",
        line);
  }

  @Test
  void aSessionLineNamesRepsAndSeconds() {
    String line = EventCodec.encode(new Session("s1", AT, Phase.BUILDING,
        List.of(new Performed("bird-dog", 3, 10, false), new Performed("side-plank", 2, 30, true)),
        4, OptionalInt.empty(), OptionalInt.of(3), Optional.empty()));

    assertEquals("{\"v\":1,\"type\":\"session\",\"id\":\"s1\",\"at\":\"2026-03-02T08:30:00+01:00\","
        + "\"logged\":\"2026-03-02T08:30:00+01:00\",\"phase\":\"building\",\"exercises\":[{\"id\":\"bird-dog\",\"sets\":3,\"reps\":10},"
        + "{\"id\":\"side-plank\",\"sets\":2,\"seconds\":30}],\"during\":4,\"after\":3}", line);
    assertEquals(List.of(), ((Session) EventCodec.decode(line)).stopSigns(),
        "a session line without stopSigns, as older journals have, has none");
  }

  @Test
  void aSessionLineListsItsStopSignsBeforeTheNote() {
    String line = EventCodec.encode(new Session("s1", AT, Phase.INITIAL,
        List.of(new Performed("knee-rolls", 1, 2, false)), 3, OptionalInt.empty(),
        OptionalInt.empty(), Optional.of("left leg"), List.of(StopSign.TINGLING)));

    assertEquals("{\"v\":1,\"type\":\"session\",\"id\":\"s1\",\"at\":\"2026-03-02T08:30:00+01:00\","
        + "\"logged\":\"2026-03-02T08:30:00+01:00\",\"phase\":\"initial\",\"exercises\":[{\"id\":\"knee-rolls\",\"sets\":1,\"reps\":2}],"
        + "\"during\":3,\"stopSigns\":[\"tingling\"],\"note\":\"left leg\"}", line);
  }

  @Test
  void aLineHoldsWhenItWasLoggedAsWellAsWhenItHappened() {
    OffsetDateTime later = AT.plusDays(2).plusHours(3);
    Event backDated = new Symptom("y1", AT, StopSign.BLADDER_BOWEL, Optional.empty())
        .withLogged(later);

    String line = EventCodec.encode(backDated);

    assertTrue(line.contains("\"at\":\"2026-03-02T08:30:00+01:00\","
        + "\"logged\":\"2026-03-04T11:30:00+01:00\""), line);
    assertEquals(backDated, EventCodec.decode(line));
    assertEquals(later, EventCodec.decode(line).logged());
  }

  @ParameterizedTest
  @MethodSource("everyType")
  void aLineWithoutLoggedWasLoggedWhenItHappened(Event event) {
    String old = EventCodec.encode(event).replace(
        ",\"logged\":\"2026-03-02T08:30:00+01:00\"", "").replace(
        ",\"logged\":\"2026-03-02T07:30:00Z\"", "");

    assertFalse(old.contains("\"logged\""), old);
    assertEquals(event.at(), EventCodec.decode(old).logged());
    assertEquals(event, EventCodec.decode(old));
  }

  @Test
  void aBadLoggedTimeNamesItsField() {
    String line = "{\"v\":1,\"type\":\"cleared\",\"id\":\"d1\","
        + "\"at\":\"2026-03-02T08:30:00+01:00\",\"logged\":\"yesterday\"}";

    EventCodec.BadLine bad = assertThrows(EventCodec.BadLine.class,
        () -> EventCodec.decode(line));
    assertTrue(bad.getMessage().startsWith("\"logged\" must be a time"), bad.getMessage());
  }

  @Test
  void aTimeInUtcReadsBackAtTheSameInstantAndOffset() {
    OffsetDateTime utc = OffsetDateTime.of(2026, 3, 2, 7, 30, 0, 0, ZoneOffset.UTC);

    Event back = EventCodec.decode(EventCodec.encode(new CheckIn("k1", utc, 3, Optional.empty())));

    assertEquals(utc, back.at());
    assertEquals(ZoneOffset.UTC, back.at().getOffset());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "she said \"stop\"",
      "first line\nsecond line\r\nthird",
      "tab\there, backslash \\ and slash /",
      "emoji 😣🏋️‍♀️ and a flag 🇳🇱",
      "Rückenschmerzen, très légère, 腰痛, боль",
      "control \u0001 and \u001f, line separator \u2028, paragraph \u2029",
      "{\"v\":2} looks like json",
      "   leading and trailing spaces   "})
  void notesSurviveTheRoundTrip(String note) {
    CheckIn event = new CheckIn("k1", AT, 3, Optional.of(note));

    String line = EventCodec.encode(event);

    assertFalse(line.contains("\n") || line.contains("\r"), line);
    assertEquals(event, EventCodec.decode(line));
  }

  static Stream<Arguments> badLines() {
    String head =
        "{\"v\":1,\"type\":\"check-in\",\"id\":\"k1\",\"at\":\"2026-03-02T08:30:00+01:00\"";
    String session = "{\"v\":1,\"type\":\"session\",\"id\":\"s1\","
        + "\"at\":\"2026-03-02T08:30:00+01:00\",\"phase\":\"building\",\"during\":2,";
    String function = "{\"v\":1,\"type\":\"function\",\"id\":\"f1\","
        + "\"at\":\"2026-03-02T08:30:00+01:00\",\"scores\":";
    return Stream.of(
        Arguments.of("not JSON", "hello there",
            "not valid JSON at column 1"),
        Arguments.of("JSON array", "[1,2,3]", "not a JSON object"),
        Arguments.of("JSON string", "\"check-in\"", "not a JSON object"),
        Arguments.of("missing v",
            "{\"type\":\"check-in\",\"id\":\"k1\",\"at\":\"2026-03-02T08:30:00+01:00\",\"pain\":3}",
            "missing the format version \"v\""),
        Arguments.of("v is zero", head.replace("\"v\":1", "\"v\":0") + ",\"pain\":3}",
            "\"v\" must be from 1 to 2147483647, got 0"),
        Arguments.of("future version", head.replace("\"v\":1", "\"v\":2") + ",\"pain\":3}",
            "written by a newer backcare (format 2; this one reads 1)"),
        Arguments.of("unknown type", head.replace("check-in", "mood") + ",\"pain\":3}",
            "unknown event type \"mood\""),
        Arguments.of("missing type", head.replace("\"type\":\"check-in\",", "") + ",\"pain\":3}",
            "missing \"type\""),
        Arguments.of("missing id", head.replace("\"id\":\"k1\",", "") + ",\"pain\":3}",
            "missing \"id\""),
        Arguments.of("empty id", head.replace("\"k1\"", "\"\"") + ",\"pain\":3}",
            "\"id\" is not text"),
        Arguments.of("id not text", head.replace("\"k1\"", "7") + ",\"pain\":3}",
            "\"id\" is not text"),
        Arguments.of("id too long", head.replace("k1", "x".repeat(65)) + ",\"pain\":3}",
            "\"id\" is longer than 64 characters"),
        Arguments.of("missing pain", head + "}", "missing \"pain\""),
        Arguments.of("pain 42", head + ",\"pain\":42}", "\"pain\" must be from 0 to 10, got 42"),
        Arguments.of("pain -1", head + ",\"pain\":-1}", "\"pain\" must be from 0 to 10, got -1"),
        // The message does not show that "3" was text, not a number: see the report.
        Arguments.of("pain as text", head + ",\"pain\":\"3\"}",
            "\"pain\" must be a whole number, got \"3\""),
        Arguments.of("pain 7.5", head + ",\"pain\":7.5}",
            "\"pain\" must be a whole number, got 7.5"),
        Arguments.of("pain null", head + ",\"pain\":null}", "missing \"pain\""),
        Arguments.of("time without offset",
            head.replace("08:30:00+01:00", "08:30:00") + ",\"pain\":3}",
            "\"at\" must be a time with an offset such as 2026-03-02T08:30:00+01:00,"
                + " got \"2026-03-02T08:30:00\""),
        Arguments.of("date instead of time",
            head.replace("2026-03-02T08:30:00+01:00", "2026-03-02") + ",\"pain\":3}",
            "\"at\" must be a time with an offset such as 2026-03-02T08:30:00+01:00,"
                + " got \"2026-03-02\""),
        Arguments.of("bad date in plan-start",
            "{\"v\":1,\"type\":\"plan-start\",\"id\":\"p1\",\"at\":\"2026-03-02T08:30:00+01:00\","
                + "\"start\":\"2026-02-30\",\"exercises\":[]}",
            "\"start\" must be a date such as 2026-03-02, got \"2026-02-30\""),
        Arguments.of("plan-start exercises not ids",
            "{\"v\":1,\"type\":\"plan-start\",\"id\":\"p1\",\"at\":\"2026-03-02T08:30:00+01:00\","
                + "\"start\":\"2026-03-02\",\"exercises\":[\"a\",3]}",
            "\"exercises\" must be a list of exercise ids"),
        Arguments.of("plan-start extensionEases not true or false",
            "{\"v\":1,\"type\":\"plan-start\",\"id\":\"p1\",\"at\":\"2026-03-02T08:30:00+01:00\","
                + "\"start\":\"2026-03-02\",\"exercises\":[],\"extensionEases\":\"yes\"}",
            "\"extensionEases\" must be true or false"),
        Arguments.of("plan-change with add and remove",
            "{\"v\":1,\"type\":\"plan-change\",\"id\":\"c1\",\"at\":\"2026-03-02T08:30:00+01:00\","
                + "\"add\":\"a\",\"remove\":\"b\"}",
            "a plan-change has exactly one of \"add\" or \"remove\""),
        Arguments.of("session with no exercises", session + "\"exercises\":[]}",
            "a session lists no exercises"),
        Arguments.of("session exercises not a list", session + "\"exercises\":{}}",
            "\"exercises\" is not a list"),
        Arguments.of("exercise with reps and seconds",
            session + "\"exercises\":[{\"id\":\"plank\",\"sets\":1,\"reps\":5,\"seconds\":30}]}",
            "each exercise has exactly one of \"reps\" or \"seconds\""),
        Arguments.of("exercise with neither reps nor seconds",
            session + "\"exercises\":[{\"id\":\"plank\",\"sets\":1}]}",
            "each exercise has exactly one of \"reps\" or \"seconds\""),
        Arguments.of("exercise not an object", session + "\"exercises\":[\"plank\"]}",
            "each of \"exercises\" must be an object"),
        Arguments.of("unknown phase",
            session.replace("building", "advanced")
                + "\"exercises\":[{\"id\":\"plank\",\"sets\":1,\"reps\":5}]}",
            "unknown phase \"advanced\""),
        Arguments.of("session stopSigns not a list",
            session + "\"exercises\":[{\"id\":\"plank\",\"sets\":1,\"reps\":5}],"
                + "\"stopSigns\":\"tingling\"}",
            "\"stopSigns\" is not a list"),
        Arguments.of("session stop sign not text",
            session + "\"exercises\":[{\"id\":\"plank\",\"sets\":1,\"reps\":5}],"
                + "\"stopSigns\":[3]}",
            "\"stopSigns\" must be a list of stop-sign kinds"),
        Arguments.of("unknown session stop sign",
            session + "\"exercises\":[{\"id\":\"plank\",\"sets\":1,\"reps\":5}],"
                + "\"stopSigns\":[\"tingling\",\"dizziness\"]}",
            "unknown symptom kind \"dizziness\""),
        Arguments.of("function with no scores", function + "[]}",
            "a function rating scores one to 3 activities, got 0"),
        Arguments.of("function with four scores", function + "[{\"activity\":\"a\",\"score\":1},"
            + "{\"activity\":\"b\",\"score\":1},{\"activity\":\"c\",\"score\":1},"
            + "{\"activity\":\"d\",\"score\":1}]}",
            "a function rating scores one to 3 activities, got 4"),
        Arguments.of("function score 11", function + "[{\"activity\":\"a\",\"score\":11}]}",
            "\"score\" must be from 0 to 10, got 11"),
        Arguments.of("function activity twice", function + "[{\"activity\":\"a\",\"score\":1},"
            + "{\"activity\":\"a\",\"score\":2}]}", "the activity \"a\" is scored twice"),
        Arguments.of("function activity empty", function + "[{\"activity\":\"\",\"score\":1}]}",
            "\"activity\" is not text"),
        Arguments.of("function activity too long", function + "[{\"activity\":\""
            + "x".repeat(61) + "\",\"score\":1}]}",
            "an \"activity\" is longer than 60 characters"),
        Arguments.of("function scores not objects", function + "[3]}",
            "each of \"scores\" must be an object"),
        Arguments.of("function without scores", function.replace(",\"scores\":", "}"),
            "missing \"scores\""),
        Arguments.of("unknown symptom kind",
            "{\"v\":1,\"type\":\"symptom\",\"id\":\"y1\",\"at\":\"2026-03-02T08:30:00+01:00\","
                + "\"kind\":\"dizziness\"}",
            "unknown symptom kind \"dizziness\""),
        Arguments.of("duplicate field", head + ",\"pain\":3,\"pain\":4}",
            "the field \"pain\" appears twice"),
        Arguments.of("second object after the first", head + ",\"pain\":3}{\"v\":1}",
            "text after the JSON object"),
        Arguments.of("trailing garbage after the object", head + ",\"pain\":3} garbage",
            "not valid JSON at column " + (head.length() + 12)),
        Arguments.of("torn line", head, "the line is cut off before its end"),
        Arguments.of("nested too deeply", head + ",\"pain\":3,\"x\":[[[[[[[[[1]]]]]]]]]}",
            "nested too deeply"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badLines")
  void aBadLineSaysWhatIsWrong(String what, String line, String reason) {
    BadLine bad = assertThrows(BadLine.class, () -> EventCodec.decode(line));

    assertEquals(reason, bad.getMessage());
  }

  @ParameterizedTest
  @MethodSource("everyType")
  void everyTornPrefixOfALineIsABadLine(Event event) {
    String line = EventCodec.encode(event);

    for (int end = 0; end < line.length(); end++) {
      String torn = line.substring(0, end);
      assertThrows(BadLine.class, () -> EventCodec.decode(torn), torn);
    }
  }

  
  @Test
  void aLargeNumberIsNotText() {
    String line = "{\"v\":1,\"type\":\"check-in\",\"id\":99999999999,"
        + "\"at\":\"2026-03-02T08:30:00+01:00\",\"pain\":3}";

    BadLine bad = assertThrows(BadLine.class, () -> EventCodec.decode(line));

    assertEquals("\"id\" is not text", bad.getMessage());
  }
}
