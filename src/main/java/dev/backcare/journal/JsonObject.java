package dev.backcare.journal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.backcare.journal.EventCodec.BadLine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** One JSON object of a journal line, with typed getters that explain what is wrong. */
final class JsonObject {
  private static final int MAX_DEPTH = 8;
  private final Map<String, Object> values;

  private JsonObject(Map<String, Object> values) {
    this.values = values;
  }

  /** The object with these fields, in order. */
  static JsonObject of(Map<String, Object> values) {
    return new JsonObject(values);
  }

  /** Reads the object whose START_OBJECT the parser is on. */
  static JsonObject read(JsonParser p) throws IOException {
    return new JsonObject(object(p, 0));
  }

  private static Map<String, Object> object(JsonParser p, int depth) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      String name = p.currentName();
      Object v = value(p, p.nextToken(), depth + 1);
      if (out.containsKey(name)) {
        throw new BadLine("the field \"" + name + "\" appears twice");
      }
      out.put(name, v);
    }
    return out;
  }

  private static Object value(JsonParser p, JsonToken t, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new BadLine("nested too deeply");
    }
    switch (t) {
      case START_OBJECT:
        return new JsonObject(object(p, depth));
      case START_ARRAY:
        List<Object> items = new ArrayList<>();
        for (JsonToken i = p.nextToken(); i != JsonToken.END_ARRAY; i = p.nextToken()) {
          items.add(value(p, i, depth + 1));
        }
        return items;
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.INT ? (Object) p.getIntValue()
            : p.getNumberValue();
      case VALUE_NUMBER_FLOAT:
        return new Fraction(p.getText());
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /** The fields, for tests. */
  Map<String, Object> values() {
    return values;
  }

  boolean has(String name) {
    return values.get(name) != null;
  }

  String string(String name) {
    Object v = values.get(name);
    if (v instanceof String s && !s.isEmpty()) {
      return s;
    }
    throw new BadLine(v == null ? "missing \"" + name + "\"" : "\"" + name + "\" is not text");
  }

  Optional<String> optionalString(String name) {
    return has(name) ? Optional.of(string(name)) : Optional.empty();
  }

  int integer(String name, int min, int max) {
    Object v = values.get(name);
    if (v == null) {
      throw new BadLine("missing \"" + name + "\"");
    }
    if (v instanceof Number n && !(v instanceof Integer)) {
      throw new BadLine("\"" + name + "\" must be from " + min + " to " + max + ", got " + n);
    }
    if (!(v instanceof Integer i)) {
      throw new BadLine("\"" + name + "\" must be a whole number, got " + shown(v));
    }
    if (i < min || i > max) {
      throw new BadLine("\"" + name + "\" must be from " + min + " to " + max + ", got " + i);
    }
    return i;
  }

  /** A text that may be empty (a note of nothing is still what was written); none if absent. */
  Optional<String> optionalText(String name) {
    Object v = values.get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof String s) {
      return Optional.of(s);
    }
    throw new BadLine("\"" + name + "\" is not text");
  }

  OptionalInt optionalInteger(String name, int min, int max) {
    return has(name) ? OptionalInt.of(integer(name, min, max)) : OptionalInt.empty();
  }

  private static String shown(Object v) {
    if (v instanceof JsonObject) {
      return "an object";
    }
    if (v instanceof List) {
      return "a list";
    }
    return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
  }

  /** A number with a fraction or an exponent, kept as it was written. */
  private record Fraction(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  List<Object> list(String name) {
    Object v = values.get(name);
    if (v instanceof List<?> l) {
      return new ArrayList<>(l);
    }
    throw new BadLine(v == null ? "missing \"" + name + "\"" : "\"" + name + "\" is not a list");
  }
}
