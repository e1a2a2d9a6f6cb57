package dev.backcare.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * How an exercise is measured: repetitions (sets and reps come from the phase), timed holds (sets
 * and seconds come from the exercise) or minutes of activity.
 */
public enum DoseKind {
  REPETITIONS,
  HOLD,
  MINUTES;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<DoseKind> fromId(String id) {
    for (DoseKind k : values()) {
      if (k.id().equals(id)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
