package dev.backcare.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event;
import dev.backcare.journal.Journal.Contents;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many writers on one journal: every line whole, none lost, each writer's lines in its order. */
class JournalConcurrencyIT {
  static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 3, 2, 8, 30, 0, 0, ZoneOffset.ofHours(1));

  @TempDir Path dir;

  @Test
  void threadsWithTheirOwnJournalsLoseNothing() throws Exception {
    Path file = dir.resolve("journal.jsonl");
    int threads = 8;
    int each = 200;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        int writer = t;
        done.add(pool.submit(() -> {
          Journal journal = new Journal(file, false);
          start.await();
          for (int n = 0; n < each; n++) {
            journal.append(new CheckIn("t" + writer + "-" + n, AT.plusMinutes(n), n % 11,
                Optional.of("writer " + writer + ", line " + n)));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        try {
          f.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          throw new AssertionError("a writer failed: " + e.getCause(), e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }

    assertEveryWriterWhole(file, "t", threads, each);
  }

  @Test
  void aSymlinkedPathAndTheRealPathShareOneLock() throws Exception {
    Path real = Files.createDirectory(dir.resolve("real"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);
    int threads = 6;
    int each = 100;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Path file = (t % 2 == 0 ? real : link).resolve("journal.jsonl");
      String prefix = "s" + t + "-";
      done.add(pool.submit(() -> {
        Journal journal = new Journal(file, false);
        for (int n = 0; n < each; n++) {
          journal.append(new CheckIn(prefix + n, AT, 1, Optional.empty()));
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    Journal.Contents read = new Journal(real.resolve("journal.jsonl"), false).read();
    assertEquals(List.of(), read.problems());
    assertEquals(threads * each, read.events().size());
  }

  @Test
  void processesAppendingAtOnceLoseNothing() throws Exception {
    Path file = dir.resolve("journal.jsonl");
    Path go = dir.resolve("go");
    int processes = 3;
    int each = 300;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> children = new ArrayList<>();
    try {
      for (int p = 0; p < processes; p++) {
        File log = dir.resolve("writer-" + p + ".log").toFile();
        children.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            AppendMain.class.getName(), file.toString(), String.valueOf(p), String.valueOf(each),
            go.toString())
            .redirectErrorStream(true)
            .redirectOutput(log)
            .start());
      }
      Files.createFile(go);
      for (int p = 0; p < processes; p++) {
        Process child = children.get(p);
        if (!child.waitFor(120, TimeUnit.SECONDS)) {
          fail("writer " + p + " did not finish within 120 s");
        }
        Path log = dir.resolve("writer-" + p + ".log");
        assertEquals(0, child.exitValue(), () -> "writer failed:\n" + read(log));
      }
    } finally {
      children.forEach(Process::destroyForcibly);
    }

    assertEveryWriterWhole(file, "p", processes, each);
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** The journal holds writers x each events, ids {@code <prefix><w>-<n>}, each writer in order. */
  private static void assertEveryWriterWhole(Path file, String prefix, int writers, int each)
      throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(writers * each, lines.size(), "lines in the file");
    for (String line : lines) {
      EventCodec.decode(line);
    }
    Contents contents = new Journal(file, false).read();
    assertEquals(List.of(), contents.problems());
    assertEquals(writers * each, contents.events().size());

    Set<String> ids = new HashSet<>();
    Map<String, List<Integer>> order = new TreeMap<>();
    for (Event e : contents.events()) {
      assertTrue(ids.add(e.id()), "id twice: " + e.id());
      String[] parts = e.id().substring(prefix.length()).split("-");
      order.computeIfAbsent(parts[0], w -> new ArrayList<>()).add(Integer.valueOf(parts[1]));
      assertEquals(Optional.of("writer " + parts[0] + ", line " + parts[1]),
          ((CheckIn) e).note());
    }
    assertEquals(writers, order.size(), "writers seen: " + order.keySet());
    List<Integer> inOrder = new ArrayList<>();
    for (int n = 0; n < each; n++) {
      inOrder.add(n);
    }
    for (Map.Entry<String, List<Integer>> w : order.entrySet()) {
      assertEquals(inOrder, w.getValue(), "order of writer " + w.getKey());
    }
  }
}
