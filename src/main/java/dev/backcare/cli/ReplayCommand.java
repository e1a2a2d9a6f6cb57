package dev.backcare.cli;

import dev.backcare.rules.Replay;
import dev.backcare.rules.ReplayJson;
import dev.backcare.rules.ReplayText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backcare replay}: what backcare advised each day, as it stood then. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "What backcare advised each day: the decision, the rules that fired, the dose changes.",
      "Each day is replayed from the entries logged by then, so an entry logged later does not",
      "rewrite it. By default: the last 14 days."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  backcare replay",
      "  backcare replay --from 2026-03-02 --to 2026-03-29",
      "  backcare replay --days 28 --json"
    })
final class ReplayCommand implements Callable<Integer> {
  private final Context context;

  @Mixin DayRange range;

  @Option(names = "--json", description = "One JSON object (see docs/json.md).")
  boolean json;

  ReplayCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    DayRange.Span span = range.span(context.now().toLocalDate(), 14);
    LocalDate from = span.from();
    LocalDate to = span.to();
    context.noteIfNoJournal();
    List<Replay.Day> days = from.isAfter(to) ? List.of() : Replay.days(context.library(),
        context.events(), from, to, context.settings().zone().zone(),
        context.now().toInstant());
    StringWriter text = new StringWriter();
    PrintWriter w = new PrintWriter(text);
    if (json) {
      ReplayJson.write(days, context.settings().zone().zone(), w);
    } else {
      ReplayText.render(days, w, context.width());
    }
    w.flush();
    context.out().print(text);
    return 0;
  }
}
