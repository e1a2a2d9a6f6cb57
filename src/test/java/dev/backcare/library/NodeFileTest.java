package dev.backcare.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.backcare.domain.Library;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled library is packed at build time as a tree; it must say exactly what the YAML says,
 * and the tree form must keep every value and position of any library.
 */
class NodeFileTest {

  @Test
  void theBuildPacksTheBundledLibrary() {
    assertNotNull(LibraryReader.packedTree(),
        "the build did not write " + LibraryReader.TREE_CLASS);
  }

  @Test
  void thePackedTreeIsTheYamlsTree() throws IOException {
    Node fromYaml;
    try (InputStream in = LibraryReader.class.getResourceAsStream(LibraryReader.BUNDLED)) {
      fromYaml = YamlTree.parse(LibraryReader.BUNDLED_NAME, in, false);
    }
    Node packed = NodeFile.read(
        new DataInputStream(new ByteArrayInputStream(LibraryReader.packedTree())));
    assertEquals(fromYaml, packed);
    Library bundled = LibraryReader.bundled();
    Library yaml = LibraryReader.read(LibraryReader.BUNDLED_NAME,
        LibraryReader.class.getResourceAsStream(LibraryReader.BUNDLED));
    assertEquals(yaml.source(), bundled.source());
    assertEquals(yaml.thresholds(), bundled.thresholds());
    assertEquals(List.copyOf(yaml.phases()), List.copyOf(bundled.phases()));
    assertEquals(List.copyOf(yaml.exercises()), List.copyOf(bundled.exercises()));
  }

  /** Every byte value, and more than one part, survives being written as Java and compiled. */
  @Test
  void theClassSourceKeepsEveryByte(@TempDir Path dir) throws Exception {
    byte[] tree = new byte[CompileLibrary.PART * 2 + 300];
    for (int i = 0; i < tree.length; i++) {
      tree[i] = (byte) (i * 7 + i / 256);
    }
    Path source = dir.resolve("src/dev/backcare/library/BundledTree.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, CompileLibrary.source(tree, "test"));
    Path classes = dir.resolve("classes");
    assertEquals(0, javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null,
        "--release", "17", "-d", classes.toString(), source.toString()));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      // Another loader's class is another package: reading its package-private field needs this.
      Field field = loader.loadClass(LibraryReader.TREE_CLASS).getDeclaredField("PARTS");
      field.setAccessible(true);
      String[] parts = (String[]) field.get(null);
      assertEquals(3, parts.length);
      assertArrayEquals(tree, String.join("", parts).getBytes(StandardCharsets.ISO_8859_1));
    }
  }

  static Stream<Path> libraries() throws IOException {
    return Stream.concat(Stream.of(Path.of("exercises.yaml")),
        Files.list(Path.of("src/test/resources/library")).filter(p -> !p.toString().contains("bad-"))
            .sorted());
  }

  @ParameterizedTest
  @MethodSource("libraries")
  void aTreeReadsBackAsWritten(Path file) throws IOException {
    Node root;
    try (InputStream in = Files.newInputStream(file)) {
      root = YamlTree.parse(file.toString(), in, true);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NodeFile.write(root, new DataOutputStream(bytes));
    assertEquals(root,
        NodeFile.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
  }

  @Test
  void aDamagedTreeIsRefused() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new DataOutputStream(bytes).writeInt(NodeFile.VERSION);
    bytes.write('?');
    assertThrows(IOException.class,
        () -> NodeFile.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
    assertThrows(IOException.class,
        () -> NodeFile.read(new DataInputStream(new ByteArrayInputStream(new byte[] {0, 0}))));
  }
}
