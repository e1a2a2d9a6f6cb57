package dev.backcare.calendar;

import dev.backcare.domain.Exercise;
import dev.backcare.rules.Schedule.Day;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The days ahead as an iCalendar file: each day a morning check-in with a reminder, and on a
 * training day the session; a rest day is an all-day event in the session's place. Times are
 * floating (the person's local time wherever they are). Each event's UID is its date and kind, so
 * importing a newer file updates the events instead of adding them twice.
 */
public final class PlanCalendar {
  public static final Duration CHECK_IN = Duration.ofMinutes(5);
  public static final Duration SESSION = Duration.ofMinutes(30);
  static final String CHECK_IN_SUMMARY = "Back check-in: log how your back feels";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  private PlanCalendar() {}

  /** The calendar of {@code days}; {@code stamp} is when it was made (DTSTAMP, in UTC). */
  public static String render(List<Day> days, Instant stamp, LocalTime checkInAt,
      LocalTime sessionAt) {
    String dtstamp = LOCAL.format(stamp.atOffset(ZoneOffset.UTC)) + "Z";
    Ics ics = new Ics().begin("VCALENDAR")
        .property("VERSION", "2.0")
        .property("PRODID", "-//backcare//backcare plan//EN")
        .property("CALSCALE", "GREGORIAN")
        .text("X-WR-CALNAME", "backcare");
    for (Day day : days) {
      timed(event(ics, day, "checkin", dtstamp), day, checkInAt, CHECK_IN)
          .text("SUMMARY", CHECK_IN_SUMMARY)
          .text("DESCRIPTION", "How does your back feel this morning, from 0 (none) to 10 (the"
              + " worst imaginable)? Log it before you train:\nbackcare log pain N\nThen"
              + " `backcare today` says what to do today.")
          .property("TRANSP", "TRANSPARENT")
          .begin("VALARM")
          .property("ACTION", "DISPLAY")
          .text("DESCRIPTION", CHECK_IN_SUMMARY)
          .property("TRIGGER;RELATED=START", "PT0S")
          .end("VALARM")
          .end("VEVENT");
      event(ics, day, "session", dtstamp);
      if (day.rest()) {
        ics.property("DTSTART;VALUE=DATE", DATE.format(day.date()))
            .property("DTEND;VALUE=DATE", DATE.format(day.date().plusDays(1)))
            .text("SUMMARY", "Back care: rest day")
            .text("DESCRIPTION", "A rest day after a run of training days: no exercises today."
                + " An easy walk is fine.\n`backcare today` has the final word.")
            .property("TRANSP", "TRANSPARENT");
      } else {
        timed(ics, day, sessionAt, SESSION)
            .text("SUMMARY", "Back exercises (" + day.phase().id() + " phase)")
            .text("DESCRIPTION", sessionText(day));
      }
      ics.end("VEVENT");
    }
    return ics.end("VCALENDAR").toString();
  }

  static String sessionText(Day day) {
    StringBuilder b = new StringBuilder("Week " + day.week() + ", " + day.phase().id()
        + " phase: " + (day.timesPerDay() == 1 ? "one session a day."
            : "up to " + day.timesPerDay() + " sessions a day; this is the first.") + "\n");
    b.append(day.exercises().isEmpty() ? "No exercises in your plan for this phase: add one"
        + " with `backcare plan add ID`.\n" : "Exercises:\n");
    for (Exercise e : day.exercises()) {
      b.append("- ").append(e.name()).append('\n');
    }
    return b.append("Today's exact doses depend on how your back responds: run `backcare today`"
        + " before you start.\nAfterwards: backcare log session --during N").toString();
  }

  /** Opens an event: its UID (the date and kind) and DTSTAMP. */
  private static Ics event(Ics ics, Day day, String kind, String dtstamp) {
    return ics.begin("VEVENT")
        .property("UID", DATE.format(day.date()) + "-" + kind + "@backcare")
        .property("DTSTAMP", dtstamp);
  }

  private static Ics timed(Ics ics, Day day, LocalTime at, Duration length) {
    LocalDateTime start = day.date().atTime(at);
    return ics.property("DTSTART", LOCAL.format(start))
        .property("DTEND", LOCAL.format(start.plus(length)));
  }
}
