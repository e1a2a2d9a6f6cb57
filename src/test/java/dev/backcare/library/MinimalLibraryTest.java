package dev.backcare.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.domain.DoseKind;
import dev.backcare.domain.DoseSpec;
import dev.backcare.domain.Library;
import dev.backcare.domain.Phase;
import dev.backcare.domain.Range;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** minimal.yaml, the valid file every bad-*.yaml is one mistake away from. */
class MinimalLibraryTest {
  static final Path MINIMAL = Path.of("src/test/resources/library/minimal.yaml");

  @Test
  void loads() {
    Library library = LibraryReader.load(MINIMAL);
    assertEquals(MINIMAL.toString(), library.source());
    assertEquals(List.of("knee-rolls", "bridge", "hamstring-stretch", "walking"), library.ids());
    assertEquals(List.of("knee-rolls"), library.phase(Phase.INITIAL).exercises());
    assertEquals(15, library.phase(Phase.MAINTENANCE).reps().target());
    assertEquals(2, library.thresholds().minutesStep());
  }

  @Test
  void readsEachKindOfDose() {
    Library library = LibraryReader.load(MINIMAL);
    assertEquals(new DoseSpec(DoseKind.REPETITIONS, false, 3, 0, null, null),
        library.exercise("knee-rolls").orElseThrow().dose());
    assertEquals(new DoseSpec(DoseKind.REPETITIONS, false, 0, 0, null, null),
        library.exercise("bridge").orElseThrow().dose());
    assertEquals(new DoseSpec(DoseKind.HOLD, true, 0, 2, new Range(20, 30), null),
        library.exercise("hamstring-stretch").orElseThrow().dose());
    assertEquals(new DoseSpec(DoseKind.MINUTES, false, 0, 1, null, new Range(10, 30)),
        library.exercise("walking").orElseThrow().dose());
  }

  @Test
  void readsLinksAndAnEmptyCautionsList() {
    Library library = LibraryReader.load(MINIMAL);
    assertEquals(Optional.of("bridge"), library.exercise("knee-rolls").orElseThrow().progression());
    assertEquals(Optional.of("knee-rolls"), library.exercise("bridge").orElseThrow().regression());
    assertTrue(library.exercise("hamstring-stretch").orElseThrow().cautions().isEmpty());
  }

  /** A clinician may save the file on Windows: a byte-order mark and CRLF line ends. */
  @Test
  void loadsWithByteOrderMarkAndWindowsLineEnds() throws IOException {
    String text = "\uFEFF" + Files.readString(MINIMAL).replace("\n", "\r\n");
    Library library = LibraryReader.read("windows.yaml",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(4, library.ids().size());
    assertEquals("Knee rolls", library.exercise("knee-rolls").orElseThrow().name());
  }
}
