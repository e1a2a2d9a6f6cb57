package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.report.Period;
import dev.backcare.report.Reports;
import dev.backcare.report.TextReport;
import dev.backcare.report.WeeklyReport;
import dev.backcare.text.Printable;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backcare report}: how the training went, week by week. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "How the training went, week by week.",
      "Sessions against the plan, pain during and the next morning, morning pain, volume,",
      "the rules that fired, stop signs, and the signs that it is working or not. By",
      "default: this week and the week before, as text."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  backcare report",
      "  backcare report --weeks 6",
      "  backcare report --json",
      "  backcare report --week 2026-W12 --format markdown",
      "  backcare report --from 2026-03-02 --to 2026-03-29 --format csv -o march.csv",
      "  backcare report --weeks 4 --format html -o report.html"
    })
final class ReportCommand implements Callable<Integer> {
  private final Context context;

  @Mixin ReportRange range;

  @Option(names = "--format", paramLabel = "FORMAT",
      completionCandidates = ReportFormat.Names.class,
      description = "text (default), json, csv, markdown or html.")
  String format;

  @Option(names = "--json", description = "Print one JSON object: the same as --format json.")
  boolean json;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (readable by you only) instead of printing; - prints."
          + " An existing FILE is kept unless you add --force.")
  Path output;

  @Option(names = "--force", description = "With -o FILE: replace FILE if it exists.")
  boolean force;

  @Option(names = "--color", negatable = true,
      description = "Colour the text report (default: only on a terminal, and not when NO_COLOR"
          + " is set).")
  Boolean color;

  ReportCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (force && (output == null || OutputFile.stdout(output))) {
      throw BackcareException.badInput("--force goes with -o FILE");
    }
    if (output != null && OutputFile.stdout(output)) {
      output = null;
    }
    context.noteIfNoJournal();
    ReportFormat f = ReportFormat.parse(format, json);
    Period period = range.period(context.now().toLocalDate(), context.settings().weekStart());
    WeeklyReport report = report(period);
    boolean colored = output == null && f == ReportFormat.TEXT && (color != null ? color
        : context.settings().color().orElse(context.terminal()));
    // Rendered whole, then written at once: printed line by line, a year's report was 1230 writes
    // to the terminal, one for each line.
    StringWriter buffer = new StringWriter();
    try (PrintWriter w = new PrintWriter(buffer)) {
      // A file is read later, anywhere: it has the usual width, not this terminal's.
      f.render(report, w, colored, output == null ? context.settings().columns()
          : TextReport.WIDTH);
    }
    if (output == null) {
      context.out().print(buffer);
      return 0;
    }
    OutputFile.write(context, output, "the report", buffer.toString(), force);
    int weeks = report.weeks().size();
    context.out().println("Wrote the report (" + weeks + (weeks == 1 ? " week" : " weeks")
        + ", " + period.from() + " to " + period.to() + ") to "
        + Printable.text(output.toString()) + ".");
    return 0;
  }

  private WeeklyReport report(Period period) {
    return Reports.build(context.library(), context.history(), period,
        context.now().toLocalDate(), context.settings().zone());
  }
}
