package dev.backcare.text;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer for a stream that only ever gets lines of text, such as stderr: each control character
 * but the line end, and each direction mark, is written as {@link Printable#escape} writes it, so
 * whatever a message quotes cannot reach the terminal raw. (Half a surrogate pair passes: the
 * UTF-8 encoder writes a lone one as "?".)
 */
public final class PrintableWriter extends FilterWriter {
  public PrintableWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    if (c != '\n' && Printable.hidden(c) && !Character.isSurrogate((char) c)) {
      out.write(Printable.escape(c));
    } else {
      out.write(c);
    }
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(buffer[i]);
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(text.charAt(i));
    }
  }
}
