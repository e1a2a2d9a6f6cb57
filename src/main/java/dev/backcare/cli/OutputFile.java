package dev.backcare.cli;

import dev.backcare.journal.PrivateFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where {@code report -o FILE} and {@code plan --ics FILE} write: "-" is standard output. */
final class OutputFile {
  private OutputFile() {}

  /** Whether {@code name} asks for standard output. */
  static boolean stdout(Path name) {
    return name.toString().equals("-");
  }

  /**
   * Writes {@code text} to {@code file} (see {@link PrivateFile#write}): an existing file only
   * with {@code force}, and never the journal or the library in use.
   */
  static void write(Context context, Path file, String what, String text, boolean force) {
    Map<Path, String> inUse = new LinkedHashMap<>();
    inUse.put(context.settings().journal(), "your journal");
    context.settings().library().ifPresent(l -> inUse.put(l, "the exercise library in use"));
    PrivateFile.write(file, what, text.getBytes(StandardCharsets.UTF_8), force, inUse);
  }
}
