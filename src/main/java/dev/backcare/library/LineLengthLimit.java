package dev.backcare.library;

import dev.backcare.text.Printable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Refuses a line longer than {@link #MAX} characters before the YAML parser sees it: the parser's
 * reader works in time and memory that grow with the square of a line's length, so one 4 MB line
 * would cost gigabytes. No line of a real library comes near the limit. Refuses as well a control
 * character other than a tab or a line end, or a direction mark, at its own line and column (the
 * parser reads ahead, and names the place it had reached).
 */
final class LineLengthLimit extends FilterReader {
  static final int MAX = 10_000;
  private final String file;
  private int line = 1;
  private int length;
  private boolean afterCarriageReturn;

  LineLengthLimit(String file, Reader in) {
    super(in);
    this.file = file;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = offset; i < offset + n; i++) {
      count(buffer[i]);
    }
    return n;
  }

  /** YAML ends a line at LF, CR LF or a lone CR. */
  private void count(char c) {
    if (c == '\n' || c == '\r') {
      line += c == '\n' && afterCarriageReturn ? 0 : 1;
      length = 0;
    } else if (++length > MAX) {
      throw new LibraryError(file, line, length, "",
          "this line is longer than " + MAX + " characters; break it over several lines");
    } else if (c != '\t' && Printable.hidden(c) && !Character.isSurrogate(c)) {
      throw new LibraryError(file, line, length, "", LibraryError.hidden(c));
    }
    afterCarriageReturn = c == '\r';
  }
}
