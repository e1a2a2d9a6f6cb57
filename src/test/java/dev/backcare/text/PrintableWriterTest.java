package dev.backcare.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PrintableWriterTest {
  @Test
  void keepsLineEndsAndEscapesTheRest() {
    StringWriter to = new StringWriter();
    try (PrintWriter out = new PrintWriter(new PrintableWriter(to))) {
      out.println("a\u001b[2Jb\tc\rd\u0085e\u202ef 😀");
      out.print('\u009b');
      out.write("x\u2066y", 1, 2);
    }
    assertEquals("a\\u001b[2Jb\\tc\\rd\\u0085e\\u202ef 😀" + System.lineSeparator()
        + "\\u009b\\u2066y", to.toString());
  }
}
