package dev.backcare.cli;

import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.History;
import dev.backcare.journal.Journal;
import dev.backcare.journal.PrivateFile;
import dev.backcare.library.LibraryReader;
import dev.backcare.report.DayCache;
import dev.backcare.report.DayFigures;
import dev.backcare.report.Period;
import dev.backcare.report.Reports;
import dev.backcare.report.WeeklyReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
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
      "  backcare report --week 2026-W12 --format markdown",
      "  backcare report --from 2026-03-02 --to 2026-03-29 --format csv -o march.csv",
      "  backcare report --weeks 4 --format html -o report.html"
    })
final class ReportCommand implements Callable<Integer> {
  private final Context context;

  @Mixin ReportRange range;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      completionCandidates = ReportFormat.Names.class,
      description = "text (default), json, csv, markdown or html.")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (readable by you only) instead of printing.")
  Path output;

  @Option(names = "--color", negatable = true,
      description = "Colour the text report (default: only on a terminal, and not when NO_COLOR"
          + " is set).")
  Boolean color;

  ReportCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    context.noteIfNoJournal();
    ReportFormat f = ReportFormat.parse(format);
    Period period = range.period(context.now().toLocalDate(), context.settings().weekStart());
    WeeklyReport report = report(period);
    boolean colored = output == null && f == ReportFormat.TEXT && (color != null ? color
        : context.settings().color().orElse(context.terminal()));
    // Rendered whole, then written at once: printed line by line, a year's report was 1230 writes
    // to the terminal, one for each line.
    StringWriter buffer = new StringWriter();
    try (PrintWriter w = new PrintWriter(buffer)) {
      f.render(report, w, colored);
    }
    if (output == null) {
      context.out().print(buffer);
      return 0;
    }
    PrivateFile.write(output, "the report", buffer.toString().getBytes(StandardCharsets.UTF_8),
        context.settings().journal());
    int weeks = report.weeks().size();
    context.out().println("Wrote the report (" + weeks + (weeks == 1 ? " week" : " weeks")
        + ", " + period.from() + " to " + period.to() + ") to " + output + ".");
    return 0;
  }

  /**
   * The report, with the settled days from the cache beside the journal that still hold, and the
   * cache made again when some did not or when a week more has settled.
   */
  private WeeklyReport report(Period period) {
    LocalDate today = context.now().toLocalDate();
    LocalDate first = period.from().minusWeeks(1);
    Optional<String> key = cacheKey();
    Path file = DayCache.beside(context.settings().journal());
    DayCache cache = key.isPresent() ? DayCache.load(file, key.get()) : null;
    cache = cache != null && cache.answersFor(first, today) ? cache : null;
    Made made;
    boolean save = true;
    // At most three reads: each either finds the cache holds, or cuts it to the days that do
    // (an entry appended between two reads can cut it again), or drops it.
    for (int tries = 0; ; tries++) {
      NavigableMap<LocalDate, DayFigures> known =
          cache == null ? new TreeMap<>() : cache.from(first);
      LocalDate fresh = known.isEmpty() ? first : known.lastKey().plusDays(1);
      made = made(first, fresh.isAfter(period.to()) ? period.to() : fresh, period.to(), today,
          cache == null ? null : cache.place(), known);
      if (cache == null) {
        break;
      }
      Journal.Tail tail = context.tail();
      DayCache holding = tail == null || tail.added() == null ? null : cache.holding(tail.added());
      if (holding != null && holding.last().equals(cache.last())) {
        save = !fresh.plusDays(7).isAfter(today.minusDays(DayCache.SETTLED));
        break;
      }
      cache = tries < 2 ? holding : null;
    }
    Journal.Tail tail = context.tail();
    if (save && key.isPresent() && tail != null && tail.end() != null) {
      DayCache.save(file, key.get(), tail.end(),
          cache == null ? made.days() : cache.before(first, made.days()), today);
    }
    return Reports.build(context.library(), period, today, made.planStart(), made.days());
  }

  /** The figures of the days from {@code first} to {@code last} and the plan's start. */
  private record Made(Map<LocalDate, DayFigures> days, Optional<LocalDate> planStart) {}

  private Made made(LocalDate first, LocalDate fresh, LocalDate last, LocalDate today,
      Journal.Place since, Map<LocalDate, DayFigures> known) {
    // A class, not a lambda: see the README's Speed section.
    return context.recent(fresh, since, new Function<History, Made>() {
      @Override
      public Made apply(History h) {
        Optional<PlanStart> plan = h.planStart();
        return new Made(Reports.days(context.library(), h, first, last, today,
            context.settings().zone(), known),
            plan.isPresent() ? Optional.of(plan.get().start()) : Optional.empty());
      }
    });
  }

  /**
   * What the figures of a settled day depend on besides the journal: this build of backcare, the
   * library, the zone and the JDK's time-zone rules. Empty if the build or library cannot say which
   * it is.
   */
  private Optional<String> cacheKey() {
    Optional<String> build = LibraryReader.build();
    Optional<String> library = context.library().fingerprint();
    if (build.isEmpty() || library.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(build.get() + " " + library.get() + " " + context.settings().zone().id()
        + " " + System.getProperty("java.version"));
  }
}
