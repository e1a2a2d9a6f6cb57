package dev.backcare.text;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-wraps text to a width, with a first-line prefix and a matching hanging indent. The text may
 * come from the library or the journal: spaces, tabs and line breaks in it only part words, and
 * any other control character or direction mark is escaped ({@link Printable#text}).
 */
public final class Wrap {
  private Wrap() {}

  public static void print(PrintWriter out, String prefix, String text, int width) {
    String indent = " ".repeat(prefix.length());
    List<String> lines = lines(text, Math.max(20, width - prefix.length()));
    for (int i = 0; i < lines.size(); i++) {
      out.println((i == 0 ? prefix : indent) + lines.get(i));
    }
  }

  public static List<String> lines(String text, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String raw : Plain.words(text)) {
      String word = Printable.text(raw);
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        out.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || out.isEmpty()) {
      out.add(line.toString());
    }
    return out;
  }
}
