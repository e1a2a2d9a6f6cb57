package dev.backcare.text;

/**
 * Untrusted text (from the library, the journal or the command line) made safe for each kind of
 * output: one funnel per format, so that no control character, terminal escape or mark that
 * reverses the text's direction reaches the screen or a file. {@link #text} is the terminal's;
 * {@link #line} cuts it to one short line for messages; {@link #markdown} and {@link #csv} add
 * their format's own escaping to it. HTML escapes with {@code report.Svg.esc}, which uses {@link
 * #hidden}, and JSON with {@link JsonEscapes}.
 */
public final class Printable {
  private Printable() {}

  /**
   * {@code text} with each control character written as an escape (a backslash and n, r, t, or u
   * and four hex digits), so it stays on one line and cannot move the cursor or change colours;
   * longer than {@code max} characters, it keeps its start (no escape cut in half) and ends in
   * "…". Printable text is returned as it is.
   */
  public static String line(String text, int max) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
    int length = 0;
    int cut = 0;
    for (int i = 0; i < text.length() && length <= max; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      String piece = hidden(c) ? escape(c) : Character.toString(c);
      int pieceLength = piece.codePointCount(0, piece.length());
      if (length + pieceLength <= max - 1) {
        cut = out.length() + piece.length();
      }
      out.append(piece);
      length += pieceLength;
    }
    if (length > max) {
      out.setLength(cut);
      out.append('…');
    }
    return out.toString();
  }

  /** {@code text} for a terminal, whole: {@link #line} without a length limit. */
  public static String text(String text) {
    return line(text, Integer.MAX_VALUE);
  }

  /**
   * {@code text} for Markdown: {@link #text}, then backslashes, emphasis, links, code, tables and
   * strikethrough escaped with a backslash, {@code <} and {@code >} written as entities (so no HTML
   * tag or autolink), an {@code &} that could begin an entity as {@code &amp;}, and a {@code #},
   * {@code +}, {@code -} or {@code =} at the start escaped, so it cannot begin a heading or a
   * list if a renderer puts it at the start of a line.
   */
  public static String markdown(String text) {
    String t = text(text);
    StringBuilder out = new StringBuilder(t.length() + 8);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '|', '~' -> out.append('\\').append(c);
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append(i + 1 < t.length() && (Character.isLetter(t.charAt(i + 1))
            || t.charAt(i + 1) == '#') ? "&amp;" : "&");
        case '#', '+', '-', '=' -> out.append(i == 0 ? "\\" : "").append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * {@code text} as one CSV cell (RFC 4180): {@link #text}, so no line break or tab is left in
   * it; a cell that a spreadsheet would take for a formula (it begins with =, +, -, or @) gets a
   * leading apostrophe; and a cell with a comma, a double quote or that apostrophe is quoted, its
   * quotes doubled.
   */
  public static String csv(String text) {
    String t = text(text);
    boolean formula = !t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0;
    if (formula) {
      t = "'" + t;
    }
    return formula || t.indexOf(',') >= 0 || t.indexOf('"') >= 0
        ? "\"" + t.replace("\"", "\"\"") + "\"" : t;
  }

  /** How {@link #line} writes a hidden character: \n, \r, \t, or \\u and four hex digits. */
  public static String escape(int c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> String.format("\\u%04x", c);
    };
  }

  /**
   * Controls (C0, DEL and C1), line and paragraph separators, the marks that embed, override or
   * isolate the text's direction, and half a surrogate pair (which prints as "?").
   */
  public static boolean hidden(int c) {
    return Character.isISOControl(c) || c == 0x2028 || c == 0x2029
        || c <= Character.MAX_VALUE && Character.isSurrogate((char) c)
        || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
  }
}
