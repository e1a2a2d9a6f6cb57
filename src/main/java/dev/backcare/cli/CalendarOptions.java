package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.calendar.PlanCalendar;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/** The options of {@code plan --ics FILE}, shared by {@code plan} and {@code plan show}. */
final class CalendarOptions {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("H:mm");

  @Option(names = "--ics", paramLabel = "FILE",
      description = "Write the next 14 days to a calendar file (iCalendar) for your calendar"
          + " app: a morning check-in each day, and the sessions; while a stop sign is open,"
          + " the sessions' cancellations. - prints it. An existing FILE is kept unless you add"
          + " --force.")
  String file;

  @Option(names = "--force", description = "With --ics FILE: replace FILE if it exists.")
  boolean force;

  @Option(names = "--check-in-at", paramLabel = "HH:MM",
      description = "With --ics: the check-in's time (default: 08:00).")
  String checkInAt;

  @Option(names = "--session-at", paramLabel = "HH:MM",
      description = "With --ics: the session's time (default: 09:00).")
  String sessionAt;

  /** Whether a calendar is asked for; refuses options that do not go together. */
  boolean wanted(boolean json) {
    if (force && (file == null || file.equals("-"))) {
      throw BackcareException.badInput("--force goes with --ics FILE");
    }
    if (file == null) {
      if (checkInAt != null || sessionAt != null) {
        throw BackcareException.badInput((checkInAt != null ? "--check-in-at" : "--session-at")
            + " goes with --ics FILE");
      }
      return false;
    }
    if (json) {
      throw BackcareException.badInput("--json and --ics cannot be used together");
    }
    if (session().toSecondOfDay()
        < checkIn().toSecondOfDay() + PlanCalendar.CHECK_IN.toSeconds()) {
      throw BackcareException.badInput("--session-at must be at least "
          + PlanCalendar.CHECK_IN.toMinutes() + " minutes after the check-in at " + checkIn()
          + ", so that the check-in comes first; got " + session());
    }
    return true;
  }

  LocalTime checkIn() {
    return time("--check-in-at", checkInAt, LocalTime.of(8, 0));
  }

  LocalTime session() {
    return time("--session-at", sessionAt, LocalTime.of(9, 0));
  }

  private static LocalTime time(String option, String text, LocalTime otherwise) {
    if (text == null) {
      return otherwise;
    }
    try {
      return LocalTime.parse(text.strip(), HH_MM);
    } catch (DateTimeParseException e) {
      throw BackcareException.badInput(option + " must be a time such as 07:30, got \"" + text
          + "\"");
    }
  }
}
