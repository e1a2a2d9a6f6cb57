package dev.backcare.cli;

import dev.backcare.BackcareException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin DayRange range;

  @Option(names = "--kind", paramLabel = "KIND", description = "Only entries of this kind:"
      + " check-in (or pain), session, symptom, cleared, function, void, plan-start or"
      + " plan-change;"
      + " may be repeated.")
  List<String> kinds = new ArrayList<>();

  @Option(names = "--all", description = "Also voided entries (marked) and the corrections.")
  boolean all;

  @Option(names = "--json", description = "One JSON object (see docs/json.md).")
  boolean json;

  @Override
  public Integer call() {
    LocalDate today = context.settings().zonedNow().toLocalDate();
    EntryList.Filter filter = new EntryList.Filter(range.first(today), range.last(today),
        EntryList.kinds(kinds), all);
    context.noteIfNoJournal();
    var events = context.events();
    if (json) {
      context.out().println(EntryList.json(events, filter));
    } else {
      // One line an entry for a pipe (grep, wc); on a terminal, a long entry wraps to its width.
      EntryList.lines(events, filter, context.terminal() ? context.width() : Integer.MAX_VALUE)
          .forEach(context.out()::println);
    }
    return 0;
  }
}
