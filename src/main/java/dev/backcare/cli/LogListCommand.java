package dev.backcare.cli;

import dev.backcare.BackcareException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backcare log list}: the journal's entries, one line each, oldest first. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "List the journal's entries, one line each, in time order (newest last).",
      "Voided entries and corrections are left out unless --all is given."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  backcare log list --days 7",
      "  backcare log list --from 2026-03-01 --to 2026-03-07 --kind pain",
      "  backcare log list --all --json"
    })
class LogListCommand implements Callable<Integer> {
  private final Context context;

  LogListCommand(Context context) {
    this.context = context;
  }

  @Option(names = "--from", paramLabel = "DATE", description = "The first day, YYYY-MM-DD.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "The last day, YYYY-MM-DD.")
  String to;

  @Option(names = "--days", paramLabel = "N",
      description = "The last N days, today included.")
  String days;

  @Option(names = "--kind", paramLabel = "KIND", description = "Only entries of this kind:"
      + " check-in (or pain), session, symptom, cleared, void, plan-start or plan-change;"
      + " may be repeated.")
  List<String> kinds = new ArrayList<>();

  @Option(names = "--all", description = "Also voided entries (marked) and the corrections.")
  boolean all;

  @Option(names = "--json", description = "One JSON object (see docs/json.md).")
  boolean json;

  @Override
  public Integer call() {
    EntryList.Filter filter = new EntryList.Filter(first(), last(), EntryList.kinds(kinds), all);
    if (filter.from().isPresent() && filter.to().isPresent()
        && filter.to().get().isBefore(filter.from().get())) {
      throw BackcareException.badInput("--to " + filter.to().get() + " is before --from "
          + filter.from().get());
    }
    context.noteIfNoJournal();
    var events = context.events();
    if (json) {
      context.out().println(EntryList.json(events, filter));
    } else {
      EntryList.lines(events, filter, context.width()).forEach(context.out()::println);
    }
    return 0;
  }

  private Optional<LocalDate> first() {
    if (days != null) {
      if (from != null || to != null) {
        throw BackcareException.badInput("choose --days or --from/--to, not both");
      }
      int n;
      try {
        n = Integer.parseInt(days.strip());
      } catch (NumberFormatException e) {
        n = 0;
      }
      if (n < 1 || n > 36600) {
        throw BackcareException.badInput("--days must be a whole number of days from 1, got \""
            + dev.backcare.text.Printable.line(days, 40) + "\"");
      }
      return Optional.of(today().minusDays(n - 1L));
    }
    return Optional.ofNullable(from).map(f -> date("--from", f));
  }

  private Optional<LocalDate> last() {
    if (days != null) {
      return Optional.of(today());
    }
    return Optional.ofNullable(to).map(t -> date("--to", t));
  }

  private LocalDate today() {
    return context.settings().zonedNow().toLocalDate();
  }

  private static LocalDate date(String option, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw BackcareException.badInput(option + " must be a date such as 2026-03-02, got \""
          + dev.backcare.text.Printable.line(text, 40) + "\"");
    }
  }
}
