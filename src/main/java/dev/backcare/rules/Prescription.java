package dev.backcare.rules;

import dev.backcare.domain.DoseKind;
import dev.backcare.domain.Exercise;
import java.util.OptionalInt;

/**
 * One exercise of a session: {@code sets} of {@code amount} (repetitions, or seconds for holds and
 * timed activities), with rest between sets. {@code previous} is the amount last done, if it
 * differs.
 */
public record Prescription(
    Exercise exercise, int sets, int amount, int restSeconds, OptionalInt previous) {

  public DoseKind kind() {
    return exercise.dose().kind();
  }

  public boolean timed() {
    return kind() != DoseKind.REPETITIONS;
  }

  /** Repetitions per set; absent for holds and timed activities. */
  public OptionalInt reps() {
    return kind() == DoseKind.REPETITIONS ? OptionalInt.of(amount) : OptionalInt.empty();
  }

  /** Seconds each repetition or hold is held, if any. */
  public OptionalInt holdSeconds() {
    return switch (kind()) {
      case REPETITIONS -> exercise.dose().holdSeconds() > 0
          ? OptionalInt.of(exercise.dose().holdSeconds()) : OptionalInt.empty();
      case HOLD -> OptionalInt.of(amount);
      case MINUTES -> OptionalInt.empty();
    };
  }

  /** Seconds of a timed activity such as walking. */
  public OptionalInt durationSeconds() {
    return kind() == DoseKind.MINUTES ? OptionalInt.of(amount) : OptionalInt.empty();
  }

  public boolean perSide() {
    return exercise.dose().perSide();
  }

  public Prescription withAmount(int newAmount, int newRest) {
    OptionalInt was = newAmount == amount ? previous : OptionalInt.of(amount);
    return new Prescription(exercise, sets, newAmount, newRest, was);
  }
}
