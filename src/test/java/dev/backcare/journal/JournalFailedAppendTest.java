package dev.backcare.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.backcare.BackcareException;
import dev.backcare.ExitCode;
import dev.backcare.domain.Event;
import dev.backcare.domain.Event.Correction;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** An append that fails part way leaves the file as it was: nothing of it counts. */
class JournalFailedAppendTest {
  @TempDir Path dir;

  /** Writes part of the line, then fails as a full disk does. */
  static final class FullDisk implements Journal.Writes {
    @Override
    public int write(FileChannel ch, ByteBuffer buf, long at) throws IOException {
      if (buf.position() > 0) {
        throw new IOException("No space left on device");
      }
      ByteBuffer half = buf.duplicate();
      half.limit(buf.position() + Math.max(1, buf.remaining() / 2));
      int n = ch.write(half, at);
      buf.position(buf.position() + n);
      return n;
    }
  }

  /** Writes the whole line, then fails to force it to disk. */
  static final class NoForce implements Journal.Writes {
    @Override
    public void force(FileChannel ch) throws IOException {
      throw new IOException("Input/output error");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "torn", "whole"})
  void aFailedWriteOrForceLeavesTheFileAsItWas(String before) throws IOException {
    for (Journal.Writes failing : List.of(new FullDisk(), new NoForce())) {
      Path file = dir.resolve(failing.getClass().getSimpleName() + before + ".jsonl");
      String text = switch (before) {
        case "torn" -> JournalTest.line(JournalTest.checkIn("k1", 1)) + "{\"v\":1,\"ty";
        case "whole" -> JournalTest.line(JournalTest.checkIn("k1", 1));
        default -> "";
      };
      if (!text.isEmpty()) {
        Files.writeString(file, text, StandardCharsets.UTF_8);
      }
      byte[] was = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
      Journal.Contents read = new Journal(file, false).read();

      BackcareException e = assertThrows(BackcareException.class,
          () -> new Journal(file, false, failing).append(JournalTest.checkIn("k2", 2)));

      assertEquals(ExitCode.JOURNAL, e.exitCode());
      assertEquals(failing instanceof FullDisk
          ? file + ": cannot write the journal: the disk is full; nothing was saved"
          : file + ": cannot write the journal: input/output error; nothing was saved",
          e.getMessage());
      assertArrayEquals(was, Files.readAllBytes(file), failing + " after " + before);
      assertEquals(read, new Journal(file, false).read());
    }
  }

  /** A replacement's two lines: when the disk fills after the first, neither counts. */
  @ParameterizedTest
  @ValueSource(strings = {"FullDisk", "NoForce"})
  void aFailedReplacementLeavesNeitherLine(String kind) throws IOException {
    Path file = dir.resolve(kind + ".jsonl");
    Files.writeString(file, JournalTest.line(JournalTest.checkIn("k1", 7)),
        StandardCharsets.UTF_8);
    byte[] was = Files.readAllBytes(file);
    Journal.Writes failing = kind.equals("FullDisk") ? new FullDisk() : new NoForce();
    List<Event> both = List.of(new Correction("v1",
        JournalTest.checkIn("k2", 3).at(), "k1", Optional.of("replaced by k2")),
        JournalTest.checkIn("k2", 3));

    assertThrows(BackcareException.class, () -> new Journal(file, false, failing).append(both));

    assertArrayEquals(was, Files.readAllBytes(file));
    new Journal(file, false).append(both);
    List<String> lines = Files.readAllLines(file);
    assertEquals(3, lines.size());
    assertEquals(List.of("void", "check-in"), new Journal(file, false).read().events().stream()
        .skip(1).map(Event::type).toList());
  }
}
