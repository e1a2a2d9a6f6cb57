package dev.backcare.text;

import java.util.Collection;
import java.util.Optional;

/** Which known name a mistyped one was probably meant to be, for "did you mean" hints. */
public final class Spelling {
  private Spelling() {}

  /**
   * The name in {@code known} closest to {@code word} by edit distance (ties: the first in
   * alphabetical order, so the hint does not depend on a set's order), if any is close.
   */
  public static Optional<String> nearest(String word, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(word, candidate);
      if (d < bestDistance || d == bestDistance && candidate.compareTo(best) < 0) {
        bestDistance = d;
        best = candidate;
      }
    }
    boolean close = best != null && (bestDistance <= Math.max(2, word.length() / 2)
        || best.contains(word) || word.contains(best));
    return close ? Optional.of(best) : Optional.empty();
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
