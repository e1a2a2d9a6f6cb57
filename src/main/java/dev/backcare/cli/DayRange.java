package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.text.Printable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --from DATE --to DATE} or {@code --days N}: a stretch of days, shared by commands. */
final class DayRange {
  @Option(names = "--from", paramLabel = "DATE", description = "The first day, YYYY-MM-DD.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "The last day, YYYY-MM-DD.")
  String to;

  @Option(names = "--days", paramLabel = "N",
      description = "The last N days, today included.")
  String days;

  /** The first day asked for, if any. */
  Optional<LocalDate> first(LocalDate today) {
    check(today);
    if (days != null) {
      return Optional.of(today.minusDays(count() - 1L));
    }
    return Optional.ofNullable(from).map(f -> date("--from", f));
  }

  /** The last day asked for, if any; today with {@code --days}. */
  Optional<LocalDate> last(LocalDate today) {
    if (days != null) {
      return Optional.of(today);
    }
    return Optional.ofNullable(to).map(t -> date("--to", t));
  }

  /** From the first day to the last, both included; the first may be after the last. */
  record Span(LocalDate from, LocalDate to) {}

  /**
   * The days asked for, cut at today: by default the {@code days} days that end with the last
   * day asked for, or today. Asked to begin after today, the span begins after it ends.
   */
  Span span(LocalDate today, int days) {
    LocalDate last = last(today).orElse(today);
    LocalDate first = first(today).orElse(last.minusDays(days - 1L));
    return new Span(first, last.isAfter(today) ? today : last);
  }

  private void check(LocalDate today) {
    if (days != null && (from != null || to != null)) {
      throw BackcareException.badInput("choose --days or --from/--to, not both");
    }
    Optional<LocalDate> a = days != null ? Optional.empty()
        : Optional.ofNullable(from).map(f -> date("--from", f));
    Optional<LocalDate> b = last(today);
    if (a.isPresent() && b.isPresent() && b.get().isBefore(a.get())) {
      throw BackcareException.badInput("--to " + b.get() + " is before --from " + a.get());
    }
  }

  private int count() {
    int n;
    try {
      n = Integer.parseInt(days.strip());
    } catch (NumberFormatException e) {
      n = 0;
    }
    if (n < 1 || n > 36600) {
      throw BackcareException.badInput("--days must be a whole number of days from 1, got \""
          + Printable.line(days, 40) + "\"");
    }
    return n;
  }

  private static LocalDate date(String option, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw BackcareException.badInput(option + " must be a date such as 2026-03-02, got \""
          + Printable.line(text, 40) + "\"");
    }
  }
}
