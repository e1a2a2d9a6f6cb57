package dev.backcare.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.bench.JournalGenerator;
import dev.backcare.domain.Event;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memo of a parsed prefix changes nothing that reading gives: the same contents with no memo,
 * a fresh one, one of an earlier prefix (or of another journal) with lines after it, and a damaged
 * one.
 */
class ParsedPrefixMemoTest {
  static final ZonedDateTime END = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0,
      ZoneId.of("Europe/Berlin"));

  @TempDir Path dir;

  @Property(tries = 30, seed = "20260302")
  void readingGivesTheSameWithOrWithoutTheMemo(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3) int weeks,
      @ForAll @Size(max = 14) List<@IntRange(min = 0, max = 11) Integer> edits,
      @ForAll boolean bom, @ForAll @IntRange(min = 0, max = 2) int lastLine) throws IOException {
    Random random = new Random(seed);
    byte[] bytes = journal(random, weeks, edits, bom, lastLine);
    Path folder = Files.createTempDirectory("memo-property");
    try {
      Path file = folder.resolve("journal.jsonl");
      Path memo = ParsedPrefixMemo.file(file);
      Journal journal = new Journal(file, false);
      Journal.Contents expected = JournalLines.parse(bytes);
      Files.write(file, bytes);

      assertEquals(expected, journal.read(), "no memo");
      Files.deleteIfExists(memo);
      assertEquals(expected, journal.read(), "no memo, again");

      assertEquals(expected, ParsedPrefixMemo.memoise(file, bytes), "memoising");
      assertEquals(Files.exists(memo), contains(bytes, (byte) '\n'), "a memo of whole lines");
      assertEquals(expected, journal.read(), "a fresh memo");
      assertEquals(expected, journal.read(), "a fresh memo, again");

      for (int round = 0; round < 3; round++) {
        byte[] earlier = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
        if (round == 2 && earlier.length > 0) {
          earlier[random.nextInt(earlier.length)] ^= 1 << random.nextInt(8);
        }
        Files.deleteIfExists(memo);
        Files.write(file, earlier);
        assertEquals(JournalLines.parse(earlier), ParsedPrefixMemo.memoise(file, earlier));
        Files.write(file, bytes);
        assertEquals(expected, journal.read(), round == 2 ? "another journal's memo"
            : "a memo of the first " + earlier.length + " bytes, lines appended");
      }

      ParsedPrefixMemo.memoise(file, bytes);
      byte[] good = Files.exists(memo) ? Files.readAllBytes(memo) : new byte[40];
      for (int round = 0; round < 6; round++) {
        Files.write(memo, damaged(good, random, round));
        assertEquals(expected, journal.read(), "a damaged memo, round " + round);
      }
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void theMemoIsReadableByItsOwnerOnly() throws IOException {
    Path file = dir.resolve("journal.jsonl");
    JournalGenerator.write(file, Period.ofWeeks(6), 3, END);

    new Journal(file, false).read();

    Path memo = ParsedPrefixMemo.file(file);
    assertTrue(Files.exists(memo), "a journal this large is memoised when read");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(memo)));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file, memo), files.sorted().toList(), "no temporary file is left");
    }
  }

  /** The memo keeps what the safety rules read: when a line was logged, and the plan's answer. */
  @Test
  void loggedTimesAndThePlansAnswerSurviveTheMemo() throws IOException {
    Path file = dir.resolve("journal.jsonl");
    StringBuilder text = new StringBuilder("{\"v\":1,\"type\":\"plan-start\",\"id\":\"p1\","
        + "\"at\":\"2026-03-02T07:00:00+01:00\",\"start\":\"2026-03-02\",\"exercises\":[],"
        + "\"extensionEases\":true}\n");
    for (int i = 0; i < 600; i++) {
      text.append("{\"v\":1,\"type\":\"symptom\",\"id\":\"s").append(i)
          .append("\",\"at\":\"2026-03-04T20:00:00+01:00\","
              + "\"logged\":\"2026-03-06T09:00:00+01:00\",\"kind\":\"tingling\"}\n");
    }
    Files.writeString(file, text);
    Journal.Contents parsed = JournalLines.parse(Files.readAllBytes(file));

    ParsedPrefixMemo.memoise(file, Files.readAllBytes(file));
    Journal.Contents memoised = new Journal(file, false).read();

    assertTrue(Files.exists(ParsedPrefixMemo.file(file)));
    assertEquals(parsed, memoised);
    assertTrue(((Event.PlanStart) memoised.events().get(0)).extensionEases());
    assertEquals("2026-03-06T09:00+01:00", memoised.events().get(1).logged().toString());
  }

  /** Ratings on the functional scale keep their activities, scores and notes in the memo. */
  @Test
  void functionRatingsSurviveTheMemo() throws IOException {
    Path file = dir.resolve("journal.jsonl");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 600; i++) {
      text.append("{\"v\":1,\"type\":\"function\",\"id\":\"f").append(i)
          .append("\",\"at\":\"2026-03-04T20:00:00+01:00\",\"scores\":[{\"activity\":"
              + "\"Socken anziehen\",\"score\":").append(i % 11).append("},{\"activity\":"
              + "\"Treppe \u2602\",\"score\":10}]").append(i % 2 == 0 ? ",\"note\":\"ok\"" : "")
          .append("}\n");
    }
    Files.writeString(file, text);
    Journal.Contents parsed = JournalLines.parse(Files.readAllBytes(file));

    ParsedPrefixMemo.memoise(file, Files.readAllBytes(file));
    Journal.Contents memoised = new Journal(file, false).read();

    assertTrue(Files.exists(ParsedPrefixMemo.file(file)));
    assertEquals(600, parsed.events().size());
    assertEquals(parsed, memoised);
    Event.FunctionRating f = (Event.FunctionRating) memoised.events().get(7);
    assertEquals(List.of(new Event.Score("Socken anziehen", 7), new Event.Score("Treppe \u2602",
        10)), f.scores());
  }

  @Test
  void aFewLinesAfterTheMemoDoNotRewriteIt() throws IOException {
    Path file = dir.resolve("journal.jsonl");
    JournalGenerator.write(file, Period.ofWeeks(6), 3, END);
    Journal journal = new Journal(file, false);
    journal.read();
    Path memo = ParsedPrefixMemo.file(file);
    byte[] before = Files.readAllBytes(memo);

    journal.append(new Event.CheckIn("zz", END.toOffsetDateTime(), 2,
        java.util.Optional.empty()));
    Journal.Contents after = journal.read();

    assertEquals(JournalLines.parse(Files.readAllBytes(file)), after);
    assertEquals("zz", after.events().get(after.events().size() - 1).id());
    assertEquals(Arrays.toString(before), Arrays.toString(Files.readAllBytes(memo)));
  }

  @Test
  void aMemoThatCannotBeSavedIsNoError() throws IOException {
    Path file = dir.resolve("journal.jsonl");
    JournalGenerator.write(file, Period.ofWeeks(6), 3, END);
    Files.createDirectory(ParsedPrefixMemo.file(file));

    Journal.Contents contents = new Journal(file, false).read();

    assertEquals(JournalLines.parse(Files.readAllBytes(file)), contents);
    assertFalse(Files.isRegularFile(ParsedPrefixMemo.file(file)));
  }

  /** A generated journal with raw edits, as a person, an editor or a crash might leave it. */
  static byte[] journal(Random random, int weeks, List<Integer> edits, boolean bom, int lastLine) {
    List<String> generated = JournalGenerator.lines(Period.ofWeeks(weeks), random.nextLong(), END);
    List<byte[]> lines = new ArrayList<>();
    generated.forEach(l -> lines.add(utf8(l)));
    int n = 0;
    for (int edit : edits) {
      n++;
      String id = generated.get(random.nextInt(generated.size())).replaceAll(
          "^.*?\"id\":\"([^\"]*)\".*", "$1");
      byte[] line = switch (edit) {
        case 0 -> utf8(checkIn("back" + n, "2025-06-01T08:00:00+02:00", "\"pain\":4"));
        case 1 -> utf8(checkIn("void" + n, "2026-03-01T10:00:00+01:00", "").replace(
            "check-in", "void").replace("}", "\"target\":\"" + id + "\"}"));
        case 2 -> utf8(checkIn(id, "2026-02-01T10:00:00+01:00", "\"pain\":6"));
        case 3 -> utf8("%%% garbage %%%");
        case 4 -> Arrays.copyOf(lines.get(0), 1 + random.nextInt(lines.get(0).length - 1));
        case 5 -> utf8(checkIn("dst" + n, random.nextBoolean() ? "2026-03-29T03:30:00+02:00"
            : "2025-10-26T02:30:00+01:00", "\"pain\":3"));
        case 6 -> new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'};
        case 7 -> utf8(checkIn("note" + n, "2026-02-02T10:00:00+01:00",
            "\"pain\":1,\"note\":\"Rücken ☂ \\\"gut\\\"\""));
        case 8 -> utf8(random.nextBoolean() ? "" : " \t\r");
        case 9 -> utf8(checkIn("sym" + n, "2026-01-02T10:00:00+01:00", "\"kind\":\"numbness\"")
            .replace("check-in", "symptom"));
        case 10 -> utf8(checkIn("fn" + n, "2026-02-03T10:00:00+01:00", "\"scores\":[{"
            + "\"activity\":\"Socken anziehen \u2602\",\"score\":3},{\"activity\":\"walking\","
            + "\"score\":10}]").replace("check-in", "function"));
        default -> utf8(checkIn("sym" + (n - 1), "2026-01-03T10:00:00+01:00", "")
            .replace("check-in", "cleared"));
      };
      int at = random.nextInt(lines.size() + 1);
      if (edit == 4 && lines.size() > 1) {
        // Lines out of order: one moves, and a torn copy of the first takes a place.
        lines.add(random.nextInt(lines.size()), lines.remove(random.nextInt(lines.size())));
      }
      lines.add(at, line);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.write(0xEF);
      out.write(0xBB);
      out.write(0xBF);
    }
    for (byte[] line : lines) {
      out.writeBytes(line);
      out.write('\n');
    }
    String last = generated.get(generated.size() - 1);
    if (lastLine == 1) {
      out.writeBytes(utf8(last.substring(0, last.length() / 2)));
    } else if (lastLine == 2) {
      out.writeBytes(utf8(checkIn("last", "2026-03-02T08:59:00+01:00", "\"pain\":2")));
    }
    return out.toByteArray();
  }

  private static String checkIn(String id, String at, String fields) {
    return "{\"v\":1,\"type\":\"check-in\",\"id\":\"" + id + "\",\"at\":\"" + at + "\""
        + (fields.isEmpty() ? "" : "," + fields) + "}";
  }

  /** The memo's bytes, damaged one way or another by {@code round}. */
  private static byte[] damaged(byte[] good, Random random, int round) {
    byte[] b = good.clone();
    switch (round % 3) {
      case 0 -> {
        for (int i = 0; i <= random.nextInt(3); i++) {
          b[random.nextInt(b.length)] ^= 1 << random.nextInt(8);
        }
      }
      case 1 -> b = Arrays.copyOf(b, random.nextInt(b.length));
      default -> {
        b = new byte[random.nextInt(64)];
        random.nextBytes(b);
      }
    }
    return b;
  }

  private static boolean contains(byte[] bytes, byte b) {
    for (byte x : bytes) {
      if (x == b) {
        return true;
      }
    }
    return false;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
