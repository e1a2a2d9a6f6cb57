package dev.backcare.journal;

import java.security.SecureRandom;
import java.util.function.Predicate;

/** Short random event ids a person can type: eight letters and digits. */
public final class Ids {
  private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  /** A new id that {@code taken} does not know. */
  public static String next(Predicate<String> taken) {
    while (true) {
      char[] c = new char[8];
      for (int i = 0; i < c.length; i++) {
        c[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
      }
      String id = new String(c);
      if (!taken.test(id)) {
        return id;
      }
    }
  }
}
