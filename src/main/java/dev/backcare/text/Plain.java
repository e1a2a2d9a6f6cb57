package dev.backcare.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks and splits of plain text written out by hand. Each stands for the regular expression in
 * its comment, and gives the same answer (a test checks both on many texts); compiling those
 * expressions was a noticeable part of starting.
 */
public final class Plain {
  private Plain() {}

  /** {@code text.matches("-?\\d{1,9}")}: a whole number that fits an int. */
  public static boolean wholeNumber(String text) {
    int from = text.startsWith("-") ? 1 : 0;
    return digits(text, from, 9);
  }

  /** {@code text.matches("\\d{1,2}")}. */
  public static boolean oneOrTwoDigits(String text) {
    return digits(text, 0, 2);
  }

  private static boolean digits(String text, int from, int most) {
    int n = text.length() - from;
    if (n < 1 || n > most) {
      return false;
    }
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code id.matches("[a-z0-9]+(-[a-z0-9]+)*")}: lowercase words joined by single hyphens. */
  public static boolean slug(String id) {
    if (id.isEmpty() || id.startsWith("-") || id.endsWith("-") || id.contains("--")) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** {@code text.strip().split("\\s+")}: the words of a text. */
  public static List<String> words(String text) {
    String t = text.strip();
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= t.length(); i++) {
      if (i == t.length() || space(t.charAt(i))) {
        if (i > from || out.isEmpty() && i == t.length()) {
          out.add(t.substring(from, i));
        }
        from = i + 1;
      }
    }
    return out;
  }

  /** What {@code \s} matches: space, tab, newline, vertical tab, form feed, return. */
  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
