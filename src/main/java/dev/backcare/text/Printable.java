package dev.backcare.text;

/**
 * Text from a file, made fit for a one-line message: a damaged journal line or a library can hold
 * line breaks, terminal escapes or a megabyte of one value, and none of that may reach the screen.
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
      String piece = switch (c) {
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        case '\t' -> "\\t";
        default -> hidden(c) ? String.format("\\u%04x", c) : Character.toString(c);
      };
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

  /**
   * Controls, line and paragraph separators, the marks that reverse the text's direction, and half
   * a surrogate pair (which prints as "?").
   */
  private static boolean hidden(int c) {
    return Character.isISOControl(c) || c == 0x2028 || c == 0x2029
        || c <= Character.MAX_VALUE && Character.isSurrogate((char) c)
        || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
  }
}
