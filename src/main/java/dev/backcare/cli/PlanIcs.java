package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.calendar.PlanCalendar;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.journal.PrivateFile;
import dev.backcare.rules.Schedule.Day;
import dev.backcare.rules.Schedule;
import dev.backcare.text.Printable;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** {@code backcare plan --ics FILE}: the next 14 days as an iCalendar file. */
final class PlanIcs {
  static final int DAYS = 14;

  private PlanIcs() {}

  static int write(Context context, CalendarOptions options) {
    List<Symptom> open = context.history().openSymptoms();
    if (!open.isEmpty()) {
      Symptom last = open.get(open.size() - 1);
      throw BackcareException.badInput("a stop sign is open: you logged "
          + last.kind().description() + " on " + last.date() + ". There are no sessions to"
          + " schedule until a professional has cleared you and you have run `backcare log"
          + " cleared`");
    }
    Path path = options.file.equals("-") ? null : path(options.file);
    List<Day> days = Schedule.ahead(context.library(), context.history(),
        context.now().toLocalDate(), DAYS);
    String text = PlanCalendar.render(days, context.now().toInstant(), options.checkIn(),
        options.session());
    if (path == null) {
      context.out().print(text);
      context.out().flush();
      return 0;
    }
    PrivateFile.write(path, "the calendar", text.getBytes(StandardCharsets.UTF_8),
        context.settings().journal());
    long rest = days.stream().filter(Day::rest).count();
    context.out().println("Wrote " + days.size() + " days (" + count(days.size() - rest, "session")
        + (rest > 0 ? ", " + count(rest, "rest day") : "") + ", "
        + count(days.size(), "morning check-in") + ") to " + Printable.text(options.file.toString())
        + ".");
    return 0;
  }

  private static Path path(String file) {
    try {
      return Path.of(file);
    } catch (InvalidPathException e) {
      throw BackcareException.badInput("--ics must be a file name, got \"" + file + "\"");
    }
  }

  private static String count(long n, String thing) {
    return n + " " + thing + (n == 1 ? "" : "s");
  }
}
