package dev.backcare.calendar;

import dev.backcare.domain.Exercise;
import dev.backcare.rules.Schedule.Day;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;

/**
 * The days ahead as an iCalendar file: each day a morning check-in with a reminder, and on a
 * training day the session; a rest day is an all-day event in the session's place. Times are
 * floating (the person's local time wherever they are). Each event's UID is a hash of the plan's
 * id, its date and kind, so importing a newer file updates the events instead of adding them
 * twice, and two plans (or two people) never share one. SEQUENCE grows with the time a file is
 * made, so a calendar app takes a later file over an earlier one: that is how {@link #cancel}
 * removes sessions already exported.
 */
public final class PlanCalendar {
  public static final Duration CHECK_IN = Duration.ofMinutes(5);
  public static final Duration SESSION = Duration.ofMinutes(30);
  static final String CHECK_IN_SUMMARY = "Back check-in: log how your back feels";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  private PlanCalendar() {}

  /**
   * The calendar of {@code days} of the plan {@code planId}; {@code stamp} is when it was made
   * (DTSTAMP, in UTC).
   */
  public static String render(String planId, List<Day> days, Instant stamp, LocalTime checkInAt,
      LocalTime sessionAt) {
    Ics ics = calendar();
    for (Day day : days) {
      timed(event(ics, planId, day.date(), "checkin", stamp), day.date(), checkInAt, CHECK_IN)
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
      event(ics, planId, day.date(), "session", stamp);
      if (day.rest()) {
        ics.property("DTSTART;VALUE=DATE", DATE.format(day.date()))
            .property("DTEND;VALUE=DATE", DATE.format(day.date().plusDays(1)))
            .text("SUMMARY", "Back care: rest day")
            .text("DESCRIPTION", "A rest day after a run of training days: no exercises today."
                + " An easy walk is fine.\n`backcare today` has the final word.")
            .property("TRANSP", "TRANSPARENT");
      } else {
        timed(ics, day.date(), sessionAt, SESSION)
            .text("SUMMARY", "Back exercises (" + day.phase().id() + " phase)")
            .text("DESCRIPTION", sessionText(day));
      }
      ics.end("VEVENT");
    }
    return ics.end("VCALENDAR").toString();
  }

  /**
   * A calendar that cancels the sessions (and rest days) of the plan {@code planId} on {@code
   * dates}: the same UIDs, STATUS:CANCELLED and a higher SEQUENCE than any file made before {@code
   * stamp}, so that importing it removes them. {@code why} says why, in the event's description.
   * Each event keeps the session's time, {@code sessionAt}. No METHOD:CANCEL: RFC 5546 wants an
   * ORGANIZER (an e-mail address) with it, which backcare does not have; a cancelled status with a
   * higher sequence is how a published calendar withdraws an event.
   */
  public static String cancel(String planId, List<LocalDate> dates, Instant stamp,
      LocalTime sessionAt, String why) {
    Ics ics = calendar();
    for (LocalDate date : dates) {
      timed(event(ics, planId, date, "session", stamp), date, sessionAt, SESSION)
          .property("STATUS", "CANCELLED")
          .text("SUMMARY", "Cancelled: back exercises")
          .text("DESCRIPTION", why)
          .property("TRANSP", "TRANSPARENT")
          .end("VEVENT");
    }
    return ics.end("VCALENDAR").toString();
  }

  private static Ics calendar() {
    return new Ics().begin("VCALENDAR")
        .property("VERSION", "2.0")
        .property("PRODID", "-//backcare//backcare plan//EN")
        .property("CALSCALE", "GREGORIAN")
        .text("X-WR-CALNAME", "backcare");
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

  /** Opens an event: its UID, DTSTAMP and SEQUENCE. */
  private static Ics event(Ics ics, String planId, LocalDate date, String kind, Instant stamp) {
    return ics.begin("VEVENT")
        .property("UID", uid(planId, date, kind))
        .property("DTSTAMP", LOCAL.format(stamp.atOffset(ZoneOffset.UTC)) + "Z")
        .property("SEQUENCE", Long.toString(sequence(stamp)));
  }

  /**
   * An event's UID: the first 128 bits of a SHA-256 of the plan's id, the date and the kind, in
   * hex. The same plan and day always give the same UID; another plan never does.
   */
  static String uid(String planId, LocalDate date, String kind) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(
          (planId + "/" + date + "/" + kind).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16) + "@backcare";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * SEQUENCE: whole minutes from 2026-01-01 (UTC) to {@code stamp}, so that a file made later
   * supersedes one made earlier, whatever changed in between.
   */
  static long sequence(Instant stamp) {
    return Math.max(0, Duration.between(EPOCH, stamp).toMinutes());
  }

  private static Ics timed(Ics ics, LocalDate date, LocalTime at, Duration length) {
    LocalDateTime start = date.atTime(at);
    return ics.property("DTSTART", LOCAL.format(start))
        .property("DTEND", LOCAL.format(start.plus(length)));
  }
}
