package dev.backcare.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;

/** Hostile variations of minimal.yaml, for the loader's tests and the command's. */
public final class HostileYaml {
  private HostileYaml() {}

  public static String minimal() {
    try {
      return Files.readString(MinimalLibraryTest.MINIMAL);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** minimal.yaml with {@code find} replaced by {@code replace}, which must be there. */
  public static String minimal(String find, String replace) {
    String text = minimal();
    if (!text.contains(find)) {
      throw new IllegalArgumentException("minimal.yaml has no \"" + find + "\"");
    }
    return text.replace(find, replace);
  }

  /** Nine anchors of nine aliases each: a billion values to a parser that expands aliases. */
  public static String billionLaughs() {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i <= 9; i++) {
      String item = i == 1 ? "lol" : "*lol" + (i - 1);
      out.append("lol").append(i).append(": &lol").append(i).append(" [")
          .append(String.join(", ", Collections.nCopies(9, item))).append("]\n");
    }
    return out + minimal();
  }

  /** minimal.yaml and a key holding lists in lists, {@code depth} deep. */
  public static String nestedLists(int depth) {
    return minimal() + "deep: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
  }

  /** An exercise whose id is {@code no} and whose name is {@code Yes}: YAML 1.1 booleans. */
  public static String yesAndNo() {
    return minimal("knee-rolls", "no").replace("name: Knee rolls", "name: Yes");
  }

  /** Windows line ends and a byte-order mark, as a Windows editor may save the file. */
  public static String windows(String text) {
    return "\uFEFF" + text.replace("\n", "\r\n");
  }

  public static Path write(Path file, String text) {
    try {
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
