package dev.backcare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every text and attribute value in a chart is escaped, and numbers are short. */
class SvgTest {
  @Test
  void escapesTextAndAttributes() {
    String svg = new Svg("a\"b", "c<d", 10, 20, "<title> & co", "it's \"quoted\"")
        .el("rect", "x", "tip </title><script>", "data-name", "a\"><b>")
        .text("t", 1.25, 2, "middle", "1 < 2 & 3 > 2")
        .close();
    assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart c&lt;d\""
        + " id=\"a&quot;b\" viewBox=\"0 0 10 20\" width=\"10\" height=\"20\" role=\"img\""
        + " aria-labelledby=\"a&quot;b-t a&quot;b-d\">\n"
        + "<title id=\"a&quot;b-t\">&lt;title&gt; &amp; co</title>\n"
        + "<desc id=\"a&quot;b-d\">it&#39;s &quot;quoted&quot;</desc>\n"
        + "<rect class=\"x\" data-name=\"a&quot;&gt;&lt;b&gt;\">"
        + "<title>tip &lt;/title&gt;&lt;script&gt;</title></rect>\n"
        + "<text class=\"t\" x=\"1.3\" y=\"2\" text-anchor=\"middle\">1 &lt; 2 &amp; 3 &gt; 2"
        + "</text>\n</svg>\n", svg);
  }

  @Test
  void numbersHaveAtMostOneDecimal() {
    assertEquals("12", Svg.num(12.0));
    assertEquals("12", Svg.num(11.96));
    assertEquals("-3.5", Svg.num(-3.5));
    assertEquals("0.1", Svg.num(0.1));
  }
}
