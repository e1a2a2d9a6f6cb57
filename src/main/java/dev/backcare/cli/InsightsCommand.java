package dev.backcare.cli;

import dev.backcare.report.Insights;
import dev.backcare.report.InsightsJson;
import dev.backcare.report.InsightsText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backcare insights}: which days came before worse mornings. */
@Command(
    name = "insights",
    mixinStandardHelpOptions = true,
    description = {
      "Which days came before worse mornings.",
      "For each training day: was the next morning worse than the pain before the first",
      "session? Days with each exercise against days without, mornings against later, and a",
      "session above the ceiling against none. It shows what came together, not what caused",
      "it. By default: the last 8 weeks."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  backcare insights",
      "  backcare insights --days 90",
      "  backcare insights --from 2026-03-02 --to 2026-04-26 --json"
    })
final class InsightsCommand implements Callable<Integer> {
  /** The days looked at without --from or --days. */
  static final int DEFAULT_DAYS = 56;

  private final Context context;

  @Mixin DayRange range;

  @Option(names = "--json", description = "One JSON object (see docs/json.md).")
  boolean json;

  InsightsCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    LocalDate today = context.now().toLocalDate();
    DayRange.Span span = range.span(today, DEFAULT_DAYS);
    // A span still to come counts nothing, but keeps the dates asked for.
    LocalDate to = span.from().isAfter(span.to()) ? span.from() : span.to();
    context.noteIfNoJournal();
    Insights insights = Insights.of(context.library(), context.history(), span.from(), to, today);
    StringWriter text = new StringWriter();
    PrintWriter w = new PrintWriter(text);
    if (json) {
      InsightsJson.write(insights, w);
    } else {
      w.println(InsightsText.title(insights));
      InsightsText.render(insights, w, context.width());
    }
    w.flush();
    context.out().print(text);
    return 0;
  }
}
