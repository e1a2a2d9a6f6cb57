package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.domain.DoseKind;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.Library;
import dev.backcare.rules.Coach;
import dev.backcare.rules.Prescription;
import dev.backcare.rules.Recommendation;
import dev.backcare.text.Printable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The interactive log's questions about what was done. Defaults are today's prescription and
 * nothing else: an exercise it does not include has no default dose.
 */
final class DosePrompts {
  private final Library library;
  private final Prompter ask;

  DosePrompts(Library library, Prompter ask) {
    this.library = library;
    this.ask = ask;
  }

  /**
   * Asks which exercises were done, then the dose of each. Every unknown id in the answer is named
   * at once, with the nearest known one, and the question comes again with the known ones already
   * filled in, so nothing typed right is typed twice.
   */
  List<Performed> exercises(Recommendation r) {
    String defaults = String.join(" ", r.exercises().stream().map(p -> p.exercise().id()).toList());
    List<Exercise> chosen;
    while (true) {
      String answer = ask.line("Exercises you did", defaults.isEmpty() ? null : defaults);
      List<String> ids = Arrays.stream(answer.split("[,\\s]+")).filter(id -> !id.isBlank())
          .distinct().toList();
      List<String> unknown = ids.stream().filter(id -> library.exercise(id).isEmpty()).toList();
      chosen = ids.stream().flatMap(id -> library.exercise(id).stream()).toList();
      if (unknown.isEmpty() && !chosen.isEmpty()) {
        break;
      }
      ask.say(unknown.isEmpty() ? "  Name at least one exercise." : "  Not in the library: "
          + unknown.stream().map(this::withHint).collect(Collectors.joining(", "))
          + ". `backcare exercises` lists them all.");
      if (!chosen.isEmpty()) {
        defaults = String.join(" ", chosen.stream().map(Exercise::id).toList());
      }
    }
    List<Performed> done = new ArrayList<>();
    for (Exercise e : chosen) {
      Optional<Prescription> given =
          r.exercises().stream().filter(p -> p.exercise().equals(e)).findFirst();
      done.add(dose(e, given, Coach.startDose(library, r.phase(), e)));
    }
    return done;
  }

  /** "brige (did you mean bridge?)", or the id alone when nothing is near it. */
  private String withHint(String id) {
    String shown = Printable.line(id, 40);
    return library.nearestId(id).map(n -> shown + " (did you mean " + n + "?)").orElse(shown);
  }

  private Performed dose(Exercise e, Optional<Prescription> given, Prescription fallback) {
    String unit = unit(e.dose().kind());
    String question = "  " + e.id() + ", sets x " + switch (e.dose().kind()) {
      case REPETITIONS -> "reps";
      case HOLD -> "seconds";
      case MINUTES -> "minutes";
    };
    String def = given.map(p -> p.sets() + "x" + shown(e, p.amount()) + unit).orElse(null);
    if (given.isEmpty()) {
      question += " (not in today's session)";
    }
    while (true) {
      String answer = ask.line(question, def);
      if (answer.isEmpty()) {
        ask.say("  Type what you did, such as 1x" + switch (e.dose().kind()) {
          case REPETITIONS -> "3";
          case HOLD -> "10s";
          case MINUTES -> "5m";
        } + ".");
        continue;
      }
      try {
        return ExerciseArg.parse(e.id() + ":" + answer, library, given.stream().toList(),
            fallback);
      } catch (BackcareException bad) {
        ask.say("  " + bad.getMessage().replaceFirst("^--exercise [^:]*:[^:]*: ", ""));
      }
    }
  }

  /** One exercise as the summary shows it: "knee-rolls  1 x 3", "walking  1 x 10 min". */
  String text(Performed p) {
    Exercise e = ExerciseArg.exercise(p.exercise(), library);
    String unit = switch (e.dose().kind()) {
      case REPETITIONS -> "";
      case HOLD -> " s";
      case MINUTES -> " min";
    };
    return p.exercise() + "  " + p.sets() + " x " + shown(e, p.amount()) + unit;
  }

  private static String unit(DoseKind kind) {
    return switch (kind) {
      case REPETITIONS -> "";
      case HOLD -> "s";
      case MINUTES -> "m";
    };
  }

  private static int shown(Exercise e, int amount) {
    return e.dose().kind() == DoseKind.MINUTES ? amount / 60 : amount;
  }
}
