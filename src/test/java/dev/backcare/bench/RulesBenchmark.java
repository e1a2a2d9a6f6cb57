package dev.backcare.bench;

import dev.backcare.domain.Event;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import dev.backcare.domain.LocalZone;
import dev.backcare.journal.EventCodec;
import dev.backcare.library.LibraryReader;
import dev.backcare.report.Period;
import dev.backcare.report.Reports;
import dev.backcare.report.WeeklyReport;
import dev.backcare.rules.Coach;
import dev.backcare.rules.Recommendation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The rules engine over a synthetic journal (ten years by default; {@code -p span=P1W,P10Y}
 * compares spans): deciding today, building the History, the 52-week report, and decoding every
 * line. Run it with {@code bench/jmh}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class RulesBenchmark {
  /** The journals' end and the benchmark's "now", as in bench/run. */
  static final ZonedDateTime END = ZonedDateTime.parse("2026-03-02T09:00+01:00[Europe/Berlin]");

  /** How much journal: an ISO-8601 period such as P10Y or P1W. */
  @Param("P10Y")
  public String span;

  @Param("4")
  public long seed;

  private Library library;
  private List<Event> events;
  private List<String> lines;
  private History history;
  private LocalDate today;
  private Period weeks52;

  @Setup
  public void setUp() {
    library = LibraryReader.bundled();
    events = JournalGenerator.events(java.time.Period.parse(span), seed, END);
    lines = events.stream().map(EventCodec::encode).toList();
    history = History.of(events);
    today = END.toLocalDate();
    weeks52 = Period.lastWeeks(52, today, DayOfWeek.MONDAY);
  }

  @Benchmark
  public Recommendation decide() {
    return Coach.decide(library, history, today);
  }

  @Benchmark
  public History historyOf() {
    return History.of(events);
  }

  @Benchmark
  public WeeklyReport report52Weeks() {
    return Reports.build(library, history, weeks52, today, LocalZone.of(END.getZone().getId()));
  }

  @Benchmark
  public void decodeLines(Blackhole out) {
    for (String line : lines) {
      out.consume(EventCodec.decode(line));
    }
  }
}
