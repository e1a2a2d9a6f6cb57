package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.bench.JournalGenerator;
import dev.backcare.domain.Event;
import dev.backcare.domain.Event.CheckIn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that save an entry read only the journal's recent tail. To tell, an old line is spoiled
 * after the index is made, keeping the file's size: a command that read the whole journal would
 * warn about it; one that reads the tail never sees it.
 */
class AppendsReadTheTailTest {
  private static final ZonedDateTime END =
      ZonedDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneId.of("Europe/Berlin"));
  private static final String NOW = "2026-03-02T09:00";

  @TempDir Path home;
  private Harness h;
  private Path journal;
  private List<Event> events;
  private int spoiled;

  @BeforeEach
  void aYearWithAnOldLineSpoiledAfterTheIndexWasMade() throws IOException {
    h = new Harness(home, "Europe/Berlin");
    journal = home.resolve("journal.jsonl");
    events = JournalGenerator.events(java.time.Period.ofYears(1), 5, END);
    JournalGenerator.write(journal, events);
    Harness.Result first = run("today");
    assertEquals(0, first.exit(), first.err());
    // Two check-ins in a row, months old and after the plan's first week (whose check-ins the
    // index keeps): the first is spoiled, the second is what an old correction names.
    spoiled = 1000;
    while (!(events.get(spoiled - 1) instanceof CheckIn && events.get(spoiled) instanceof CheckIn)) {
      spoiled++;
    }
    byte[] bytes = Files.readAllBytes(journal);
    int line = 1;
    for (int i = 0; i < bytes.length && line <= spoiled; i++) {
      if (bytes[i] == '\n') {
        line++;
      } else if (line == spoiled) {
        bytes[i] = 'x';
      }
    }
    Files.write(journal, bytes, StandardOpenOption.TRUNCATE_EXISTING);
  }

  private Harness.Result run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--journal";
    all[1] = journal.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return h.run(NOW, all);
  }

  private boolean warnedAboutTheSpoiledLine(Harness.Result r) {
    return r.err().contains(journal + ":" + spoiled + ":");
  }

  @Test
  void voidingAnOldEntryReadsTheWholeJournalAndSeesTheSpoiledLine() {
    Harness.Result r = run("log", "void", events.get(spoiled).id());
    assertEquals(0, r.exit(), r.err());
    assertTrue(warnedAboutTheSpoiledLine(r), r.err());
  }

  @Test
  void savingEntriesReadsOnlyTheTail() {
    String recent = events.get(events.size() - 1).id();
    for (String[] line : new String[][] {
        {"log", "pain", "2"},
        {"log", "void", recent},
        {"plan", "show"},
        {"plan", "add", "walking"},
        {"plan", "remove", "walking"},
        {"plan", "start"},
        {"today"}}) {
      Harness.Result r = run(line);
      assertFalse(warnedAboutTheSpoiledLine(r), String.join(" ", line) + ": " + r.err());
    }
    String text = new String(h.journalBytes(), StandardCharsets.UTF_8);
    assertEquals("", text, "the default journal is untouched");
  }
}
