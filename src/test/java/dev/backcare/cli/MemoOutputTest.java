package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.bench.JournalGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal's memo file (journal.jsonl.memo) changes no output: today, today --json and a report
 * print the same bytes with it, without it, and with it damaged.
 */
class MemoOutputTest {
  static final String NOW = "2026-03-02T09:00";
  static final ZonedDateTime END = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0,
      ZoneId.of("Europe/Berlin"));
  static final List<List<String>> COMMANDS = List.of(List.of("today"),
      List.of("today", "--json"), List.of("report", "--weeks", "8"));

  @TempDir Path home;

  @Test
  void commandsPrintTheSameWithWithoutAndWithADamagedMemo() throws IOException {
    Harness h = new Harness(home, "Europe/Berlin");
    Path journal = h.journal();
    Files.createDirectories(journal.getParent());
    JournalGenerator.write(journal, Period.ofMonths(3), 4, END);
    for (int week = 12; week > 0; week--) {
      // Weekly ratings on the functional scale, which the report shows.
      append(journal, "{\"v\":1,\"type\":\"function\",\"id\":\"fn" + week + "\",\"at\":\""
          + END.minusWeeks(week).toOffsetDateTime() + "\",\"scores\":[{\"activity\":\"socks\","
          + "\"score\":" + (10 - week / 2) + "},{\"activity\":\"Treppe \u2602\",\"score\":4}]}");
    }
    Path memo = journal.resolveSibling("journal.jsonl.memo");

    List<Harness.Result> first = runAll(h);
    assertTrue(first.get(2).out().contains("Function        mean score"), first.get(2).out());
    assertTrue(Files.exists(memo), "the first read of a long journal memoises it");
    assertEquals(first, runAll(h), "with the memo");
    Files.delete(memo);
    assertEquals(first, runAll(h), "after deleting the memo");
    Random random = new Random(7);
    for (int round = 0; round < 4; round++) {
      byte[] b = Files.readAllBytes(memo);
      if (round % 2 == 0) {
        b[random.nextInt(b.length)] ^= 0x10;
      } else {
        b = java.util.Arrays.copyOf(b, random.nextInt(b.length));
      }
      Files.write(memo, b);
      assertEquals(first, runAll(h), "with a damaged memo, round " + round);
    }
    first.forEach(r -> assertEquals(0, r.exit(), r.err()));
  }

  /**
   * A cleared line whose id repeats an older symptom line's id is a damaged line, with the memo
   * (made before the cleared line was written) and without it: today says the same.
   */
  @Test
  void aClearedLineThatReusesASymptomsIdGivesTheSameTodayWithAndWithoutTheMemo()
      throws IOException {
    Harness h = new Harness(home, "Europe/Berlin");
    Path journal = h.journal();
    Files.createDirectories(journal.getParent());
    JournalGenerator.write(journal, Period.ofMonths(2), 5, END.minusDays(3));
    append(journal, "{\"v\":1,\"type\":\"symptom\",\"id\":\"samesame\","
        + "\"at\":\"2026-02-27T18:00:00+01:00\",\"kind\":\"numbness\"}");
    Path memo = journal.resolveSibling("journal.jsonl.memo");
    Harness.Result beforeClearing = h.run(NOW, "today");
    assertTrue(Files.exists(memo), "memoised with the symptom in it");
    append(journal, "{\"v\":1,\"type\":\"cleared\",\"id\":\"samesame\","
        + "\"at\":\"2026-03-01T10:00:00+01:00\"}");

    Harness.Result withMemo = h.run(NOW, "today");
    Files.delete(memo);
    Harness.Result withoutMemo = h.run(NOW, "today");

    assertEquals(withoutMemo, withMemo);
    assertTrue(withMemo.err().contains("the id samesame was already used above"), withMemo.err());
    assertEquals(beforeClearing.out(), withMemo.out(), "the reused id clears nothing");
  }

  private static List<Harness.Result> runAll(Harness h) {
    List<Harness.Result> out = new ArrayList<>();
    for (List<String> args : COMMANDS) {
      out.add(h.run(NOW, args.toArray(String[]::new)));
    }
    return out;
  }

  private static void append(Path journal, String line) throws IOException {
    Files.writeString(journal, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }
}
