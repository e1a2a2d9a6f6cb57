package dev.backcare.domain;

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

  public Library(
      String source, Thresholds thresholds, List<PhaseSpec> phases, List<Exercise> exercises) {
    this.source = source;
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
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : exercises.keySet()) {
      int d = distance(id, candidate);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    boolean close = best != null && (bestDistance <= Math.max(2, id.length() / 2)
        || best.contains(id) || id.contains(best));
    return close ? Optional.of(best) : Optional.empty();
  }

  public List<String> ids() {
    return new ArrayList<>(exercises.keySet());
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
