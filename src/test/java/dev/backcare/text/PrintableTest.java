package dev.backcare.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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

  @Test
  void textIsNeverCut() {
    String long_ = "x".repeat(100_000) + "\u001b";
    assertEquals("x".repeat(100_000) + "\\u001b", Printable.text(long_));
  }

  static Stream<Arguments> markdown() {
    return Stream.of(
        arguments("stiff at first, then fine.", "stiff at first, then fine."),
        arguments("knees & hips: 2+2=4 - ok #1", "knees & hips: 2+2=4 - ok #1"),
        arguments("a | b", "a \\| b"),
        arguments("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        arguments("&lt; &#60; &", "&amp;lt; &amp;#60; &"),
        arguments("*bold* _it_ `code` ~~s~~ [x](http://e)",
            "\\*bold\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\[x\\](http://e)"),
        arguments("# heading", "\\# heading"),
        arguments("- item", "\\- item"),
        arguments("=HYPERLINK(1)", "\\=HYPERLINK(1)"),
        arguments("back\\slash", "back\\\\slash"),
        arguments("\u001b[31mred\u202e\r\n", "\\\\u001b\\[31mred\\\\u202e\\\\r\\\\n"));
  }

  @ParameterizedTest
  @MethodSource
  void markdown(String text, String shown) {
    assertEquals(shown, Printable.markdown(text));
  }

  static Stream<Arguments> csv() {
    return Stream.of(
        arguments("stiff", "stiff"),
        arguments("", ""),
        arguments("a, b", "\"a, b\""),
        arguments("say \"hi\"", "\"say \"\"hi\"\"\""),
        arguments("=HYPERLINK(\"http://e\",\"x\")", "\"'=HYPERLINK(\"\"http://e\"\",\"\"x\"\")\""),
        arguments("+1", "\"'+1\""),
        arguments("-2 better", "\"'-2 better\""),
        arguments("@SUM(A1)", "\"'@SUM(A1)\""),
        arguments("\t=1", "\\t=1"),
        arguments("\r\n=1", "\\r\\n=1"),
        arguments("a=1", "a=1"),
        arguments("\u001b]8;;http://e\u0007link", "\\u001b]8;;http://e\\u0007link"));
  }

  @ParameterizedTest
  @MethodSource
  void csv(String text, String cell) {
    assertEquals(cell, Printable.csv(text));
  }
}
