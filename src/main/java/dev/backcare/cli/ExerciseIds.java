package dev.backcare.cli;

import dev.backcare.domain.Exercise;
import dev.backcare.library.LibraryReader;
import java.util.Iterator;

/**
 * The bundled library's exercise ids, as shell completion candidates. picocli reads them only
 * when it writes a completion script, so no other command loads the library for them.
 */
final class ExerciseIds implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    return LibraryReader.bundled().exercises().stream().map(Exercise::id).iterator();
  }
}
