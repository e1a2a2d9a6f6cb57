package dev.backcare.library;

import dev.backcare.text.Plain;
import dev.backcare.text.Spelling;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The keys of one YAML mapping, read strictly: each getter names the field path in its error, and
 * {@link #done()} refuses any key nobody asked for.
 */
final class Fields {
  private final String file;
  private final String path;
  private final Node.Mapping map;
  private final Set<String> allowed;

  private Fields(String file, String path, Node.Mapping map, Set<String> allowed) {
    this.file = file;
    this.path = path;
    this.map = map;
    this.allowed = allowed;
  }

  /** The mapping at {@code node}, which may hold only the {@code allowed} keys. */
  static Fields of(String file, String path, Node node, Set<String> allowed) {
    if (!(node instanceof Node.Mapping m)) {
      throw LibraryError.at(file, node, path, "expected a mapping of keys, got " + node.describe());
    }
    Fields f = new Fields(file, path, m, allowed);
    for (String key : m.values().keySet()) {
      if (key.equals("<<")) {
        throw LibraryError.at(file, m.keys().get(key), f.name(key),
            "YAML merge keys are not allowed; write the keys out");
      }
      if (!allowed.contains(key)) {
        String hint = Spelling.nearest(key, allowed).map(k -> "did you mean " + k + "?")
            .orElse("expected one of " + String.join(", ", allowed.stream().sorted().toList()));
        throw LibraryError.at(file, m.keys().get(key), f.name(key), "unknown key; " + hint);
      }
    }
    return f;
  }

  /** The mapping at {@code node}, read without refusing keys (to read one key first). */
  static Fields loose(String file, String path, Node node) {
    if (!(node instanceof Node.Mapping m)) {
      throw LibraryError.at(file, node, path, "expected a mapping of keys, got " + node.describe());
    }
    return new Fields(file, path, m, m.values().keySet());
  }

  String file() {
    return file;
  }

  String name(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  Node.Mapping node() {
    return map;
  }

  boolean has(String key) {
    Node n = map.values().get(key);
    return n != null && !(n instanceof Node.Null);
  }

  Node required(String key) {
    Node n = map.values().get(key);
    if (n == null || n instanceof Node.Null) {
      throw LibraryError.at(file, map, name(key), "missing field");
    }
    return n;
  }

  String string(String key) {
    Node n = required(key);
    if (!(n instanceof Node.Scalar s) || s.text().isBlank()) {
      throw LibraryError.at(file, n, name(key), "expected text, got " + n.describe());
    }
    return s.text().strip();
  }

  Optional<String> optionalString(String key) {
    return has(key) ? Optional.of(string(key)) : Optional.empty();
  }

  int integer(String key, int min, int max) {
    return integer(required(key), name(key), min, max);
  }

  int integer(String key, int min, int max, int otherwise) {
    return has(key) ? integer(key, min, max) : otherwise;
  }

  int integer(Node n, String field, int min, int max) {
    if (n instanceof Node.Scalar s && Plain.wholeNumber(s.text().strip())) {
      int v = Integer.parseInt(s.text().strip());
      if (v < min || v > max) {
        throw LibraryError.at(file, n, field, "must be from " + min + " to " + max + ", got " + v);
      }
      return v;
    }
    throw LibraryError.at(file, n, field, "expected a whole number, got " + n.describe());
  }

  boolean bool(String key, boolean otherwise) {
    if (!has(key)) {
      return otherwise;
    }
    Node n = required(key);
    if (n instanceof Node.Scalar s && !s.plainString()) {
      if (s.text().equals("true")) {
        return true;
      }
      if (s.text().equals("false")) {
        return false;
      }
    }
    throw LibraryError.at(file, n, name(key), "expected true or false, got " + n.describe());
  }

  List<Node> list(String key, boolean allowEmpty) {
    Node n = required(key);
    if (!(n instanceof Node.Sequence seq)) {
      throw LibraryError.at(file, n, name(key), "expected a list, got " + n.describe());
    }
    if (!allowEmpty && seq.items().isEmpty()) {
      throw LibraryError.at(file, n, name(key), "the list is empty");
    }
    return seq.items();
  }

  List<String> strings(String key, boolean allowEmpty) {
    List<String> out = new ArrayList<>();
    List<Node> items = list(key, allowEmpty);
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      if (!(item instanceof Node.Scalar s) || s.text().isBlank()) {
        throw LibraryError.at(
            file, item, name(key) + "[" + i + "]", "expected text, got " + item.describe());
      }
      out.add(s.text().strip());
    }
    return out;
  }

  LibraryError error(String key, String problem) {
    Node n = map.values().getOrDefault(key, map);
    return LibraryError.at(file, n, name(key), problem);
  }
}
