package dev.backcare.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrintableTest {
  static Stream<Arguments> texts() {
    return Stream.of(
        arguments("plain text, café and 😀", 40, "plain text, café and 😀"),
        arguments("two\nlines\r\n", 40, "two\\nlines\\r\\n"),
        arguments("a\ttab", 40, "a\\ttab"),
        arguments("\u001b[31mred\u001b[0m", 40, "\\u001b[31mred\\u001b[0m"),
        arguments("nul\0 del\u007f c1\u0085", 40, "nul\\u0000 del\\u007f c1\\u0085"),
        arguments("line\u2028para\u2029", 40, "line\\u2028para\\u2029"),
        arguments("abc\u202edcba", 40, "abc\\u202edcba"),
        arguments("half \ud800 pair", 40, "half \\ud800 pair"),
        arguments("0123456789", 10, "0123456789"),
        arguments("0123456789a", 10, "012345678…"),
        arguments("😀😀😀😀", 3, "😀😀…"),
        arguments("\n\n\n", 4, "\\n…"),
        arguments("\n\n", 4, "\\n\\n"));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void escapesControlsAndCutsLongText(String text, int max, String shown) {
    assertEquals(shown, Printable.line(text, max));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void changesNothingTwice(String text, int max, String shown) {
    assertEquals(shown, Printable.line(shown, max));
  }
}
