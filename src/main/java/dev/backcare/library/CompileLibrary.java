package dev.backcare.library;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by the build (process-classes): checks the bundled exercises.yaml as backcare would and
 * writes its tree beside it as {@code exercises.tree}, which {@link LibraryReader#bundled} reads.
 * A library with a mistake fails the build.
 *
 * <pre>CompileLibrary target/classes/dev/backcare/library/exercises.yaml</pre>
 */
public final class CompileLibrary {
  private CompileLibrary() {}

  public static void main(String[] args) throws IOException {
    Path yaml = Path.of(args[0]);
    Path tree = yaml.resolveSibling(LibraryReader.TREE_NAME);
    Node root;
    try (InputStream in = Files.newInputStream(yaml)) {
      root = YamlTree.parse(LibraryReader.BUNDLED_NAME, in, false);
    }
    LibraryReader.parse(LibraryReader.BUNDLED_NAME, root);
    Path tmp = tree.resolveSibling(LibraryReader.TREE_NAME + ".tmp");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
      NodeFile.write(root, new DataOutputStream(out));
    }
    Files.move(tmp, tree, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
