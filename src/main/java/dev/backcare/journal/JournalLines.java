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
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<Event> events = new ArrayList<>();
    List<Journal.Problem> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int number = 0;
    for (int from = 0; from < bytes.length; ) {
      int to = from;
      while (to < bytes.length && bytes[to] != '\n') {
        to++;
      }
      number++;
      String line;
      try {
        line = utf8.decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
      } catch (CharacterCodingException bad) {
        problems.add(new Journal.Problem(number, "not UTF-8 text"));
        from = to + 1;
        continue;
      }
      from = to + 1;
      if (line.isBlank()) {
        continue;
      }
      try {
        Event e = EventCodec.decode(line);
        if (ids.add(e.id())) {
          events.add(e);
        } else {
          problems.add(new Journal.Problem(number, "the id " + e.id() + " was already used above"));
        }
      } catch (EventCodec.BadLine bad) {
        problems.add(new Journal.Problem(number, bad.getMessage()));
      }
    }
    return new Journal.Contents(List.copyOf(events), List.copyOf(problems));
  }
}
