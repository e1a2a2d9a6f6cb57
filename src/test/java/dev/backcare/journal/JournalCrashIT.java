package dev.backcare.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.domain.Event;
import dev.backcare.journal.Journal.Contents;
import dev.backcare.journal.Journal.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer killed with SIGKILL, round after round, on one journal: in even rounds at a random
 * moment, in odd rounds the instant the bytes of a 1 MB line appear, before its append returns.
 * Whatever the moment: every entry it acknowledged is in the file, the bytes before the round are
 * untouched, a torn last line (Linux stops a long write between page-cache blocks on SIGKILL, so it
 * happens now and then) stays as it is and is reported with its line number, and the next append
 * starts on a fresh line. A whole event killed before its newline is not counted until then. The size-limit tests in the cli package tear lines every time.
 */
class JournalCrashIT {
  static final int ROUNDS = 24;
  static final String CUT_OFF = "the line is cut off before its end";

  @TempDir Path dir;
  Path file;
  final List<String> whole = new ArrayList<>();
  final List<Problem> torn = new ArrayList<>();
  int lines;
  /** The id of a whole event on the last line, which has no newline yet; null if none. */
  String unfinished;

  @Test
  @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aWriterKilledMidAppendLosesNoAcknowledgedEntryAndRewritesNothing() throws Exception {
    file = dir.resolve("journal.jsonl");
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    List<String> acknowledged = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      String where = "round " + round + " (seed " + seed + ")";
      byte[] before = bytes();
      List<String> acks = killWriter(round, random, where);
      byte[] after = bytes();
      assertTrue(after.length >= before.length, where + ": the file got shorter");
      assertArrayEquals(before, Arrays.copyOf(after, before.length), where + ": bytes changed");
      checkRound(before, after, round, acks, where);
      acknowledged.addAll(acks);

      Contents contents = new Journal(file, false).read();
      assertEquals(whole, contents.events().stream().map(Event::id).toList(), where);
      assertTrue(contents.events().stream().map(Event::id).toList().containsAll(acknowledged));
      assertEquals(torn, contents.problems(), where);
    }

    byte[] before = bytes();
    Event last = AppendLoopMain.event(ROUNDS, 0);
    new Journal(file, false).append(last);
    checkRound(before, bytes(), ROUNDS, List.of(last.id()), "the last append");
    assertEquals(torn, new Journal(file, false).read().problems());
  }

  @Test
  void everyTornStartOfAWritersLineIsReportedAsCutOff() {
    for (int n = 0; n < 2; n++) {
      String line = EventCodec.encode(AppendLoopMain.event(7, n));
      for (int end = 1; end < line.length(); end++) {
        String start = line.substring(0, end);
        EventCodec.BadLine bad = assertThrows(EventCodec.BadLine.class,
            () -> EventCodec.decode(start), start);
        assertEquals(CUT_OFF, bad.getMessage(), start);
      }
    }
  }

  /** Starts a writer, waits for a random number of acknowledgements and moments, kills it. */
  private List<String> killWriter(int round, Random random, String where) throws Exception {
    Path log = dir.resolve("writer.err");
    Process child = Child.builder(Child.java(AppendLoopMain.class, file.toString(),
            Integer.toString(round)), dir, Map.of())
        .redirectError(log.toFile()).start();
    List<String> acks = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      boolean midWrite = round % 2 == 1;
      int wait = midWrite ? 2 + 3 * random.nextInt(2) : random.nextInt(5);
      for (String id = ""; acks.size() < wait && (id = out.readLine()) != null; ) {
        acks.add(id);
      }
      if (midWrite) {
        // The next event is a long one: kill as its bytes appear, before it is acknowledged.
        long size = Files.size(file);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (Files.size(file) == size && child.isAlive() && System.nanoTime() < deadline) {
          Thread.onSpinWait();
        }
      } else {
        LockSupport.parkNanos(random.nextInt(25_000_000));
      }
      // SIGKILL through the handle: Process.destroyForcibly would also close the child's output.
      child.toHandle().destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), where);
      for (String id; (id = out.readLine()) != null; ) {
        acks.add(id);
      }
    } finally {
      child.toHandle().destroyForcibly();
    }
    assertEquals(137, child.exitValue(), () -> where + ": the writer was not killed but ended: "
        + readQuietly(log));
    return acks;
  }

  /**
   * The bytes a round added: a newline first if the file ended in a torn line, then the round's
   * events 0, 1, 2... each whole, in order, and perhaps a torn start of the next one.
   */
  private void checkRound(byte[] before, byte[] after, int round, List<String> acks,
      String where) {
    String added = new String(after, before.length, after.length - before.length,
        StandardCharsets.UTF_8);
    if (!added.isEmpty() && before.length > 0 && before[before.length - 1] != '\n') {
      assertTrue(added.startsWith("\n"), where + ": no fresh line after the torn one");
      added = added.substring(1);
      if (unfinished != null) {
        // The fresh line's newline finishes a whole event that had none: now it counts.
        torn.remove(torn.size() - 1);
        whole.add(unfinished);
      }
    }
    if (!added.isEmpty()) {
      unfinished = null;
    }
    int n = 0;
    for (int from = 0; from < added.length(); n++) {
      String expected = EventCodec.encode(AppendLoopMain.event(round, n));
      int end = added.indexOf('\n', from);
      String line = added.substring(from, end < 0 ? added.length() : end);
      lines++;
      if (end < 0 && !line.equals(expected)) {
        assertTrue(expected.startsWith(line), where + ": line " + lines + " is not event " + n);
        torn.add(new Problem(lines, CUT_OFF));
        break;
      }
      if (end < 0) {
        // Killed between the event and its newline: not an event until a newline follows.
        torn.add(new Problem(lines, JournalLines.UNFINISHED));
        unfinished = AppendLoopMain.event(round, n).id();
        break;
      }
      assertTrue(expected.equals(line), where + ": line " + lines + " is not event " + n);
      whole.add(AppendLoopMain.event(round, n).id());
      from = end < 0 ? added.length() : end + 1;
    }
    int saved = (int) whole.stream().filter(id -> id.startsWith("r" + round + "-")).count();
    List<String> expectedAcks = new ArrayList<>();
    for (int i = 0; i < acks.size(); i++) {
      expectedAcks.add("r" + round + "-" + i);
    }
    assertEquals(expectedAcks, acks, where + ": acknowledgements");
    assertTrue(saved >= acks.size() && saved <= acks.size() + 1,
        where + ": " + saved + " whole lines for " + acks.size() + " acknowledged");
  }

  private byte[] bytes() throws IOException {
    return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
  }

  private static String readQuietly(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
