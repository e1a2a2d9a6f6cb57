package dev.backcare.text;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

  /** Units kept on the line of the number before them: "3 s", "20 min", "10 %". */
  private static final Set<String> UNITS = Set.of("s", "min", "%");

  public static List<String> lines(String text, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String raw : joinUnits(Plain.words(text))) {
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

  /** The words, with a unit joined to the number before it, so that no line begins with it. */
  private static List<String> joinUnits(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      int last = out.size() - 1;
      if (last >= 0 && UNITS.contains(w) && !out.get(last).isEmpty()
          && Character.isDigit(out.get(last).charAt(out.get(last).length() - 1))) {
        out.set(last, out.get(last) + " " + w);
      } else {
        out.add(w);
      }
    }
    return out;
  }
}
