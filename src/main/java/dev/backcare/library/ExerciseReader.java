package dev.backcare.library;

import dev.backcare.domain.Category;
import dev.backcare.domain.DoseKind;
import dev.backcare.domain.DoseSpec;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.Phase;
import dev.backcare.domain.Range;
import dev.backcare.text.Plain;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code exercises:} list of a library. */
final class ExerciseReader {
  private static final Set<String> KEYS =
      Set.of("id", "name", "category", "position", "phases", "dose", "instructions", "cues",
          "cautions", "progression", "regression");

  private ExerciseReader() {}

  static List<Exercise> all(Fields top, String key) {
    List<Node> items = top.list(key, false);
    List<Exercise> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Fields f = Fields.of(top.file(), key + "[" + i + "]", items.get(i), KEYS);
      Exercise e = one(f);
      Integer before = seen.put(e.id(), i);
      if (before != null) {
        throw f.error("id", "duplicate id \"" + e.id() + "\", already used by " + key + "["
            + before + "]");
      }
      out.add(e);
    }
    return out;
  }

  private static Exercise one(Fields f) {
    String id = f.string("id");
    if (!Plain.slug(id)) {
      throw f.error("id", "use lowercase letters, digits and single hyphens, got \"" + id + "\"");
    }
    String category = f.string("category");
    Category cat = Category.fromId(category).orElseThrow(() -> f.error("category",
        "expected one of mobility, stretch, strength, cardio, got \"" + category + "\""));
    EnumSet<Phase> phases = EnumSet.noneOf(Phase.class);
    for (String p : f.strings("phases", false)) {
      Optional<Phase> phase = Phase.fromId(p);
      if (phase.isEmpty()) {
        throw f.error("phases",
            "expected phases among initial, building, maintenance, got \"" + p + "\"");
      }
      phases.add(phase.get());
    }
    return new Exercise(id, f.string("name"), cat, f.string("position"), phases, dose(f),
        f.string("instructions"), f.strings("cues", false), f.strings("cautions", true),
        f.optionalString("progression"), f.optionalString("regression"));
  }

  private static DoseSpec dose(Fields exercise) {
    Node node = exercise.required("dose");
    Fields probe = Fields.loose(exercise.file(), exercise.name("dose"), node);
    String kindText = probe.string("kind");
    Optional<DoseKind> known = DoseKind.fromId(kindText);
    if (known.isEmpty()) {
      throw probe.error("kind",
          "expected one of repetitions, hold, minutes, got \"" + kindText + "\"");
    }
    DoseKind kind = known.get();
    Set<String> allowed = switch (kind) {
      case REPETITIONS -> Set.of("kind", "perSide", "holdSeconds");
      case HOLD -> Set.of("kind", "perSide", "sets", "seconds");
      case MINUTES -> Set.of("kind", "perSide", "minutes");
    };
    Fields f = Fields.of(exercise.file(), exercise.name("dose"), node, allowed);
    boolean perSide = f.bool("perSide", false);
    return switch (kind) {
      case REPETITIONS ->
          new DoseSpec(kind, perSide, f.integer("holdSeconds", 1, 60, 0), 0, null, null);
      case HOLD -> new DoseSpec(kind, perSide, 0, f.integer("sets", 1, 5),
          range(f, "seconds", 5, 300), null);
      case MINUTES -> new DoseSpec(kind, perSide, 0, 1, null, range(f, "minutes", 1, 120));
    };
  }

  private static Range range(Fields f, String key, int min, int max) {
    Fields r = Fields.of(f.file(), f.name(key), f.required(key), Set.of("start", "target"));
    int start = r.integer("start", min, max);
    int target = r.integer("target", min, max);
    if (target < start) {
      throw r.error("target", "must be at least the start (" + start + "), got " + target);
    }
    return new Range(start, target);
  }

  static void checkLinks(Fields top, List<Exercise> exercises, Set<String> ids) {
    List<Node> items = top.list("exercises", false);
    for (int i = 0; i < exercises.size(); i++) {
      Exercise e = exercises.get(i);
      Fields f = Fields.of(top.file(), "exercises[" + i + "]", items.get(i), KEYS);
      link(f, "progression", e.progression(), e.id(), ids);
      link(f, "regression", e.regression(), e.id(), ids);
    }
  }

  private static void link(Fields f, String key, Optional<String> target, String self,
      Set<String> ids) {
    if (target.isEmpty()) {
      return;
    }
    String t = target.get();
    if (t.equals(self)) {
      throw f.error(key, "an exercise cannot link to itself");
    }
    if (!ids.contains(t)) {
      throw f.error(key, "links to unknown exercise \"" + t + "\"");
    }
  }
}
