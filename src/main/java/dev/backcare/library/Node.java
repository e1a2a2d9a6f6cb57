package dev.backcare.library;

import dev.backcare.text.Printable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value with the line and column where it starts, so errors can point at it. */
sealed interface Node {
  int line();

  int column();

  /** What the value is, in a person's words, for "expected X, got Y" messages. */
  String describe();

  record Scalar(String text, boolean plainString, int line, int column) implements Node {
    public String describe() {
      return "\"" + Printable.line(text, 60) + "\"";
    }
  }

  record Null(int line, int column) implements Node {
    public String describe() {
      return "nothing";
    }
  }

  record Sequence(List<Node> items, int line, int column) implements Node {
    public String describe() {
      return "a list";
    }
  }

  /** A mapping; its keys keep their order and their own positions. */
  record Mapping(LinkedHashMap<String, Node> values, Map<String, Node.Scalar> keys, int line,
      int column) implements Node {
    public String describe() {
      return "a mapping";
    }
  }
}
