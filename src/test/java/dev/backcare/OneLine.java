package dev.backcare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;



/** What every message a person reads must be: one line, with nothing that moves the terminal. */
public final class OneLine {
  private OneLine() {}

  /** Fails unless {@code message} is non-blank text on one line with no control characters. */
  public static void check(String message) {
    assertNotNull(message);
    assertFalse(message.isBlank(), "a blank message");
    message.codePoints().forEach(c -> assertFalse(
        Character.isISOControl(c) || c == 0x2028 || c == 0x2029,
        () -> String.format("control character U+%04X in: %s", c, message)));
  }
}
