package dev.backcare.report;

import dev.backcare.text.Printable;
import dev.backcare.text.Words;

/**
 * Writes one inline SVG chart: an image for assistive technology ({@code role="img"}, labelled by
 * its {@code <title>} and {@code <desc>}), drawn with classes that the page's style colours. All
 * text and attribute values are escaped.
 */
final class Svg {
  private final StringBuilder b = new StringBuilder();

  /** Opens a chart {@code width} by {@code height} units; {@code id} must be unique on the page. */
  Svg(String id, String cls, int width, int height, String title, String desc) {
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ").append(esc(cls))
        .append("\" id=\"").append(esc(id)).append("\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" role=\"img\" aria-labelledby=\"").append(esc(id)).append("-t ")
        .append(esc(id)).append("-d\">\n<title id=\"").append(esc(id)).append("-t\">")
        .append(esc(title)).append("</title>\n<desc id=\"").append(esc(id)).append("-d\">")
        .append(esc(desc)).append("</desc>\n");
  }

  /**
   * An element with a class and attributes given as name, value pairs; with a {@code tip}, a
   * {@code <title>} the browser shows on hover.
   */
  Svg el(String name, String cls, String tip, Object... attributes) {
    b.append('<').append(name).append(" class=\"").append(esc(cls)).append('"');
    for (int i = 0; i < attributes.length; i += 2) {
      b.append(' ').append(attributes[i]).append("=\"").append(value(attributes[i + 1]))
          .append('"');
    }
    if (tip == null) {
      b.append("/>\n");
    } else {
      b.append("><title>").append(esc(tip)).append("</title></").append(name).append(">\n");
    }
    return this;
  }

  Svg line(String cls, double x1, double y1, double x2, double y2, Object... more) {
    return el("line", cls, null, concat(new Object[] {"x1", x1, "y1", y1, "x2", x2, "y2", y2},
        more));
  }

  Svg rect(String cls, String tip, double x, double y, double w, double h, Object... more) {
    return el("rect", cls, tip, concat(new Object[] {"x", x, "y", y, "width", w,
        "height", Math.max(0, h)}, more));
  }

  /** Text anchored at {@code anchor} (start, middle or end). */
  Svg text(String cls, double x, double y, String anchor, String text) {
    return text(cls, null, x, y, anchor, text);
  }

  /** Text with a {@code tip} the browser shows on hover, if not null. */
  Svg text(String cls, String tip, double x, double y, String anchor, String text) {
    b.append("<text class=\"").append(esc(cls)).append("\" x=\"").append(num(x))
        .append("\" y=\"").append(num(y)).append("\" text-anchor=\"").append(anchor).append("\">");
    if (tip != null) {
      b.append("<title>").append(esc(tip)).append("</title>");
    }
    b.append(esc(text)).append("</text>\n");
    return this;
  }

  /** Closes the chart and returns its markup. */
  String close() {
    return b.append("</svg>\n").toString();
  }

  /**
   * Escapes text for HTML and XML alike: element content and quoted attribute values. HTML's
   * funnel for untrusted text: controls, bidi marks and line separators are first written out as
   * {@link Printable#text} writes them.
   */
  static String esc(String s) {
    String t = Printable.text(s);
    StringBuilder out = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A coordinate: whole numbers without a decimal point, others to one decimal. */
  static String num(double v) {
    double r = Math.round(v * 10) / 10.0;
    return r == Math.rint(r) ? Long.toString((long) r) : Words.oneDecimal(r);
  }

  private static String value(Object v) {
    return v instanceof Double d ? num(d) : v instanceof Integer n ? n.toString()
        : esc(String.valueOf(v));
  }

  private static Object[] concat(Object[] a, Object[] b) {
    Object[] out = new Object[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
