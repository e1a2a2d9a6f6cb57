package dev.backcare.journal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a journal line in the plain form backcare writes: an object of text without escapes, whole
 * numbers of up to nine digits, lists, and objects in lists. That is nearly every line, and setting
 * up jackson's parser for each one was a quarter of reading a journal. Anything else, valid or not
 * (an escape, a fraction, true, a key twice, a stray byte), gives null and is left to jackson, so
 * every message about a bad line still comes from one place. What it returns is what
 * {@link JsonObject#read} makes of the same line.
 */
final class QuickJson {
  private static final int DEEPEST = 3;
  private final byte[] b;
  private final int end;
  private int at;

  private QuickJson(byte[] bytes, int from, int length) {
    this.b = bytes;
    this.at = from;
    this.end = from + length;
  }

  /** The object on these ASCII bytes, or null if they are not in the plain form. */
  static JsonObject read(byte[] bytes, int from, int length) {
    QuickJson q = new QuickJson(bytes, from, length);
    q.space();
    if (!q.next('{')) {
      return null;
    }
    Map<String, Object> values = q.object(1);
    if (values == null) {
      return null;
    }
    q.space();
    return q.at == q.end ? JsonObject.of(values) : null;
  }

  /** The rest of an object whose '{' has been read. */
  private Map<String, Object> object(int depth) {
    Map<String, Object> out = new LinkedHashMap<>();
    space();
    if (next('}')) {
      return out;
    }
    do {
      space();
      String name = next('"') ? text() : null;
      space();
      if (name == null || !next(':')) {
        return null;
      }
      space();
      Object v = value(depth);
      if (v == null || out.put(name, v) != null) {
        return null;
      }
      space();
    } while (next(','));
    return next('}') ? out : null;
  }

  private Object value(int depth) {
    if (at == end) {
      return null;
    }
    byte c = b[at];
    if (c == '"') {
      at++;
      return text();
    }
    if (c == '-' || c >= '0' && c <= '9') {
      return number();
    }
    if (depth >= DEEPEST) {
      return null;
    }
    at++;
    if (c == '{') {
      Map<String, Object> o = object(depth + 1);
      return o == null ? null : JsonObject.of(o);
    }
    return c == '[' ? list(depth + 1) : null;
  }

  private List<Object> list(int depth) {
    List<Object> out = new ArrayList<>();
    space();
    if (next(']')) {
      return out;
    }
    do {
      space();
      Object v = value(depth);
      if (v == null) {
        return null;
      }
      out.add(v);
      space();
    } while (next(','));
    return next(']') ? out : null;
  }

  /** The rest of a text whose opening quote has been read; null if it has an escape. */
  private String text() {
    int from = at;
    while (at < end) {
      byte c = b[at];
      if (c == '"') {
        at++;
        return new String(b, from, at - 1 - from, java.nio.charset.StandardCharsets.ISO_8859_1);
      }
      if (c == '\\' || c < 0x20) {
        return null;
      }
      at++;
    }
    return null;
  }

  /** A whole number as jackson reads one that fits an int: no leading zeros, no fraction. */
  private Integer number() {
    boolean minus = next('-');
    int from = at;
    int v = 0;
    while (at < end && b[at] >= '0' && b[at] <= '9') {
      v = v * 10 + (b[at] - '0');
      at++;
    }
    int digits = at - from;
    if (digits == 0 || digits > 9 || digits > 1 && b[from] == '0') {
      return null;
    }
    if (at < end && (b[at] == '.' || b[at] == 'e' || b[at] == 'E')) {
      return null;
    }
    return minus ? -v : v;
  }

  private boolean next(char c) {
    if (at < end && b[at] == c) {
      at++;
      return true;
    }
    return false;
  }

  private void space() {
    while (at < end && (b[at] == ' ' || b[at] == '\t' || b[at] == '\r')) {
      at++;
    }
  }
}
