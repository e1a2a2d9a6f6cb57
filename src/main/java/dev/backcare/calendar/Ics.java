package dev.backcare.calendar;

/**
 * iCalendar (RFC 5545) content lines: each ends in CRLF, lines longer than 75 octets are folded
 * (never inside a UTF-8 sequence), and TEXT values are escaped.
 */
final class Ics {
  static final String CRLF = "\r\n";
  private static final int MAX_OCTETS = 75;
  private final StringBuilder out = new StringBuilder();

  Ics begin(String component) {
    return line("BEGIN:" + component);
  }

  Ics end(String component) {
    return line("END:" + component);
  }

  /** A property whose value is written as it is (a date, a number, a code). */
  Ics property(String name, String value) {
    return line(name + ":" + value);
  }

  /** A property of type TEXT. */
  Ics text(String name, String value) {
    return line(name + ":" + escape(value));
  }

  private Ics line(String line) {
    out.append(fold(line)).append(CRLF);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /**
   * TEXT escaping: backslash, semicolon and comma get a backslash, a line break becomes {@code
   * \n}; other control characters, which TEXT may not hold, become spaces.
   */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    String lines = text.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < lines.length(); i++) {
      char c = lines.charAt(i);
      switch (c) {
        case '\\', ';', ',' -> b.append('\\').append(c);
        case '\n' -> b.append("\\n");
        default -> b.append(c < 0x20 && c != '\t' || c == 0x7f ? ' ' : c);
      }
    }
    return b.toString();
  }

  /**
   * Folds a content line: at most 75 octets per line, each continuation starting with one space
   * (which counts), split only between code points.
   */
  static String fold(String line) {
    StringBuilder b = new StringBuilder(line.length() + 8);
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (octets + n > MAX_OCTETS) {
        b.append(CRLF).append(' ');
        octets = 1;
      }
      b.appendCodePoint(cp);
      octets += n;
      i += Character.charCount(cp);
    }
    return b.toString();
  }
}
