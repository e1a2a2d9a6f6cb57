package dev.backcare.library;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Node} tree in a small binary form. The build parses the bundled exercises.yaml once and
 * packs it into the jar this way ({@link CompileLibrary}), because reading YAML was a sixth of
 * the time {@code backcare today} took to start; the same checks then run on the tree.
 */
final class NodeFile {
  static final int VERSION = 1;
  private static final byte SCALAR = 's';
  private static final byte NULL = 'n';
  private static final byte SEQUENCE = 'l';
  private static final byte MAPPING = 'm';

  private NodeFile() {}

  static void write(Node root, DataOutput out) throws IOException {
    out.writeInt(VERSION);
    node(root, out);
  }

  static Node read(DataInput in) throws IOException {
    int version = in.readInt();
    if (version != VERSION) {
      throw new IOException("unknown library tree version " + version);
    }
    return node(in, 0);
  }

  private static void node(Node n, DataOutput out) throws IOException {
    if (n instanceof Node.Scalar s) {
      out.writeByte(SCALAR);
      out.writeUTF(s.text());
      out.writeBoolean(s.plainString());
    } else if (n instanceof Node.Null) {
      out.writeByte(NULL);
    } else if (n instanceof Node.Sequence s) {
      out.writeByte(SEQUENCE);
      out.writeInt(s.items().size());
      for (Node item : s.items()) {
        node(item, out);
      }
    } else if (n instanceof Node.Mapping m) {
      out.writeByte(MAPPING);
      out.writeInt(m.values().size());
      for (Map.Entry<String, Node> e : m.values().entrySet()) {
        Node.Scalar key = m.keys().get(e.getKey());
        out.writeUTF(e.getKey());
        out.writeInt(key.line());
        out.writeInt(key.column());
        node(e.getValue(), out);
      }
    }
    out.writeInt(n.line());
    out.writeInt(n.column());
  }

  private static Node node(DataInput in, int depth) throws IOException {
    if (depth > YamlTree.MAX_DEPTH) {
      throw new IOException("the library tree is nested too deep");
    }
    byte kind = in.readByte();
    switch (kind) {
      case SCALAR: {
        String text = in.readUTF();
        boolean plain = in.readBoolean();
        return new Node.Scalar(text, plain, in.readInt(), in.readInt());
      }
      case NULL:
        return new Node.Null(in.readInt(), in.readInt());
      case SEQUENCE: {
        int n = in.readInt();
        List<Node> items = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
          items.add(node(in, depth + 1));
        }
        return new Node.Sequence(items, in.readInt(), in.readInt());
      }
      case MAPPING: {
        int n = in.readInt();
        LinkedHashMap<String, Node> values = new LinkedHashMap<>();
        Map<String, Node.Scalar> keys = new HashMap<>();
        for (int i = 0; i < n; i++) {
          String name = in.readUTF();
          int line = in.readInt();
          int column = in.readInt();
          values.put(name, node(in, depth + 1));
          keys.put(name, new Node.Scalar(name, true, line, column));
        }
        return new Node.Mapping(values, keys, in.readInt(), in.readInt());
      }
      default:
        throw new IOException("not a library tree (kind " + kind + ")");
    }
  }
}
