package dev.backcare.library;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.backcare.text.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML into {@link Node}s with jackson's streaming YAML parser. Duplicate keys, anchors and
 * aliases (so no "billion laughs"), absurd nesting and overlong lines are refused here, each with
 * its position.
 */
final class YamlTree {
  static final int MAX_DEPTH = 64;
  static final int MAX_CODE_POINTS = 4 * 1024 * 1024;
  /** The bundled library holds about a thousand values; this bounds the time a file can take. */
  static final int MAX_VALUES = 100_000;

  private final String file;
  private final YAMLParser parser;
  private int values;

  private YamlTree(String file, YAMLParser parser) {
    this.file = file;
    this.parser = parser;
  }

  /**
   * Parses UTF-8 text; anything else is refused as "not UTF-8 text". With {@code allowEmpty}, a
   * file with no document (or only comments) is a {@link Node.Null}.
   */
  static Node parse(String file, InputStream in, boolean allowEmpty) {
    Reader reader =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    return parse(file, new LineLengthLimit(file, reader), allowEmpty);
  }

  private static Node parse(String file, Reader reader, boolean allowEmpty) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // we report them ourselves, with a position
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(MAX_DEPTH + 8);
    options.setCodePointLimit(MAX_CODE_POINTS);
    YAMLFactory factory =
        YAMLFactory.builder()
            .loaderOptions(options)
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 8).build())
            .build();
    try (YAMLParser p = factory.createParser(reader)) {
      YamlTree tree = new YamlTree(file, p);
      JsonToken first = p.nextToken();
      if (first == null && allowEmpty) {
        return new Node.Null(1, 1);
      }
      if (first == null) {
        throw new LibraryError(file, 1, 1, "", "the file is empty");
      }
      Node root = tree.value(first, 0, "");
      JsonToken extra = p.nextToken();
      if (extra != null) {
        JsonLocation at = p.currentTokenLocation();
        throw new LibraryError(
            file, at.getLineNr(), at.getColumnNr(), "", "only one YAML document is allowed");
      }
      return root;
    } catch (IOException e) {
      throw LibraryError.syntax(file, e);
    } catch (RuntimeException e) {
      if (e instanceof LibraryError) {
        throw e;
      }
      throw LibraryError.syntax(file, e);
    }
  }

  private Node value(JsonToken token, int depth, String path) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (depth > MAX_DEPTH) {
      throw new LibraryError(file, line, column, path,
          "nesting deeper than " + MAX_DEPTH + " levels");
    }
    if (++values > MAX_VALUES) {
      throw new LibraryError(file, line, column, path,
          "more than " + MAX_VALUES + " values; a library needs a few thousand at most");
    }
    if (parser.getCurrentAnchor() != null || parser.isCurrentAlias()) {
      throw new LibraryError(file, line, column, path,
          "YAML anchors and aliases are not allowed; write values out");
    }
    switch (token) {
      case START_OBJECT:
        return mapping(line, column, depth, path);
      case START_ARRAY:
        List<Node> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          items.add(value(t, depth + 1, path + "[" + items.size() + "]"));
        }
        return new Node.Sequence(items, line, column);
      case VALUE_NULL:
        return new Node.Null(line, column);
      case VALUE_STRING:
        return new Node.Scalar(plain(parser.getText(), line, column, path), true, line, column);
      default:
        return new Node.Scalar(parser.getText(), false, line, column);
    }
  }

  /**
   * {@code text}, if it holds no control character but line ends and tabs, and no direction mark:
   * a quoted value can write any as an escape ("\e", "\u202e"), which the file's own check
   * ({@link LineLengthLimit}) cannot see.
   */
  private String plain(String text, int line, int column, String path) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\t' && Printable.hidden(c)) {
        throw new LibraryError(file, line, column, path, LibraryError.hidden(c));
      }
    }
    return text;
  }

  private Node mapping(int line, int column, int depth, String path) throws IOException {
    LinkedHashMap<String, Node> values = new LinkedHashMap<>();
    Map<String, Node.Scalar> keys = new HashMap<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
      JsonLocation k = parser.currentTokenLocation();
      String name = plain(parser.currentName(), k.getLineNr(), k.getColumnNr(), path);
      String field = path.isEmpty() ? name : path + "." + name;
      if (values.containsKey(name)) {
        throw new LibraryError(file, k.getLineNr(), k.getColumnNr(), field,
            "this key appears twice in the same mapping");
      }
      Node v = value(parser.nextToken(), depth + 1, field);
      values.put(name, v);
      keys.put(name, new Node.Scalar(name, true, k.getLineNr(), k.getColumnNr()));
    }
    return new Node.Mapping(values, keys, line, column);
  }
}
