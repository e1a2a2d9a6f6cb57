package dev.backcare.domain;

import java.util.Locale;
import java.util.Optional;

/** The three phases of the program, in order. */
public enum Phase {
  INITIAL,
  BUILDING,
  MAINTENANCE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Phase> fromId(String id) {
    for (Phase p : values()) {
      if (p.id().equals(id)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The phase after this one, or this one if it is the last. */
  public Phase next() {
    return this == MAINTENANCE ? this : values()[ordinal() + 1];
  }
}
