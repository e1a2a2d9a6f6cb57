package dev.backcare.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.BackcareException;
import dev.backcare.ExitCode;
import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event;
import dev.backcare.journal.Journal.Contents;
import dev.backcare.journal.Journal.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
  static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 3, 2, 8, 30, 0, 0, ZoneOffset.ofHours(1));

  @TempDir Path dir;

  static CheckIn checkIn(String id, int pain) {
    return new CheckIn(id, AT.plusHours(pain), pain, Optional.empty());
  }

  static String line(Event e) {
    return EventCodec.encode(e) + "\n";
  }

  static List<String> ids(Contents contents) {
    return contents.events().stream().map(Event::id).toList();
  }

  static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void aMissingFileReadsAsAnEmptyJournal() {
    Journal journal = new Journal(dir.resolve("journal.jsonl"), false);

    Contents contents = journal.read();

    assertEquals(List.of(), contents.events());
    assertEquals(List.of(), contents.problems());
    assertFalse(Files.exists(journal.path()), "reading must not create the file");
  }

  @Test
  void aFileInAMissingFolderReadsAsEmpty() {
    Contents contents = new Journal(dir.resolve("no/such/journal.jsonl"), false).read();

    assertEquals(List.of(), contents.events());
  }

  @Test
  void appendCreatesThePrivateFileAndFolder() throws IOException {
    Path folder = dir.resolve("home/.local/share/backcare");
    Journal journal = new Journal(folder.resolve("journal.jsonl"), true);

    journal.append(checkIn("k1", 3));

    assertEquals("rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(journal.path())));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    assertEquals("rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.getParent())));
    assertEquals(line(checkIn("k1", 3)), Files.readString(journal.path()));
  }

  @Test
  void appendInAnExistingFolderCreatesThePrivateFile() throws IOException {
    Journal journal = new Journal(dir.resolve("journal.jsonl"), false);

    journal.append(checkIn("k1", 3));

    assertEquals("rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(journal.path())));
  }

  @Test
  void withoutCreateFolderAMissingFolderIsAnErrorAndNothingIsSaved() {
    Path folder = dir.resolve("typo");
    Journal journal = new Journal(folder.resolve("journal.jsonl"), false);

    BackcareException e =
        assertThrows(BackcareException.class, () -> journal.append(checkIn("k1", 3)));

    assertEquals(ExitCode.JOURNAL, e.exitCode());
    assertEquals(journal.path() + ": cannot write the journal: the folder " + folder
        + " does not exist; nothing was saved", e.getMessage());
    assertFalse(Files.exists(folder));
  }

  @Test
  void appendedEventsReadBackInOrder() {
    Journal journal = new Journal(dir.resolve("journal.jsonl"), false);
    List<CheckIn> written = List.of(checkIn("k1", 3), checkIn("k2", 5), checkIn("k3", 1),
        new CheckIn("k4", AT, 0, Optional.of("a note with \"quotes\"\nand a newline")));

    written.forEach(journal::append);
    Contents contents = new Journal(journal.path(), false).read();

    assertEquals(written, contents.events());
    assertEquals(List.of(), contents.problems());
  }

  @Test
  void theFileIsExactlyTheAppendedLinesAndEarlierBytesNeverChange() throws IOException {
    Journal journal = new Journal(dir.resolve("journal.jsonl"), false);
    StringBuilder expected = new StringBuilder();
    byte[] before = new byte[0];

    for (int n = 1; n <= 5; n++) {
      CheckIn e = checkIn("k" + n, n);
      journal.append(e);
      expected.append(line(e));

      byte[] now = Files.readAllBytes(journal.path());
      assertArrayEquals(before, Arrays.copyOf(now, before.length), "prefix changed at append " + n);
      assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), now);
      before = now;
    }
  }

  @Test
  void aTornLastLineIsReportedAndTheNextAppendStartsAFreshLine() throws IOException {
    Path file = dir.resolve("journal.jsonl");
    String torn = "{\"v\":1,\"type\":\"check-in\"";
    write(file, line(checkIn("k1", 3)) + torn);
    Journal journal = new Journal(file, false);

    Contents first = journal.read();

    assertEquals(List.of("k1"), ids(first));
    assertEquals(1, first.problems().size());
    assertEquals(2, first.problems().get(0).line());
    assertTrue(first.problems().get(0).why().equals("the line is cut off before its end"),
        first.problems().get(0).why());

    journal.append(checkIn("k2", 4));

    assertEquals(line(checkIn("k1", 3)) + torn + "\n" + line(checkIn("k2", 4)),
        Files.readString(file));
    Contents after = journal.read();
    assertEquals(List.of("k1", "k2"), ids(after));
    assertEquals(List.of(2), after.problems().stream().map(Problem::line).toList());
  }

  @Test
  void aWholeEventOnALastLineWithoutItsNewlineIsNotCountedYet() throws IOException {
    Path file = dir.resolve("journal.jsonl");
    String unfinished = EventCodec.encode(checkIn("k2", 4));
    write(file, line(checkIn("k1", 3)) + unfinished);
    Journal journal = new Journal(file, false);

    Contents first = journal.read();

    assertEquals(List.of("k1"), ids(first));
    assertEquals(List.of(new Problem(2, JournalLines.UNFINISHED)), first.problems());
    assertEquals(file + ":2: an unfinished last line (no newline): left as it is",
        first.problems().get(0).describe(file));

    journal.append(checkIn("k3", 5));

    assertEquals(line(checkIn("k1", 3)) + unfinished + "\n" + line(checkIn("k3", 5)),
        Files.readString(file), "the bytes stay; the next append starts a fresh line");
    assertEquals(List.of(), journal.read().problems());
  }

  @Test
  void aBlankLastLineWithoutNewlineIsNoProblem() throws IOException {
    Path file = dir.resolve("journal.jsonl");
    write(file, line(checkIn("k1", 3)) + "  ");

    Contents contents = new Journal(file, false).read();

    assertEquals(List.of("k1"), ids(contents));
    assertEquals(List.of(), contents.problems());
  }

  @Test
  void aFileThatIsOnlyATornLineKeepsItsBytes() throws IOException {
    Path file = dir.resolve("journal.jsonl");
    write(file, "{\"v\":1,\"ty");
    Journal journal = new Journal(file, false);

    journal.append(checkIn("k1", 3));

    assertEquals("{\"v\":1,\"ty\n" + line(checkIn("k1", 3)), Files.readString(file));
    assertEquals(List.of("k1"), ids(journal.read()));
  }

  @Test
  void aDamagedLineInTheMiddleIsReportedAndSkipped() throws IOException {
    Path file = dir.resolve("journal.jsonl");
    String text = line(checkIn("k1", 1)) + line(checkIn("k2", 2)) + "%%% garbage %%%\n"
        + line(checkIn("k3", 3)) + "{\"v\":1,\"type\":\"check-in\",\"id\":\"k4\","
        + "\"at\":\"2026-03-02T08:30:00+01:00\",\"pain\":42}\n" + line(checkIn("k5", 5));
    write(file, text);
    Journal journal = new Journal(file, false);

    Contents contents = journal.read();

    assertEquals(List.of("k1", "k2", "k3", "k5"), ids(contents));
    assertEquals(List.of(3, 5), contents.problems().stream().map(Problem::line).toList());
    assertEquals("\"pain\" must be from 0 to 10, got 42", contents.problems().get(1).why());
    journal.append(checkIn("k6", 6));
    assertEquals(text + line(checkIn("k6", 6)), Files.readString(file), "damaged lines stay");
  }

  @Test
  void aProblemDescribesItselfWithFileAndLine() throws IOException {
    Path file = dir.resolve("journal.jsonl");
    write(file, line(checkIn("k1", 1)) + "[]\n");

    Problem problem = new Journal(file, false).read().problems().get(0);

    assertEquals(file + ":2: skipped a damaged line (not a JSON object); it is left as it is",
        problem.describe(file));
  }

  @Test
  void aSecondUseOfAnIdIsReportedAndSkipped() throws IOException {
    Path file = dir.resolve("journal.jsonl");
    write(file, line(checkIn("k1", 1)) + line(checkIn("k2", 2)) + line(checkIn("k1", 7)));

    Contents contents = new Journal(file, false).read();

    assertEquals(List.of(checkIn("k1", 1), checkIn("k2", 2)), contents.events());
    assertEquals(List.of(new Problem(3, "the id k1 was already used above")),
        contents.problems());
  }

  @Test
  void blankLinesAreIgnoredButCounted() throws IOException {
    Path file = dir.resolve("journal.jsonl");
    write(file, "\n" + line(checkIn("k1", 1)) + "\n   \n\t\r\n" + line(checkIn("k2", 2))
        + "oops\n\n");

    Contents contents = new Journal(file, false).read();

    assertEquals(List.of("k1", "k2"), ids(contents));
    assertEquals(List.of(7), contents.problems().stream().map(Problem::line).toList());
  }

  @Test
  void windowsLineEndsAreRead() throws IOException {
    Path file = dir.resolve("journal.jsonl");
    write(file, EventCodec.encode(checkIn("k1", 1)) + "\r\n" + EventCodec.encode(checkIn("k2", 2))
        + "\r\n");

    Contents contents = new Journal(file, false).read();

    assertEquals(List.of("k1", "k2"), ids(contents));
    assertEquals(List.of(), contents.problems());
  }

  @Test
  void aByteOrderMarkBeforeLineOneIsSkippedAndKept() throws IOException {
    Path file = dir.resolve("journal.jsonl");
    byte[] text = (line(checkIn("k1", 1)) + line(checkIn("k2", 2)))
        .getBytes(StandardCharsets.UTF_8);
    byte[] marked = new byte[text.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(text, 0, marked, 3, text.length);
    Files.write(file, marked);

    Contents contents = new Journal(file, false).read();
    assertEquals(List.of("k1", "k2"), ids(contents));
    assertEquals(List.of(), contents.problems());

    new Journal(file, false).append(checkIn("k3", 3));
    assertEquals(List.of("k1", "k2", "k3"), ids(new Journal(file, false).read()));
    assertEquals((byte) 0xEF, Files.readAllBytes(file)[0], "the mark is left where it was");
  }

  @Test
  void readingAFolderIsAJournalError() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("journal.jsonl"));

    BackcareException e =
        assertThrows(BackcareException.class, () -> new Journal(folder, false).read());

    assertEquals(ExitCode.JOURNAL, e.exitCode());
    assertEquals(folder + ": is a folder, not a journal file", e.getMessage());
  }

  @Test
  void appendingToAFolderIsAJournalError() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("journal.jsonl"));

    BackcareException e = assertThrows(BackcareException.class,
        () -> new Journal(folder, false).append(checkIn("k1", 1)));

    assertEquals(ExitCode.JOURNAL, e.exitCode());
    assertEquals(
        folder + ": cannot write the journal: it is a folder, not a file; nothing was saved",
        e.getMessage());
  }

  @Test
  void appendingToAReadOnlyFileSaysPermissionDenied() throws Exception {
    Path file = dir.resolve("journal.jsonl");
    write(file, line(checkIn("k1", 1)));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
    String message;
    if (Files.isWritable(file)) {
      // Root may write any file; a child without CAP_DAC_OVERRIDE obeys the mode like anyone.
      Process p = new ProcessBuilder("setpriv", "--inh-caps=-dac_override,-dac_read_search",
          "--bounding-set=-dac_override,-dac_read_search",
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), AppendOnceMain.class.getName(),
          file.toString()).redirectErrorStream(true).start();
      message = new String(p.getInputStream().readAllBytes()).strip();
      assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
      assertEquals(ExitCode.JOURNAL.code(), p.exitValue(), message);
    } else {
      BackcareException e = assertThrows(BackcareException.class,
          () -> new Journal(file, false).append(checkIn("k2", 2)));
      assertEquals(ExitCode.JOURNAL, e.exitCode());
      message = e.getMessage();
    }
    assertEquals(file + ": cannot write the journal: permission denied; nothing was saved",
        message);
    assertEquals(line(checkIn("k1", 1)), Files.readString(file));
  }

  @Test
  void aPathWithSpacesAndNonAsciiCharactersWorks() throws IOException {
    Path file = dir.resolve("Mes données/rücken 腰痛 😣/journal de bord.jsonl");
    Journal journal = new Journal(file, true);
    CheckIn e = new CheckIn("k1", AT, 2, Optional.of("très bien"));

    journal.append(e);

    assertEquals(List.of(e), new Journal(file, false).read().events());
    assertEquals(line(e), Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void appendAddsNoBlankLineToAFileEndingInANewline() throws IOException {
    Path file = dir.resolve("journal.jsonl");
    write(file, line(checkIn("k1", 1)));

    new Journal(file, false).append(checkIn("k2", 2));

    assertEquals(line(checkIn("k1", 1)) + line(checkIn("k2", 2)), Files.readString(file));
  }

  @Test
  void appendWritesAfterLinesAnotherWriterAdded() throws IOException {
    Path file = dir.resolve("journal.jsonl");
    Journal journal = new Journal(file, false);
    journal.append(checkIn("k1", 1));
    Files.writeString(file, line(checkIn("k2", 2)), StandardOpenOption.APPEND);

    journal.append(checkIn("k3", 3));

    assertEquals(List.of("k1", "k2", "k3"), ids(journal.read()));
  }
}
