package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.ExitCode;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.Library;
import dev.backcare.domain.StopSign;
import dev.backcare.rules.Coach;
import dev.backcare.rules.Prescription;
import dev.backcare.rules.Recommendation;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The interactive {@code backcare log}: asks about the session on the terminal, shows a summary,
 * and writes only after the person confirms. Ctrl-C or Ctrl-D at any prompt writes nothing.
 */
final class LogPrompts {
  private final Context context;
  private final Library library;

  LogPrompts(Context context) {
    this.context = context;
    this.library = context.library();
  }

  int run() {
    try (Prompter ask = Prompter.open(library.ids())) {
      try {
        return converse(ask);
      } catch (Prompter.Cancelled stop) {
        ask.say("");
        ask.say("Cancelled. Nothing was saved.");
        return ExitCode.CANCELLED.code();
      }
    }
  }

  private int converse(Prompter ask) {
    OffsetDateTime now = context.now().toOffsetDateTime();
    Recommendation r = Coach.prescribe(library, context.history(), now.toLocalDate());
    ask.say("Log a session. Press Enter to take the [default]; Tab completes exercise ids;"
        + " Ctrl-C cancels.");
    List<Performed> done = exercises(ask, r);
    int during = ask.pain("Worst pain during the session (0-10)");
    int after = ask.pain("Pain now (0-10)");
    List<StopSign> signs = new ArrayList<>();
    ask.say("Stop signs: did you notice any of these?");
    for (StopSign s : StopSign.values()) {
      if (ask.yesNo("  " + s.description(), false)) {
        signs.add(s);
      }
    }
    Session session = new Session(Saving.newId(context), now, r.phase(), done, during,
        OptionalInt.empty(), OptionalInt.of(after), Optional.empty());
    ask.say("");
    ask.say("Session at " + now.toLocalTime().withNano(0) + ", " + r.phase().id() + " phase:");
    for (Performed p : done) {
      ask.say("  " + p.exercise() + "  " + p.sets() + " x " + p.amount() + (p.timed() ? " s" : ""));
    }
    ask.say("  worst pain during " + during + ", pain now " + after);
    signs.forEach(s -> ask.say("  stop sign: " + s.description()));
    if (!ask.yesNo("Save this?", true)) {
      ask.say("Nothing was saved.");
      return ExitCode.CANCELLED.code();
    }
    context.append(session);
    for (StopSign s : signs) {
      context.append(new Symptom(Saving.newId(context), now, s, Optional.empty()));
    }
    new SessionSaved(context).print(session);
    if (!signs.isEmpty()) {
      context.out().println("You noted a stop sign: stop exercising and see a doctor or"
          + " physiotherapist" + (signs.stream().anyMatch(StopSign::emergency)
              ? ". A change in bladder or bowel control is an emergency: get help now." : "."));
    }
    return 0;
  }

  private List<Performed> exercises(Prompter ask, Recommendation r) {
    String defaults = String.join(" ", r.exercises().stream().map(p -> p.exercise().id()).toList());
    while (true) {
      String answer = ask.line("Exercises you did", defaults.isEmpty() ? null : defaults);
      List<Performed> done = new ArrayList<>();
      try {
        for (String id : answer.split("[,\\s]+")) {
          if (id.isBlank() || done.stream().anyMatch(d -> d.exercise().equals(id))) {
            continue;
          }
          Exercise e = ExerciseArg.exercise(id, library);
          Prescription base = r.exercises().stream().filter(p -> p.exercise().equals(e))
              .findFirst().orElse(Coach.startDose(library, r.phase(), e));
          done.add(dose(ask, e, base));
        }
        if (!done.isEmpty()) {
          return done;
        }
        ask.say("  Name at least one exercise.");
      } catch (BackcareException bad) {
        ask.say("  " + bad.getMessage());
      }
    }
  }

  private Performed dose(Prompter ask, Exercise e, Prescription base) {
    String unit = switch (e.dose().kind()) {
      case REPETITIONS -> "";
      case HOLD -> "s";
      case MINUTES -> "m";
    };
    int shown = e.dose().kind() == dev.backcare.domain.DoseKind.MINUTES ? base.amount() / 60
        : base.amount();
    String def = base.sets() + "x" + shown + unit;
    while (true) {
      String answer = ask.line("  " + e.id() + ", sets x " + (unit.isEmpty() ? "reps"
          : unit.equals("s") ? "seconds" : "minutes"), def);
      try {
        return ExerciseArg.parse(e.id() + ":" + answer, library, List.of(base), base);
      } catch (BackcareException bad) {
        ask.say("  " + bad.getMessage().replaceFirst("^--exercise [^:]*:[^:]*: ", ""));
      }
    }
  }
}
