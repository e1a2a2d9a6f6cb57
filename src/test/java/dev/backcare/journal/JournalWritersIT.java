package dev.backcare.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.Main;
import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of writer on one journal at once: processes with several threads each, the real
 * program run again and again from two shells ({@code backcare log pain N --note ...}), and
 * threads of this JVM. Every line whole, none lost, each writer's lines in its order.
 */
class JournalWritersIT {
  static final Pattern NOTE = Pattern.compile("writer (\\S+), line (\\d+)");

  @TempDir Path dir;

  @Test
  void processesThreadsAndTheProgramItselfLoseNothing() throws Exception {
    Path file = dir.resolve("journal.jsonl");
    Path go = dir.resolve("go");
    int processes = 2;
    int threads = 3;
    int each = 100;
    int shells = 2;
    int runs = 4;
    List<Process> children = new ArrayList<>();
    List<String> names = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int p = 0; p < processes; p++) {
        children.add(start(Child.java(AppendMain.class, file.toString(), Integer.toString(p),
            Integer.toString(each), go.toString(), Integer.toString(threads)), "process-" + p, names));
      }
      for (int s = 0; s < shells; s++) {
        String loop = "while [ ! -e \"$1\" ]; do sleep 0.01; done; shift\n"
            + "for n in $(seq 0 " + (runs - 1) + "); do\n"
            + "  \"$@\" log pain $((n % 11)) --note \"writer cli" + s + ", line $n\" || exit\n"
            + "done";
        List<String> command = new ArrayList<>(List.of("bash", "-c", loop, "bash", go.toString()));
        command.addAll(Child.java(Main.class, "--journal", file.toString()));
        children.add(start(command, "shell-" + s, names));
      }
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> here = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        String writer = "jvm" + t;
        here.add(pool.submit(() -> {
          Journal journal = new Journal(file, false);
          start.await();
          for (int n = 0; n < each; n++) {
            journal.append(new CheckIn("h" + writer + "-" + n, AppendLoopMain.AT, n % 11,
                Optional.of("writer " + writer + ", line " + n)));
          }
          return null;
        }));
      }
      Files.createFile(go);
      start.countDown();
      for (Future<?> f : here) {
        f.get(120, TimeUnit.SECONDS);
      }
      for (int c = 0; c < children.size(); c++) {
        Process child = children.get(c);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "writer " + c + " still running");
        Path log = dir.resolve(names.get(c) + ".log");
        assertEquals(0, child.exitValue(), () -> log + ":\n" + read(log));
      }
    } finally {
      children.forEach(Process::destroyForcibly);
      pool.shutdownNow();
    }

    Map<String, Integer> expected = new TreeMap<>();
    for (int p = 0; p < processes; p++) {
      for (int t = 0; t < threads; t++) {
        expected.put(p + "." + t, each);
      }
    }
    for (int s = 0; s < shells; s++) {
      expected.put("cli" + s, runs);
    }
    expected.put("jvm0", each);
    expected.put("jvm1", each);
    assertEveryWriterInOrder(file, expected);
  }

  private Process start(List<String> command, String name, List<String> names)
      throws IOException {
    names.add(name);
    return Child.builder(command, dir, Map.of("TZ", "Europe/Berlin"))
        .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** Each writer's notes say "writer W, line N"; every line of the file is a whole event. */
  static void assertEveryWriterInOrder(Path file, Map<String, Integer> expected)
      throws IOException {
    int total = expected.values().stream().mapToInt(Integer::intValue).sum();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(total, lines.size(), "lines in the file");
    lines.forEach(EventCodec::decode);
    Journal.Contents contents = new Journal(file, false).read();
    assertEquals(List.of(), contents.problems());
    Set<String> ids = new HashSet<>();
    Map<String, List<Integer>> seen = new TreeMap<>();
    for (Event e : contents.events()) {
      assertTrue(ids.add(e.id()), "id twice: " + e.id());
      Matcher m = NOTE.matcher(((CheckIn) e).note().orElseThrow());
      assertTrue(m.matches(), e.toString());
      seen.computeIfAbsent(m.group(1), w -> new ArrayList<>()).add(Integer.valueOf(m.group(2)));
    }
    assertEquals(expected.keySet(), seen.keySet(), "writers");
    for (Map.Entry<String, Integer> w : expected.entrySet()) {
      List<Integer> inOrder = new ArrayList<>();
      for (int n = 0; n < w.getValue(); n++) {
        inOrder.add(n);
      }
      assertEquals(inOrder, seen.get(w.getKey()), "the order of writer " + w.getKey());
    }
  }
}
