package dev.backcare.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.backcare.bench.JournalGenerator;
import dev.backcare.domain.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Reading a line from its ASCII bytes gives what reading it as text gives, event or error; and the
 * quick reader of plain lines reads what jackson reads, or leaves the line to it.
 */
class AsciiDecodeTest {
  private static final List<String> LINES = List.of(
      "{\"v\":1,\"type\":\"check-in\",\"id\":\"k1\",\"at\":\"2026-03-02T07:30:00+01:00\",\"pain\":3}",
      "{\"v\":1,\"type\":\"session\",\"id\":\"s1\",\"at\":\"2026-03-02T08:30:00+01:00\","
          + "\"phase\":\"initial\",\"exercises\":[{\"id\":\"knee-rolls\",\"sets\":1,\"reps\":2}],"
          + "\"during\":4,\"after\":3,\"note\":\"ok\"}",
      "{\"v\":1,\"type\":\"symptom\",\"id\":\"y1\",\"at\":\"2026-03-02T10:00:00Z\","
          + "\"kind\":\"numbness\"}",
      "{\"v\":1,\"type\":\"plan-start\",\"id\":\"p1\",\"at\":\"2026-03-02T06:00:00+01:00\","
          + "\"start\":\"2026-03-02\",\"exercises\":[\"cat-camel\"]}",
      "{\"v\":1,\"type\":\"void\",\"id\":\"c1\",\"at\":\"2026-03-02T21:00:00+01:00\","
          + "\"target\":\"k1\"}");

  /** Real lines, cut, with a character changed, inserted or taken out. */
  @Provide
  Arbitrary<String> mangled() {
    return mangled(Arbitraries.chars().ascii());
  }

  /** The same, with the characters that mean something in JSON. */
  @Provide
  Arbitrary<String> mangledJson() {
    return mangled(Arbitraries.of('{', '}', '[', ']', '"', ':', ',', '-', '0', '1', '9', '.', 'e',
        '\\', ' ', '\t', '\r', 't', 'n', '\u0001', '\u007f'));
  }

  private static Arbitrary<String> mangled(Arbitrary<Character> c) {
    Arbitrary<String> line = Arbitraries.of(LINES);
    return Combinators.combine(line, Arbitraries.integers().between(0, 1000),
        Arbitraries.integers().between(0, 3), c).as((l, at, how, ch) -> {
          int i = at % (l.length() + 1);
          return switch (how) {
            case 0 -> l.substring(0, i);
            case 1 -> l.substring(0, i) + ch + l.substring(i);
            case 2 -> i < l.length() ? l.substring(0, i) + ch + l.substring(i + 1) : l;
            default -> i < l.length() ? l.substring(0, i) + l.substring(i + 1) : l + " " + l;
          };
        });
  }

  @Property(tries = 3000, seed = "20260302")
  void mangledLines(@ForAll("mangled") String line) {
    assertSame(line);
  }

  @Property(tries = 3000, seed = "20260302")
  void quickReadsWhatJacksonReads(@ForAll("mangledJson") String line) {
    assertQuickAgrees(line);
  }

  @Property(tries = 1000, seed = "20260302")
  void quickReadsWhatJacksonReadsOfAnyLine(@ForAll("mangled") String line) {
    assertQuickAgrees(line);
  }

  @Test
  void everyLineBackcareWritesIsReadQuickly() {
    List<Event> events = JournalGenerator.events(java.time.Period.ofMonths(6), 3,
        ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneId.of("Europe/Berlin")));
    for (Event e : events) {
      String line = EventCodec.encode(e);
      if (line.chars().allMatch(c -> c < 0x80)) {
        byte[] bytes = line.getBytes(StandardCharsets.US_ASCII);
        assertNotNull(QuickJson.read(bytes, 0, bytes.length), line);
      }
    }
    for (String line : LINES) {
      byte[] bytes = line.getBytes(StandardCharsets.US_ASCII);
      assertNotNull(QuickJson.read(bytes, 0, bytes.length), line);
    }
  }

  private static void assertQuickAgrees(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.US_ASCII);
    JsonObject quick = QuickJson.read(bytes, 0, bytes.length);
    if (quick != null) {
      assertEquals(plain(jackson(line)), plain(quick), line);
    }
  }

  /** What jackson reads, as {@link EventCodec} reads it; null if it refuses the line. */
  private static JsonObject jackson(String line) {
    try (JsonParser p = new JsonFactory().createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      JsonObject o = JsonObject.read(p);
      return p.nextToken() == null ? o : null;
    } catch (IOException | EventCodec.BadLine e) {
      return null;
    }
  }

  /** Objects as maps, all the way down, so that two reads compare. */
  private static Object plain(Object v) {
    if (v instanceof JsonObject o) {
      Map<String, Object> m = new LinkedHashMap<>();
      o.values().forEach((k, x) -> m.put(k, plain(x)));
      return m;
    }
    if (v instanceof List<?> l) {
      return l.stream().map(AsciiDecodeTest::plain).toList();
    }
    return v == null ? null : v.getClass().getSimpleName() + ":" + v;
  }

  @Property(tries = 1000, seed = "20260302")
  void anyAscii(@ForAll("ascii") String line) {
    assertSame(line);
  }

  @Provide
  Arbitrary<String> ascii() {
    return Arbitraries.strings().ascii().ofMaxLength(200);
  }

  private static void assertSame(String line) {
    byte[] bytes = ("xx" + line + "yy").getBytes(StandardCharsets.US_ASCII);
    assertEquals(outcome(() -> EventCodec.decode(line)),
        outcome(() -> EventCodec.decodeAscii(bytes, 2, line.length())), line);
  }

  private static String outcome(java.util.function.Supplier<Object> read) {
    try {
      return "event " + read.get();
    } catch (EventCodec.BadLine bad) {
      return "bad line: " + bad.getMessage();
    }
  }
}
