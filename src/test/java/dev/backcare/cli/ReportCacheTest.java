package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.bench.JournalGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report's cache of settled days: whatever is logged, back-dated or voided, a report made
 * with the cache is the report made without it, and the cache is really read.
 */
class ReportCacheTest {
  private static final ZonedDateTime END =
      ZonedDateTime.parse("2026-11-22T07:30+01:00[Europe/Berlin]");
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

  @TempDir Path dir;
  private Harness harness;
  private Path journal;
  private Path cache;

  private void journal(Period span, long seed) throws IOException {
    journal(span, seed, END);
  }

  private void journal(Period span, long seed, ZonedDateTime end) throws IOException {
    harness = new Harness(dir.resolve("home"), end.getZone().getId());
    journal = dir.resolve("journal.jsonl");
    cache = dir.resolve("journal.jsonl.report-days");
    harness.env.put("BACKCARE_JOURNAL", journal.toString());
    JournalGenerator.write(journal, span, seed, end);
  }

  private Harness.Result run(LocalDateTime now, String... args) {
    return harness.run(now.toString(), args);
  }

  /** The report as printed with the cache as it is. */
  private String cached(LocalDateTime now, String... args) {
    Harness.Result r = run(now, args);
    assertEquals(0, r.exit(), r.err());
    return r.out() + r.err();
  }

  /** The report as printed with no cache; the cache is left as it was. */
  private String fresh(LocalDateTime now, String... args) throws IOException {
    Path aside = dir.resolve("aside");
    boolean had = Files.exists(cache);
    if (had) {
      Files.move(cache, aside);
    }
    Harness.Result r = run(now, args);
    Files.deleteIfExists(cache);
    if (had) {
      Files.move(aside, cache);
    }
    assertEquals(0, r.exit(), r.err());
    return r.out() + r.err();
  }

  private String place() throws IOException {
    return Files.exists(cache) ? Files.readAllLines(cache).get(2) : "";
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 11})
  void aCachedReportIsTheReportMadeWithoutIt(long seed) throws IOException {
    journal(Period.ofWeeks(30), seed);
    Random random = new Random(seed);
    LocalDateTime now = END.toLocalDateTime();
    String[] report = {"report", "--weeks", "26", "--format", "json"};
    cached(now, report);
    int used = 0;
    List<String> steps = new ArrayList<>();
    for (int step = 0; step < 30; step++) {
      String pain = Integer.toString(random.nextInt(6));
      String[] log = switch (random.nextInt(9)) {
        case 0, 1 -> {
          now = now.plusHours(4 + random.nextInt(44));
          yield null;
        }
        case 2 -> new String[] {"log", "pain", pain};
        case 3 -> new String[] {"log", "session", "--during", pain};
        case 4 -> new String[] {"log", "pain", pain, "--at",
            now.minusDays(1 + random.nextInt(60)).withHour(8).toString()};
        case 5 -> new String[] {"log", "session", "--during", pain, "--at",
            now.minusHours(1 + random.nextInt(100)).toString()};
        case 6 -> new String[] {"log", "void", someId(random)};
        case 7 -> new String[] {"log", "symptom", "tingling"};
        default -> new String[] {"log", "cleared"};
      };
      if (log != null) {
        run(now, log);
      }
      steps.add(log == null ? "now " + now : String.join(" ", log));
      String before = place();
      long size = Files.size(journal);
      String[] args = step % 5 == 4 ? new String[] {"report", "--weeks", "26"} : report;
      String withCache = cached(now, args);
      used += before.equals(place()) && before.startsWith("journal ") && log != null
          && Files.size(journal) == size ? 1 : 0;
      assertEquals(fresh(now, args), withCache, "after " + steps);
    }
    assertTrue(used >= 3, "the cache held after " + used + " entries of 30 steps: " + steps);
  }

  /** Changes one cached day's morning pain to 5, as no journal line says; gives the old one. */
  private String tamper(String date) throws IOException {
    return setMorning(date, "5");
  }

  private String setMorning(String date, String pain) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(cache));
    String old = null;
    for (int i = 3; i < lines.size(); i++) {
      String[] f = lines.get(i).split(" ", -1);
      if (f[0].equals(date)) {
        old = f[12];
        f[12] = pain;
        lines.set(i, String.join(" ", f));
      }
    }
    assertNotNull(old, date + " is cached");
    Files.write(cache, lines);
    return old;
  }

  @Test
  void theCacheIsReadAndAnEntryForACachedDayMakesItAgain() throws IOException {
    journal(Period.ofWeeks(12), 5);
    LocalDateTime now = END.toLocalDateTime();
    String[] report = {"report", "--weeks", "4", "--format", "json"};
    String truth = cached(now, report);
    assertEquals("rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(cache)));
    String day = now.toLocalDate().minusDays(10).toString();
    tamper(day);
    assertNotEquals(truth, cached(now, report), "the cached day is used as it is");
    // An entry today leaves the cached days as they are.
    run(now, "log", "pain", "2");
    String today = fresh(now, report);
    assertNotEquals(today, cached(now, report), "still the cached day");
    // A back-dated entry for the day after: the cache no longer holds, and is made again.
    run(now, "log", "pain", "3", "--at", now.toLocalDate().minusDays(9).atTime(7, 0).toString());
    String backDated = fresh(now, report);
    assertEquals(backDated, cached(now, report));
    assertEquals(backDated, cached(now, report), "the cache made again is right");
  }

  /**
   * The last cached day's figures read the next morning's check-in: one back-dated to early that
   * morning makes the cache again, in the zones furthest east and west of UTC too.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Europe/Berlin", "Pacific/Kiritimati", "Pacific/Pago_Pago"})
  void anEntryOnTheMorningAfterTheLastCachedDayMakesItAgain(String zone) throws IOException {
    ZonedDateTime end = END.withZoneSameLocal(java.time.ZoneId.of(zone));
    journal(Period.ofWeeks(8), 9, end);
    LocalDateTime now = end.toLocalDateTime();
    String[] report = {"report", "--weeks", "2", "--format", "json"};
    cached(now, report);
    List<String> lines = Files.readAllLines(cache);
    String last = lines.get(lines.size() - 1).split(" ")[0];
    assertTrue(lines.get(lines.size() - 1).contains(" WORSE ")
        || lines.get(lines.size() - 1).matches(".* (BETTER|SAME) .*"), "a training day: " + last);
    run(now, "log", "pain", "9", "--at",
        java.time.LocalDate.parse(last).plusDays(1).atTime(5, 0).toString());
    assertEquals(fresh(now, report), cached(now, report));
  }

  private static final String[] FOUR_WEEKS = {"report", "--weeks", "4", "--format", "json"};

  /** A twelve-week journal, and its cache with the day ten days ago changed; gives "now". */
  private LocalDateTime tamperedCache(long seed) throws IOException {
    journal(Period.ofWeeks(12), seed);
    LocalDateTime now = END.toLocalDateTime();
    cached(now, FOUR_WEEKS);
    tamper(now.toLocalDate().minusDays(10).toString());
    return now;
  }

  /** The cached figure of a day, as {@link #tamper} changes it. */
  private String cachedMorning(String date) throws IOException {
    for (String line : Files.readAllLines(cache)) {
      if (line.startsWith(date + " ")) {
        return line.split(" ", -1)[12];
      }
    }
    return null;
  }

  /**
   * A back-dated entry makes again only the days from three before it on: an older tampered day
   * stays as it was cached, a later one is made again.
   */
  @Test
  void aBackDatedEntryMakesOnlyTheDaysItMayChangeAgain() throws IOException {
    LocalDateTime now = tamperedCache(4);
    LocalDate today = now.toLocalDate();
    String old = tamper(today.minusDays(20).toString());
    run(now, "log", "pain", "9", "--at", today.minusDays(9).atTime(7, 0).toString());
    String afterEntry = cached(now, FOUR_WEEKS);
    assertEquals("5", cachedMorning(today.minusDays(20).toString()), "kept");
    assertNotEquals("5", cachedMorning(today.minusDays(10).toString()), "made again");
    List<String> lines = Files.readAllLines(cache);
    assertEquals(today.minusDays(4).toString(), lines.get(lines.size() - 1).split(" ")[0]);
    // With the kept day's true figure back, it is the report made without the cache.
    String truth = fresh(now, FOUR_WEEKS);
    assertNotEquals(truth, afterEntry);
    setMorning(today.minusDays(20).toString(), old);
    assertEquals(truth, cached(now, FOUR_WEEKS));
  }

  @Test
  void aVoidOfAnOldEntryMakesItAgain() throws IOException {
    LocalDateTime now = tamperedCache(6);
    String[] report = FOUR_WEEKS;
    String old = null;
    for (String line : Files.readAllLines(journal)) {
      if (line.contains("\"" + now.toLocalDate().minusDays(12))) {
        old = idOf(line);
      }
    }
    assertEquals(0, run(now, "log", "void", old).exit());
    assertEquals(fresh(now, report), cached(now, report));
  }

  @Test
  void anotherLibraryZoneOrChangedJournalIsNotAnsweredFromTheCache() throws IOException {
    LocalDateTime now = tamperedCache(7);
    String[] report = FOUR_WEEKS;
    String day = now.toLocalDate().minusDays(10).toString();
    Path library = dir.resolve("library.yaml");
    Files.copy(Path.of("exercises.yaml"), library);
    harness.env.put("BACKCARE_LIBRARY", library.toString());
    assertEquals(fresh(now, report), cached(now, report), "another library");
    // The same file, changed: a comment is enough.
    tamper(day);
    assertNotEquals(fresh(now, report), cached(now, report), "the cache of that library");
    Files.writeString(library, "# changed\n", java.nio.file.StandardOpenOption.APPEND);
    assertEquals(fresh(now, report), cached(now, report), "the library file changed");
    harness.env.remove("BACKCARE_LIBRARY");

    cached(now, report);
    tamper(day);
    harness.env.put("TZ", "America/New_York");
    assertEquals(fresh(now, report), cached(now, report), "another zone");
    harness.env.put("TZ", "Europe/Berlin");

    cached(now, report);
    tamper(day);
    // The journal's bytes before the cached place changed (an editor rewrote a line): not used.
    byte[] bytes = Files.readAllBytes(journal);
    int at = bytes.length - 200;
    while (bytes[at] < '0' || bytes[at] > '8') {
      at++;
    }
    bytes[at]++;
    Files.write(journal, bytes);
    assertEquals(fresh(now, report), cached(now, report), "a changed journal");
  }

  @Test
  void aReportOfEarlierDaysThanCachedIsMadeWhole() throws IOException {
    journal(Period.ofWeeks(20), 8);
    LocalDateTime now = END.toLocalDateTime();
    cached(now, "report", "--weeks", "2", "--format", "json");
    tamper(now.toLocalDate().minusDays(10).toString());
    String[] longer = {"report", "--weeks", "10", "--format", "json"};
    assertEquals(fresh(now, longer), cached(now, longer));
    // Going back in time: the cached days are not all settled on that day.
    LocalDateTime earlier = now.minusDays(8);
    assertEquals(fresh(earlier, longer), cached(earlier, longer));
  }

  private String someId(Random random) throws IOException {
    List<String> lines = Files.readAllLines(journal);
    return idOf(lines.get(random.nextBoolean() ? lines.size() - 1 - random.nextInt(20)
        : random.nextInt(lines.size())));
  }

  private static String idOf(String line) {
    Matcher m = ID.matcher(line);
    assertTrue(m.find(), line);
    return m.group(1);
  }
}
