package dev.backcare.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One exercise of the library. */
public record Exercise(
    String id,
    String name,
    Category category,
    String position,
    Set<Phase> phases,
    DoseSpec dose,
    String instructions,
    List<String> cues,
    List<String> cautions,
    Optional<String> progression,
    Optional<String> regression) {

  public boolean fits(Phase phase) {
    return phases.contains(phase);
  }
}
