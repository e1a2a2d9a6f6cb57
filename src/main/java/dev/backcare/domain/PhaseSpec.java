package dev.backcare.domain;

import java.util.List;
import java.util.OptionalInt;

/** One phase of the program: its weeks, its dose for repetition exercises, its exercises. */
public record PhaseSpec(
    Phase phase,
    String name,
    int fromWeek,
    OptionalInt toWeek,
    int sets,
    Range reps,
    int restSeconds,
    int timesPerDay,
    String summary,
    List<String> exercises) {

  public boolean covers(int week) {
    return week >= fromWeek && (toWeek.isEmpty() || week <= toWeek.getAsInt());
  }
}
