package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.calendar.PlanCalendar;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.rules.Schedule.Day;
import dev.backcare.rules.Schedule;
import dev.backcare.text.Printable;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code backcare plan --ics FILE}: the next 14 days as an iCalendar file; while a stop sign is
 * open, the cancellations of the sessions an earlier file could hold.
 */
final class PlanIcs {
  static final int DAYS = 14;

  private PlanIcs() {}

  static int write(Context context, CalendarOptions options) {
    Path path = options.file.equals("-") ? null : path(options.file);
    String planId = context.history().planStart().orElseThrow().id();
    LocalDate today = context.now().toLocalDate();
    List<Symptom> open = context.history().openSymptoms();
    if (!open.isEmpty()) {
      return cancel(context, options, path, planId, open.get(open.size() - 1));
    }
    List<Day> days = Schedule.ahead(context.library(), context.history(), today, DAYS);
    String text = PlanCalendar.render(planId, days, context.now().toInstant(), options.checkIn(),
        options.session());
    if (written(context, options, path, text)) {
      long rest = days.stream().filter(Day::rest).count();
      context.out().println("Wrote " + days.size() + " days ("
          + count(days.size() - rest, "session") + (rest > 0 ? ", " + count(rest, "rest day") : "")
          + ", " + count(days.size(), "morning check-in") + ") to "
          + Printable.text(options.file) + ".");
    }
    return 0;
  }

  /**
   * A stop sign is open: the sessions of the next 14 days, every day an earlier file can still
   * hold ahead, are cancelled, so that importing the file removes them from a calendar.
   */
  private static int cancel(Context context, CalendarOptions options, Path path, String planId,
      Symptom last) {
    LocalDate today = context.now().toLocalDate();
    List<LocalDate> dates = today.datesUntil(today.plusDays(DAYS)).toList();
    String why = "Cancelled: a stop sign is open (you logged " + last.kind().description()
        + " on " + last.date() + "). No exercises until a professional has cleared you and you"
        + " have run `backcare log cleared`.";
    String text = PlanCalendar.cancel(planId, dates, context.now().toInstant(), options.session(),
        why);
    if (written(context, options, path, text)) {
      context.out().println("A stop sign is open, so there are no sessions for now: wrote the"
          + " cancellations of the " + dates.size() + " sessions from " + today + " to "
          + dates.get(dates.size() - 1) + " to " + Printable.text(options.file)
          + "; import it into your"
          + " calendar app to remove them.");
    }
    return 0;
  }

  /** Prints {@code text} (for "-"), or writes it to {@code path}; whether it went to a file. */
  private static boolean written(Context context, CalendarOptions options, Path path,
      String text) {
    if (path == null) {
      context.out().print(text);
      context.out().flush();
      return false;
    }
    OutputFile.write(context, path, "the calendar", text, options.force);
    return true;
  }

  private static Path path(String file) {
    try {
      return Settings.path(file);
    } catch (InvalidPathException e) {
      throw BackcareException.badInput(Cli.unusable(e));
    }
  }

  private static String count(long n, String thing) {
    return n + " " + thing + (n == 1 ? "" : "s");
  }
}
