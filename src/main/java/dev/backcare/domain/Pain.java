package dev.backcare.domain;

import dev.backcare.BackcareException;
import dev.backcare.text.Plain;

/** Pain on the 0-10 numeric rating scale: 0 is none, 10 the worst imaginable. */
public final class Pain {
  public static final int MAX = 10;

  private Pain() {}

  /** Parses a whole number 0-10, naming {@code what} and the value in the error. */
  public static int parse(String what, String text) {
    String t = text == null ? "" : text.strip();
    if (Plain.oneOrTwoDigits(t)) {
      int v = Integer.parseInt(t);
      if (v <= MAX) {
        return v;
      }
    }
    throw BackcareException.badInput(
        what + " must be a whole number 0-10, got \"" + text + "\"");
  }

  public static boolean valid(int value) {
    return value >= 0 && value <= MAX;
  }
}
