package dev.backcare.library;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Run by the build (process-classes): checks the bundled exercises.yaml as backcare would, and
 * packs its tree ({@link NodeFile}) into a class, {@code BundledTree}, which
 * {@link LibraryReader#bundled} reads. A class rather than a file in the jar: reading a file from
 * the jar opened the jar, 10 ms of each {@code backcare today}, while the class comes from the
 * launcher's class-data archive. A library with a mistake fails the build.
 *
 * <pre>CompileLibrary exercises.yaml target/generated-sources/library target/classes</pre>
 */
public final class CompileLibrary {
  /** Characters per string constant: a class file holds at most 65535 bytes in one. */
  static final int PART = 16_000;

  private CompileLibrary() {}

  public static void main(String[] args) throws IOException {
    Path yaml = Path.of(args[0]);
    Path sources = Path.of(args[1]);
    Path classes = Path.of(args[2]);
    Node root;
    try (InputStream in = Files.newInputStream(yaml)) {
      root = YamlTree.parse(LibraryReader.BUNDLED_NAME, in, false);
    }
    LibraryReader.parse(LibraryReader.BUNDLED_NAME, root);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NodeFile.write(root, new DataOutputStream(bytes));
    Path source = sources.resolve(LibraryReader.TREE_CLASS.replace('.', '/') + ".java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, source(bytes.toByteArray(), build(classes, bytes.toByteArray())),
        StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IOException("no Java compiler: build backcare with a JDK, not a JRE");
    }
    int exit = javac.run(null, null, null, "--release", "17", "-nowarn", "-implicit:none",
        "-d", classes.toString(), source.toString());
    if (exit != 0) {
      throw new IOException("javac could not compile " + source);
    }
  }

  /**
   * What tells this build from another: a CRC of every compiled class (but the tree's) and of the
   * tree. Caches made by another build of backcare, whose rules may differ, are not used.
   */
  static String build(Path classes, byte[] tree) throws IOException {
    CRC32 crc = new CRC32();
    String own = LibraryReader.TREE_CLASS.replace('.', '/');
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(f -> f.toString().endsWith(".class")).sorted().toList();
    }
    for (Path f : files) {
      String name = classes.relativize(f).toString().replace('\\', '/');
      if (!name.startsWith(own + ".") && !name.startsWith(own + "$")) {
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        crc.update(Files.readAllBytes(f));
      }
    }
    crc.update(tree);
    return Long.toHexString(crc.getValue()) + "-" + files.size();
  }

  /**
   * The class: the tree's bytes as strings, one character (0 to 255) for each byte, and the
   * {@link #build} it belongs to.
   */
  static String source(byte[] tree, String build) {
    StringBuilder out = new StringBuilder();
    String name = LibraryReader.TREE_CLASS;
    out.append("package ").append(name, 0, name.lastIndexOf('.')).append(";\n\n")
        .append("/** Written by CompileLibrary from exercises.yaml: its checked tree. */\n")
        .append("final class ").append(name.substring(name.lastIndexOf('.') + 1)).append(" {\n")
        .append("  static final String BUILD = \"").append(build).append("\";\n\n")
        .append("  static final String[] PARTS = {");
    for (int from = 0; from < tree.length; from += PART) {
      out.append(from == 0 ? "\n    \"" : ",\n    \"");
      for (int i = from; i < Math.min(tree.length, from + PART); i++) {
        int b = tree[i] & 0xff;
        if (b == '"' || b == '\\') {
          out.append('\\').append((char) b);
        } else if (b >= 0x20 && b < 0x7f) {
          out.append((char) b);
        } else {
          // Octal: a Unicode escape of a line feed would end the line before javac read the
          // string.
          out.append('\\').append((char) ('0' + (b >> 6))).append((char) ('0' + (b >> 3 & 7)))
              .append((char) ('0' + (b & 7)));
        }
      }
      out.append('"');
    }
    return out.append("};\n\n  private ").append(name.substring(name.lastIndexOf('.') + 1))
        .append("() {}\n}\n").toString();
  }
}
