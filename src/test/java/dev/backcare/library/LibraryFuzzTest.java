package dev.backcare.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.backcare.BackcareException;
import dev.backcare.ExitCode;
import dev.backcare.OneLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jazzer: any bytes as a library load or are refused as a bad library (exit 3) with one printable
 * line naming the file; never another exception, a hang or running out of memory. Seeds: the
 * bundled library, minimal.yaml and {@code LibraryFuzzTestInputs/}; CI fuzzes this for a while
 * (see pom.xml).
 */
class LibraryFuzzTest {
  static final String NAME = "fuzzed.yaml";

  static Stream<byte[]> realLibraries() throws IOException {
    try (InputStream bundled = LibraryReader.class.getResourceAsStream(LibraryReader.BUNDLED)) {
      return Stream.of(bundled.readAllBytes(), Files.readAllBytes(MinimalLibraryTest.MINIMAL));
    }
  }

  @MethodSource("realLibraries")
  @FuzzTest(maxDuration = "60s")
  void loadLibrary(byte[] bytes) {
    try {
      LibraryReader.read(NAME, new ByteArrayInputStream(bytes));
    } catch (BackcareException e) {
      assertEquals(ExitCode.BAD_LIBRARY, e.exitCode(), e.getMessage());
      assertTrue(e.getMessage().startsWith(NAME + ":"), e.getMessage());
      OneLine.check(e.getMessage());
    }
  }
}
