package dev.backcare.rules;

import java.util.Locale;

/** How soon to get help, when the rules say so; most urgent first. */
public enum Urgency {
  /** Get urgent care now. */
  EMERGENCY,
  /** Get checked by a doctor or physiotherapist soon. */
  SEE_PROFESSIONAL;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The more urgent of two. */
  public Urgency max(Urgency other) {
    return other == null || ordinal() <= other.ordinal() ? this : other;
  }
}
