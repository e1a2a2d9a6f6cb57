package dev.backcare.domain;

/**
 * How an exercise is dosed. For {@link DoseKind#REPETITIONS} the phase gives sets and reps and
 * {@code holdSeconds} is the pause in each rep (0 if none); for {@link DoseKind#HOLD} the exercise
 * gives {@code sets} and {@code seconds}; for {@link DoseKind#MINUTES} it gives {@code minutes}.
 */
public record DoseSpec(
    DoseKind kind, boolean perSide, int holdSeconds, int sets, Range seconds, Range minutes) {}
