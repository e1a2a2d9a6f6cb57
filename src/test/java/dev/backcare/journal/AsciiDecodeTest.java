package dev.backcare.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Reading a line from its ASCII bytes gives what reading it as text gives, event or error. */
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
    Arbitrary<String> line = Arbitraries.of(LINES);
    Arbitrary<Character> c = Arbitraries.chars().ascii();
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

  @Property(tries = 3000)
  void mangledLines(@ForAll("mangled") String line) {
    assertSame(line);
  }

  @Property(tries = 1000)
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
