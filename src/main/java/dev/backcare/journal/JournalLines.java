package dev.backcare.journal;

import dev.backcare.domain.Event;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The journal's bytes as events, and the lines that could not be used, with their numbers. */
final class JournalLines {
  private JournalLines() {}

  static Journal.Contents parse(byte[] bytes) {
    Scan scan = scan(bytes, bytes.length, 0, 0);
    return new Journal.Contents(List.copyOf(scan.events), List.copyOf(scan.problems));
  }

  /** The lines of part of the file: its events with where they are, and its damaged lines. */
  static final class Scan {
    final List<Event> events = new ArrayList<>();
    final List<Long> offsets = new ArrayList<>();
    final List<Integer> lines = new ArrayList<>();
    final List<Journal.Problem> problems = new ArrayList<>();
    /** Where the last whole line ends, and how many lines there are up to it. */
    long wholeEnd;
    int wholeLines;
  }

  /**
   * The length of the UTF-8 byte-order mark the file starts with, or 0: an editor such as Notepad
   * may add one, and line 1 (the plan, often) is read after it. The file keeps it.
   */
  private static int byteOrderMark(byte[] bytes, int length) {
    return length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF ? 3 : 0;
  }

  /** Whether ASCII bytes are all white space, as {@link String#isBlank} says. */
  private static boolean blank(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(bytes[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads {@code length} bytes that start at {@code offset} in the file, after {@code linesBefore}
   * lines. A last line with no newline is read, but not counted as whole.
   */
  static Scan scan(byte[] bytes, int length, long offset, int linesBefore) {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    Scan out = new Scan();
    out.wholeEnd = offset;
    out.wholeLines = linesBefore;
    Set<String> ids = new HashSet<>();
    int number = linesBefore;
    for (int from = offset == 0 ? byteOrderMark(bytes, length) : 0; from < length; ) {
      int to = from;
      boolean ascii = true;
      while (to < length && bytes[to] != '\n') {
        ascii &= bytes[to] >= 0;
        to++;
      }
      number++;
      int start = from;
      from = to + 1;
      if (to < length) {
        out.wholeEnd = offset + from;
        out.wholeLines = number;
      }
      String line = null;
      if (!ascii) {
        try {
          line = utf8.decode(ByteBuffer.wrap(bytes, start, to - start)).toString();
        } catch (CharacterCodingException bad) {
          out.problems.add(new Journal.Problem(number, "not UTF-8 text"));
          continue;
        }
      }
      if (line != null ? line.isBlank() : blank(bytes, start, to)) {
        continue;
      }
      try {
        Event e = line != null ? EventCodec.decode(line)
            : EventCodec.decodeAscii(bytes, start, to - start);
        if (ids.add(e.id())) {
          out.events.add(e);
          out.offsets.add(offset + start);
          out.lines.add(number);
        } else {
          out.problems.add(new Journal.Problem(number, "the id " + e.id() + " was already used above"));
        }
      } catch (EventCodec.BadLine bad) {
        out.problems.add(new Journal.Problem(number, bad.getMessage()));
      }
    }
    return out;
  }
}
