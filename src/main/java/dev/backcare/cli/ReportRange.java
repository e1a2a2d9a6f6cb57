package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.report.Period;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** The report's range: one ISO week, a span of dates, or the last N weeks (the default: 2). */
final class ReportRange {
  static final int MAX_WEEKS = 520;

  /** Made when --week is used: the first regular expression of a run sets up 10 ms of machinery. */
  private static final class Week {
    static final Pattern PATTERN = Pattern.compile("(\\d{4})-W(\\d{1,2})");
  }

  @Option(names = "--week", paramLabel = "YYYY-Www",
      description = "One ISO week, such as 2026-W12.")
  String week;

  @Option(names = "--weeks", paramLabel = "N",
      description = "This week and the N-1 weeks before it (default: 2).")
  Integer weeks;

  @Option(names = "--from", paramLabel = "DATE",
      description = "The first day, YYYY-MM-DD (with --to, or up to today).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "The last day, YYYY-MM-DD.")
  String to;

  Period period(LocalDate today, DayOfWeek weekStart) {
    int options = (week != null ? 1 : 0) + (weeks != null ? 1 : 0)
        + (from != null || to != null ? 1 : 0);
    if (options > 1) {
      throw BackcareException.badInput("choose one of --week, --weeks or --from/--to");
    }
    if (week != null) {
      return Period.weekOf(isoWeek(week), weekStart);
    }
    if (from != null || to != null) {
      if (from == null) {
        throw BackcareException.badInput("--to needs --from: the first day of the report");
      }
      LocalDate first = date("--from", from);
      LocalDate last = to == null ? today : date("--to", to);
      if (last.isBefore(first)) {
        throw BackcareException.badInput("--to " + last + " is before --from " + first);
      }
      if (first.plusWeeks(MAX_WEEKS).isBefore(last)) {
        throw BackcareException.badInput("a report covers at most " + MAX_WEEKS + " weeks; "
            + first + " to " + last + " is longer");
      }
      return new Period(first, last, weekStart);
    }
    int n = weeks == null ? 2 : weeks;
    if (n < 1 || n > MAX_WEEKS) {
      throw BackcareException.badInput("--weeks must be from 1 to " + MAX_WEEKS + ", got " + n);
    }
    return Period.lastWeeks(n, today, weekStart);
  }

  /** The Monday of an ISO week such as 2026-W12. */
  static LocalDate isoWeek(String text) {
    Matcher m = Week.PATTERN.matcher(text);
    if (!m.matches()) {
      throw BackcareException.badInput("--week must be an ISO week such as 2026-W12, got \""
          + text + "\"");
    }
    int year = Integer.parseInt(m.group(1));
    int n = Integer.parseInt(m.group(2));
    LocalDate jan4 = LocalDate.of(year, 1, 4);
    long max = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(jan4).getMaximum();
    if (n < 1 || n > max) {
      throw BackcareException.badInput(year + " has ISO weeks 1 to " + max + ", got \"" + text
          + "\"");
    }
    return jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, n)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static LocalDate date(String option, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw BackcareException.badInput(option + " must be a date such as 2026-03-02, got \""
          + text + "\"");
    }
  }
}
