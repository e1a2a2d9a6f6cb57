package dev.backcare.bench;

import dev.backcare.domain.Event;
import dev.backcare.journal.EventCodec;
import dev.backcare.library.LibraryReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * Synthetic journals for benchmarks: one simulated person keeping the program over a span of time
 * that ends at a given moment, written in the product's own format, the same for the same seed.
 *
 * <p>A plan start, then every day a morning check-in, the sessions the Coach prescribes (many
 * short ones a day in the initial phase, one or two later, fewer days a week after three months),
 * rest days, ceiling breaks, worse next mornings, flare-ups, stop signs cleared days later,
 * corrections, sessions logged the next morning, breaks of a few weeks, plan restarts and changes.
 * The issue sizes ten years at about 100 000 events, some 27 a day: so this person also logs their
 * pain through the waking day, about every half hour. The rules read only the
 * first check-in of a day and look for flare-ups in the rest, so the training is what the Coach
 * would prescribe however dense the check-ins.
 */
public final class JournalGenerator {
  static final String USAGE = "usage: gen-journal (--years N | --weeks N | --days N) --out FILE"
      + " [--seed S] [--end ISO-TIME]";

  private JournalGenerator() {}

  /** The events of a journal of the {@code span} that ends at {@code end}, in file order. */
  public static List<Event> events(Period span, long seed, ZonedDateTime end) {
    Random random = new Random(seed);
    Diary diary = new Diary(random, end);
    LocalDate first = end.toLocalDate().minus(span).plusDays(1);
    new Person(random, LibraryReader.bundled(), diary, end).live(first);
    return diary.events();
  }

  /** The same journal as its lines, without newlines. */
  public static List<String> lines(Period span, long seed, ZonedDateTime end) {
    return events(span, seed, end).stream().map(EventCodec::encode).toList();
  }

  /** Writes the journal to {@code file}, replacing it; returns the number of events. */
  public static int write(Path file, Period span, long seed, ZonedDateTime end)
      throws IOException {
    return write(file, events(span, seed, end));
  }

  /** Writes events to {@code file} as journal lines, replacing it; returns their number. */
  public static int write(Path file, List<Event> events) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Event e : events) {
        w.write(EventCodec.encode(e));
        w.write('\n');
      }
    }
    return events.size();
  }

  public static void main(String[] args) throws IOException {
    System.exit(run(args, ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS), System.out,
        System.err));
  }

  static int run(String[] args, ZonedDateTime now, PrintStream out, PrintStream err)
      throws IOException {
    Period span = null;
    Path file = null;
    long seed = 1;
    ZonedDateTime end = now;
    try {
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--years" -> span = Period.ofYears(count(args[i], value));
          case "--weeks" -> span = Period.ofWeeks(count(args[i], value));
          case "--days" -> span = Period.ofDays(count(args[i], value));
          case "--out" -> file = Path.of(required(args[i], value));
          case "--seed" -> seed = number(args[i], value);
          case "--end" -> end = end(required(args[i], value), now.getZone());
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
        i++;
      }
      if (span == null || file == null) {
        throw new IllegalArgumentException("--out and one of --years, --weeks, --days are needed");
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      err.println("gen-journal: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    int n = write(file, span, seed, end);
    out.println("Wrote " + n + " events, " + end.toLocalDate().minus(span).plusDays(1) + " to "
        + end + ", seed " + seed + ", to " + file + ".");
    return 0;
  }

  private static String required(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  private static long number(String option, String value) {
    try {
      return Long.parseLong(required(option, value));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be a whole number, got \"" + value
          + "\"");
    }
  }

  private static int count(String option, String value) {
    long n = number(option, value);
    if (n < 1 || n > 1000) {
      throw new IllegalArgumentException(option + " must be 1 to 1000, got " + n);
    }
    return (int) n;
  }

  /** An ISO time with an offset or zone (2026-03-02T09:00+01:00[Europe/Berlin]), or local. */
  static ZonedDateTime end(String text, ZoneId zone) {
    try {
      return ZonedDateTime.parse(text);
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(text).atZone(zone);
    }
  }
}
