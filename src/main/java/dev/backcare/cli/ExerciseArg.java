package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.domain.DoseKind;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.Library;
import dev.backcare.rules.Coach;
import dev.backcare.rules.Prescription;
import dev.backcare.rules.Recommendation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code --exercise ID[:REPS | :SETSxREPS | :SECONDSs | :MINUTESm]}. What is left out is
 * taken from today's prescription for that exercise, or the phase's starting dose.
 */
final class ExerciseArg {
  private static final Pattern DOSE =
      Pattern.compile("(?:(\\d{1,3})x)?(\\d{1,5})(s|m|min)?");

  private ExerciseArg() {}

  static Performed parse(String arg, Library library, List<Prescription> today,
      Prescription fallback) {
    String[] parts = arg.split(":", 2);
    Exercise e = exercise(parts[0].strip(), library);
    Prescription base = today.stream().filter(p -> p.exercise().id().equals(e.id())).findFirst()
        .orElse(fallback);
    boolean timed = e.dose().kind() != DoseKind.REPETITIONS;
    if (parts.length == 1) {
      return new Performed(e.id(), base.sets(), base.amount(), timed);
    }
    Matcher m = DOSE.matcher(parts[1].strip().toLowerCase(java.util.Locale.ROOT));
    if (!m.matches()) {
      throw BackcareException.badInput("--exercise " + arg + ": write the dose as REPS (8),"
          + " SETSxREPS (2x8), SECONDSs (30s) or MINUTESm (20m)");
    }
    int sets = m.group(1) == null ? base.sets() : Integer.parseInt(m.group(1));
    int amount = Integer.parseInt(m.group(2));
    String unit = m.group(3);
    if (sets < 1 || amount < 1) {
      throw BackcareException.badInput("--exercise " + arg + ": sets and amounts start at 1");
    }
    switch (e.dose().kind()) {
      case REPETITIONS -> {
        if (unit != null) {
          throw BackcareException.badInput("--exercise " + arg + ": " + e.id()
              + " is counted in repetitions, such as " + e.id() + ":2x8");
        }
      }
      case HOLD -> {
        if (unit != null && !unit.equals("s")) {
          throw BackcareException.badInput("--exercise " + arg + ": " + e.id()
              + " is a hold counted in seconds, such as " + e.id() + ":30s");
        }
      }
      case MINUTES -> {
        if ("s".equals(unit)) {
          throw BackcareException.badInput("--exercise " + arg + ": " + e.id()
              + " is counted in minutes, such as " + e.id() + ":20m");
        }
        amount = amount * 60;
      }
    }
    return new Performed(e.id(), sets, amount, timed);
  }

  /** The exercise with this id, or an error that suggests the nearest one. */
  static Exercise exercise(String id, Library library) {
    Optional<Exercise> e = library.exercise(id);
    if (e.isPresent()) {
      return e.get();
    }
    String hint = library.nearestId(id).map(n -> "; did you mean \"" + n + "\"?")
        .orElse("; see `backcare exercises` for the list");
    throw BackcareException.badInput("unknown exercise \"" + id + "\"" + hint);
  }

  /**
   * The exercises a session was logged with: today's prescription as given when {@code args} is
   * empty, else each {@code ID[:DOSE]} argument, once each.
   */
  static List<Performed> performed(List<String> args, Recommendation r, Library library) {
    List<Performed> done = new ArrayList<>();
    if (args.isEmpty()) {
      if (r.exercises().isEmpty()) {
        throw BackcareException.badInput("no session is prescribed for " + r.date() + " ("
            + r.decision().id() + "); if you did exercise, name it with --exercise ID");
      }
      r.exercises().forEach(p -> done.add(new Performed(p.exercise().id(), p.sets(), p.amount(),
          p.timed())));
      return done;
    }
    Set<String> seen = new HashSet<>();
    for (String arg : args) {
      String id = arg.split(":", 2)[0].strip();
      var fallback = Coach.startDose(library, r.phase(),
          ExerciseArg.exercise(id, library));
      Performed p = ExerciseArg.parse(arg, library, r.exercises(), fallback);
      if (!seen.add(p.exercise())) {
        throw BackcareException.badInput("--exercise " + p.exercise() + " is given twice;"
            + " give each exercise once, with all its sets (e.g. 2x8)");
      }
      done.add(p);
    }
    return done;
  }
}
