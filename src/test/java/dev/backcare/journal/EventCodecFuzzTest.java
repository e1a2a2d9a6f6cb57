package dev.backcare.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.backcare.OneLine;
import dev.backcare.domain.Event;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer: any text as one journal line gives an event or a {@link EventCodec.BadLine} whose reason
 * is one printable line, nothing else. An event read back writes one line that reads as itself.
 * Seeds: {@code EventCodecFuzzTestInputs/}; CI fuzzes this for a while (see pom.xml).
 */
class EventCodecFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void decodeOneLine(byte[] input) {
    String line = new String(input, StandardCharsets.UTF_8);
    Event event;
    try {
      event = EventCodec.decode(line);
    } catch (EventCodec.BadLine bad) {
      OneLine.check(bad.getMessage());
      return;
    }
    String written = EventCodec.encode(event);
    assertFalse(written.contains("\n") || written.contains("\r"), written);
    assertEquals(written, EventCodec.encode(EventCodec.decode(written)));
  }
}
