package dev.backcare.journal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.backcare.OneLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jazzer: any bytes as a whole journal, in memory and from a file, read as events and damaged
 * lines, never as an exception. Each damaged line is reported once, in order, with its real line
 * number and a one-line reason. Seeds: {@code JournalFuzzTestInputs/}; CI fuzzes this for a while
 * (see pom.xml).
 */
class JournalFuzzTest {
  @TempDir static Path folder;

  @FuzzTest(maxDuration = "40s")
  void readWholeJournal(byte[] bytes) throws IOException {
    check(JournalLines.parse(bytes), bytes);
    Path file = folder.resolve("journal.jsonl");
    Files.write(file, bytes);
    check(new Journal(file, false).read(), bytes);
  }

  private static void check(Journal.Contents contents, byte[] bytes) {
    int lines = lines(bytes);
    int last = 0;
    for (Journal.Problem p : contents.problems()) {
      assertTrue(p.line() > last && p.line() <= lines, p + " in a journal of " + lines + " lines");
      last = p.line();
      OneLine.check(p.why());
    }
    Set<String> ids = new HashSet<>();
    contents.events().forEach(e -> assertTrue(ids.add(e.id()), "two events " + e.id()));
    assertTrue(contents.events().size() + contents.problems().size() <= lines);
  }

  private static int lines(byte[] bytes) {
    int n = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n' || i == bytes.length - 1) {
        n++;
      }
    }
    return n;
  }
}
