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
  /**
   * Why a last line with no newline is not read as an event: a line counts once its newline is
   * written, and until then it may be an append still under way, or one that failed.
   */
  static final String UNFINISHED = "an unfinished last line (no newline)";

  private JournalLines() {}

  static Journal.Contents parse(byte[] bytes) {
    Scan scan = scan(bytes, 0, 0, new HashSet<>());
    return new Journal.Contents(List.copyOf(scan.events), List.copyOf(scan.problems));
  }

  /** The lines of part of the file: its events and its damaged lines. */
  static final class Scan {
    final List<Event> events = new ArrayList<>();
    final List<Journal.Problem> problems = new ArrayList<>();
    /** Where the last whole line ends, and how many lines there are up to it. */
    int wholeEnd;
    int wholeLines;
  }

  /**
   * The length of the UTF-8 byte-order mark the file starts with, or 0: an editor such as Notepad
   * may add one, and line 1 (the plan, often) is read after it. The file keeps it.
   */
  private static int byteOrderMark(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
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
   * Reads the file's bytes from {@code start}, where a line begins after {@code linesBefore}
   * lines; {@code ids} holds the ids of the events before it, and gets those read here. A last
   * line with no newline is never an event: it is reported, as damaged if it is, else as
   * {@link #UNFINISHED}.
   */
  static Scan scan(byte[] bytes, int start, int linesBefore, Set<String> ids) {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int length = bytes.length;
    Scan out = new Scan();
    out.wholeEnd = start;
    out.wholeLines = linesBefore;
    int number = linesBefore;
    for (int from = start == 0 ? byteOrderMark(bytes) : start; from < length; ) {
      int to = from;
      boolean ascii = true;
      while (to < length && bytes[to] != '\n') {
        ascii &= bytes[to] >= 0;
        to++;
      }
      number++;
      int begin = from;
      from = to + 1;
      boolean whole = to < length;
      if (whole) {
        out.wholeEnd = from;
        out.wholeLines = number;
      }
      String line = null;
      if (!ascii) {
        try {
          line = utf8.decode(ByteBuffer.wrap(bytes, begin, to - begin)).toString();
        } catch (CharacterCodingException bad) {
          out.problems.add(new Journal.Problem(number, "not UTF-8 text"));
          continue;
        }
      }
      if (line != null ? line.isBlank() : blank(bytes, begin, to)) {
        continue;
      }
      try {
        Event e = line != null ? EventCodec.decode(line)
            : EventCodec.decodeAscii(bytes, begin, to - begin);
        if (!whole) {
          out.problems.add(new Journal.Problem(number, UNFINISHED));
        } else if (ids.add(e.id())) {
          out.events.add(e);
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
