package dev.backcare.library;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled library is packed at build time as a tree; it must say exactly what the YAML says,
 * and the tree form must keep every value and position of any library.
 */
class NodeFileTest {

  @Test
  void theBuildPacksTheBundledLibrary() throws IOException {
    try (InputStream tree = LibraryReader.class.getResourceAsStream(LibraryReader.TREE_NAME)) {
      assertNotNull(tree, "the build did not write " + LibraryReader.TREE_NAME);
    }
  }

  @Test
  void thePackedTreeIsTheYamlsTree() throws IOException {
    Node fromYaml;
    try (InputStream in = LibraryReader.class.getResourceAsStream(LibraryReader.BUNDLED)) {
      fromYaml = YamlTree.parse(LibraryReader.BUNDLED_NAME, in, false);
    }
    Node packed;
    try (InputStream in = LibraryReader.class.getResourceAsStream(LibraryReader.TREE_NAME)) {
      packed = NodeFile.read(new DataInputStream(in));
    }
    assertEquals(fromYaml, packed);
    Library bundled = LibraryReader.bundled();
    Library yaml = LibraryReader.read(LibraryReader.BUNDLED_NAME,
        LibraryReader.class.getResourceAsStream(LibraryReader.BUNDLED));
    assertEquals(yaml.source(), bundled.source());
    assertEquals(yaml.thresholds(), bundled.thresholds());
    assertEquals(List.copyOf(yaml.phases()), List.copyOf(bundled.phases()));
    assertEquals(List.copyOf(yaml.exercises()), List.copyOf(bundled.exercises()));
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
