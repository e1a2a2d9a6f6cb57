package dev.backcare.domain;

import dev.backcare.text.Spelling;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The exercise library: exercises, the program's phases and the rules' thresholds. */
public final class Library {
  private final String source;
  private final Thresholds thresholds;
  private final Map<Phase, PhaseSpec> phases;
  private final Map<String, Exercise> exercises;
  private final String fingerprint;

  public Library(
      String source, Thresholds thresholds, List<PhaseSpec> phases, List<Exercise> exercises) {
    this(source, thresholds, phases, exercises, null);
  }

  /** A library known by {@code fingerprint}, which may be null (see {@link #fingerprint}). */
  public Library(String source, Thresholds thresholds, List<PhaseSpec> phases,
      List<Exercise> exercises, String fingerprint) {
    this.source = source;
    this.fingerprint = fingerprint;
    this.thresholds = thresholds;
    this.phases = new LinkedHashMap<>();
    for (PhaseSpec p : phases) {
      this.phases.put(p.phase(), p);
    }
    this.exercises = new LinkedHashMap<>();
    for (Exercise e : exercises) {
      this.exercises.put(e.id(), e);
    }
  }

  /** The same library, known by {@code fingerprint} (see {@link #fingerprint}). */
  public Library withFingerprint(String fingerprint) {
    return new Library(source, thresholds, List.copyOf(phases.values()),
        List.copyOf(exercises.values()), fingerprint);
  }

  /**
   * What tells this library from another for a cache of what the rules said: "bundled", or a CRC
   * and the length of the file it was read from; empty if whoever made it did not say.
   */
  public Optional<String> fingerprint() {
    return Optional.ofNullable(fingerprint);
  }

  /** Where the library came from, for messages. */
  public String source() {
    return source;
  }

  public Thresholds thresholds() {
    return thresholds;
  }

  public PhaseSpec phase(Phase phase) {
    return phases.get(phase);
  }

  public Collection<PhaseSpec> phases() {
    return phases.values();
  }

  /** The phase the program gives for a week of the plan (week 1 is the first). */
  public PhaseSpec phaseForWeek(int week) {
    PhaseSpec last = null;
    for (PhaseSpec p : phases.values()) {
      if (p.covers(week)) {
        return p;
      }
      if (week >= p.fromWeek()) {
        last = p;
      }
    }
    return last == null ? phases.values().iterator().next() : last;
  }

  public Optional<Exercise> exercise(String id) {
    return Optional.ofNullable(exercises.get(id));
  }

  public Collection<Exercise> exercises() {
    return exercises.values();
  }

  /** The known id closest to {@code id} by edit distance, if any is reasonably close. */
  public Optional<String> nearestId(String id) {
    return Spelling.nearest(id, exercises.keySet());
  }

  public List<String> ids() {
    return new ArrayList<>(exercises.keySet());
  }
}
