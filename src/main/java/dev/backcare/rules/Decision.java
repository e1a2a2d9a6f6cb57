package dev.backcare.rules;

import java.util.Locale;

/** What the person should do now, from most to least cautious. */
public enum Decision {
  STOP,
  CHECK_IN,
  ACUTE,
  REST,
  REDUCE,
  RETURN,
  HOLD,
  START,
  PROGRESS;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The more cautious of the two. */
  public Decision min(Decision other) {
    return ordinal() <= other.ordinal() ? this : other;
  }
}
