package dev.backcare.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.domain.Exercise;
import dev.backcare.domain.Library;
import dev.backcare.domain.Phase;
import dev.backcare.library.LibraryReader;
import dev.backcare.rules.Schedule.Day;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The calendar file, parsed back with ical4j, a real iCalendar (RFC 5545) library. */
class PlanCalendarTest {
  static final Library LIBRARY = LibraryReader.bundled();
  static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
  static final Instant STAMP = Instant.parse("2026-03-02T06:59:30Z");
  static final LocalTime EIGHT = LocalTime.of(8, 0);
  static final LocalTime NINE = LocalTime.of(9, 0);
  static final String PLAN = "p1";

  static Exercise exercise(String id) {
    return LIBRARY.exercise(id).orElseThrow();
  }

  static Exercise named(String id, String name) {
    Exercise e = exercise(id);
    return new Exercise(e.id(), name, e.category(), e.position(), e.phases(), e.dose(),
        e.instructions(), e.cues(), e.cautions(), e.progression(), e.regression());
  }

  static Day training(int day, Exercise... exercises) {
    return new Day(MONDAY.plusDays(day), Phase.BUILDING, 3, 2, List.of(exercises), false);
  }

  static Day rest(int day) {
    return new Day(MONDAY.plusDays(day), Phase.BUILDING, 3, 2, List.of(), true);
  }

  static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  static String value(VEvent e, String property) {
    return e.getProperty(property).map(p -> ((Property) p).getValue()).orElseThrow(
        () -> new AssertionError(property + " missing in " + e));
  }

  static Temporal start(VEvent e) {
    return e.getStartDate().orElseThrow().getDate();
  }

  static Temporal end(VEvent e) {
    return e.getEndDate().orElseThrow().getDate();
  }

  @Test
  void aCheckInEachDayAndASessionOrARestDay() throws Exception {
    List<Day> days = List.of(training(0, exercise("bridge")), rest(1),
        training(2, exercise("bridge"), exercise("walking")));
    Calendar cal = parse(PlanCalendar.render(PLAN, days, STAMP, EIGHT, NINE));
    assertFalse(cal.validate().hasErrors(), () -> cal.validate().toString());
    assertEquals("2.0", cal.getProperty(Property.VERSION).map(p -> ((Property) p).getValue())
        .orElseThrow());
    assertTrue(cal.getProperty(Property.PRODID).isPresent());
    assertEquals("GREGORIAN", cal.getProperty(Property.CALSCALE)
        .map(p -> ((Property) p).getValue()).orElseThrow());

    List<VEvent> events = cal.getComponents("VEVENT");
    assertEquals(6, events.size());
    Set<String> uids = new HashSet<>();
    events.forEach(e -> uids.add(value(e, Property.UID)));
    assertEquals(6, uids.size(), "one UID for each event");
    // sha256sum of "p1/2026-03-02/checkin" and "p1/2026-03-02/session", the first 32 digits.
    assertEquals("6545625bb8c1f94d0dbfdbfafeba4fce@backcare", value(events.get(0), Property.UID));
    assertEquals("b56b86108c3d354401609b1baa1d16b0@backcare", value(events.get(1), Property.UID));

    for (VEvent e : events) {
      assertEquals("20260302T065930Z", value(e, Property.DTSTAMP));
      // Minutes from 2026-01-01T00:00Z to the stamp: 60 days, 6 hours and 59 minutes.
      assertEquals(Long.toString(60 * 1440 + 6 * 60 + 59), value(e, Property.SEQUENCE));
      Property dtstart = e.<Property>getProperty(Property.DTSTART).orElseThrow();
      assertTrue(dtstart.getParameter("TZID").isEmpty(), "floating: no TZID");
      assertFalse(dtstart.getValue().endsWith("Z"), "floating: not UTC");
      boolean checkIn = value(e, Property.SUMMARY).equals(PlanCalendar.CHECK_IN_SUMMARY);
      List<VAlarm> alarms = e.getAlarms();
      assertEquals(checkIn ? 1 : 0, alarms.size(), value(e, Property.UID));
      if (checkIn) {
        VAlarm a = alarms.get(0);
        assertEquals("DISPLAY", a.getAction().orElseThrow().getValue());
        assertEquals("PT0S", a.getTrigger().orElseThrow().getValue());
        assertEquals(PlanCalendar.CHECK_IN_SUMMARY, value(e, Property.SUMMARY));
        assertTrue(value(e, Property.DESCRIPTION).contains("backcare log pain N"));
      }
    }
    VEvent checkIn = events.get(0);
    assertEquals(LocalDateTime.of(2026, 3, 2, 8, 0), start(checkIn));
    assertEquals(LocalDateTime.of(2026, 3, 2, 8, 5), end(checkIn));
    VEvent session = events.get(1);
    assertEquals(LocalDateTime.of(2026, 3, 2, 9, 0), start(session));
    assertEquals(LocalDateTime.of(2026, 3, 2, 9, 30), end(session));
    assertEquals("Back exercises (building phase)", value(session, Property.SUMMARY));
    assertEquals("Week 3, building phase: up to 2 sessions a day; this is the first.\n"
        + "Exercises:\n- Bridge\nToday's exact doses depend on how your back responds: run"
        + " `backcare today` before you start.\nAfterwards: backcare log session --during N",
        value(session, Property.DESCRIPTION));
    VEvent restDay = events.get(3);
    assertEquals(LocalDate.of(2026, 3, 3), start(restDay));
    assertEquals(LocalDate.of(2026, 3, 4), end(restDay));
    assertTrue(value(restDay, Property.SUMMARY).contains("rest day"));
    assertTrue(value(events.get(5), Property.DESCRIPTION).contains("- Bridge\n- Walking\n"));
  }

  @Test
  void uidsAreTheSameForTheSamePlanAndDayAndNeverAnotherPlans() throws Exception {
    List<Day> days = List.of(training(0, exercise("bridge")), rest(1));
    List<String> first = uids(PlanCalendar.render(PLAN, days, STAMP, EIGHT, NINE));
    List<String> later = uids(PlanCalendar.render(PLAN, List.of(training(0, exercise("walking")),
        training(1, exercise("bridge"))), STAMP.plusSeconds(86_400), LocalTime.of(7, 0), NINE));
    List<String> another = uids(PlanCalendar.render("p2", days, STAMP, EIGHT, NINE));
    assertEquals(first, later, "the same plan and days: the same UIDs, whatever the contents");
    assertTrue(first.stream().noneMatch(another::contains), "another plan: other UIDs");
    assertTrue(first.stream().allMatch(u -> u.matches("[0-9a-f]{32}@backcare")), first::toString);
  }

  @Test
  void aCancellationHasTheSessionsUidsAHigherSequenceAndIsCancelled() throws Exception {
    List<Day> days = List.of(training(0, exercise("bridge")), rest(1), training(2));
    String exported = PlanCalendar.render(PLAN, days, STAMP, EIGHT, NINE);
    Instant later = STAMP.plusSeconds(3600);
    Calendar cal = parse(PlanCalendar.cancel(PLAN, List.of(MONDAY, MONDAY.plusDays(1),
        MONDAY.plusDays(2)), later, NINE, "Cancelled: a stop sign is open."));
    assertFalse(cal.validate().hasErrors(), () -> cal.validate().toString());
    List<VEvent> cancelled = cal.getComponents("VEVENT");
    List<VEvent> sessions = parse(exported).<VEvent>getComponents("VEVENT").stream()
        .filter(e -> !value(e, Property.SUMMARY).equals(PlanCalendar.CHECK_IN_SUMMARY)).toList();
    assertEquals(sessions.stream().map(e -> value(e, Property.UID)).toList(),
        cancelled.stream().map(e -> value(e, Property.UID)).toList());
    for (int i = 0; i < cancelled.size(); i++) {
      VEvent c = cancelled.get(i);
      assertEquals("CANCELLED", value(c, Property.STATUS));
      assertTrue(Long.parseLong(value(c, Property.SEQUENCE))
          > Long.parseLong(value(sessions.get(i), Property.SEQUENCE)));
      assertEquals("Cancelled: a stop sign is open.", value(c, Property.DESCRIPTION));
      assertEquals(LocalDateTime.of(MONDAY.plusDays(i), NINE), start(c));
    }
  }

  static List<String> uids(String ics) throws Exception {
    return parse(ics).<VEvent>getComponents("VEVENT").stream().map(e -> value(e, Property.UID))
        .toList();
  }

  @Test
  void otherTimes() throws Exception {
    String ics = PlanCalendar.render(PLAN, List.of(training(0, exercise("bridge"))), STAMP,
        LocalTime.of(6, 45), LocalTime.of(18, 10));
    List<VEvent> events = parse(ics).getComponents("VEVENT");
    assertEquals(LocalDateTime.of(2026, 3, 2, 6, 45), start(events.get(0)));
    assertEquals(LocalDateTime.of(2026, 3, 2, 6, 50), end(events.get(0)));
    assertEquals(LocalDateTime.of(2026, 3, 2, 18, 10), start(events.get(1)));
    assertEquals(LocalDateTime.of(2026, 3, 2, 18, 40), end(events.get(1)));
  }

  @Test
  void longLinesFoldOnCharactersAndUnfoldToTheOriginal() throws Exception {
    String name = "Brücke – mit Gefühl über dem Rücken gehalten 🙂 ".repeat(4);
    Day day = training(0, named("bridge", name), exercise("walking"));
    String ics = PlanCalendar.render(PLAN, List.of(day), STAMP, EIGHT, NINE);
    assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
    assertFalse(ics.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
    int folded = 0;
    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
      assertFalse(line.contains("\uFFFD"), line);
      folded += line.startsWith(" ") ? 1 : 0;
    }
    assertTrue(folded > 5, "the long description is folded");
    VEvent session = parse(ics).<VEvent>getComponents("VEVENT").get(1);
    assertEquals(PlanCalendar.sessionText(day), value(session, Property.DESCRIPTION));
  }

  @Test
  void textEscapingRoundTrips() throws Exception {
    Day day = training(0, named("bridge", "Bridge; hips up, slowly \\ gently"),
        named("walking", "Walk,\nthen rest"));
    String ics = PlanCalendar.render(PLAN, List.of(day), STAMP, EIGHT, NINE);
    String unfolded = ics.replace("\r\n ", "");
    assertTrue(unfolded.contains(
        "- Bridge\\; hips up\\, slowly \\\\ gently\\n- Walk\\,\\nthen rest"), ics);
    VEvent session = parse(ics).<VEvent>getComponents("VEVENT").get(1);
    assertEquals(PlanCalendar.sessionText(day), value(session, Property.DESCRIPTION));
    assertTrue(value(session, Property.DESCRIPTION).contains(
        "- Bridge; hips up, slowly \\ gently\n- Walk,\nthen rest\n"));
  }

  @Test
  void escapeAndFoldByThemselves() {
    assertEquals("a\\\\b\\;c\\,d\\ne\\nf g", Ics.escape("a\\b;c,d\r\ne\nf\u0007g"));
    String line = "DESCRIPTION:" + "é".repeat(40);
    String folded = Ics.fold(line);
    assertEquals("DESCRIPTION:" + "é".repeat(31) + "\r\n " + "é".repeat(9), folded);
  }
}
