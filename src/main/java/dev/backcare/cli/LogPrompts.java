package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.ExitCode;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.Library;
import dev.backcare.domain.Pain;
import dev.backcare.domain.StopSign;
import dev.backcare.rules.Coach;
import dev.backcare.rules.Prescription;
import dev.backcare.rules.Recommendation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

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
    try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
      LineReader reader = LineReaderBuilder.builder().terminal(terminal)
          .completer(new StringsCompleter(library.ids())).build();
      Prompter ask = new Prompter(reader, terminal.writer());
      try {
        return converse(ask);
      } catch (UserInterruptException | EndOfFileException stop) {
        terminal.writer().println();
        terminal.writer().println("Cancelled. Nothing was saved.");
        terminal.writer().flush();
        return ExitCode.CANCELLED.code();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int converse(Prompter ask) {
    OffsetDateTime now = context.now().toOffsetDateTime();
    Recommendation r = Coach.prescribe(library, context.history(), now.toLocalDate());
    ask.say("Log a session. Press Enter to take the [default]; Tab completes exercise ids;"
        + " Ctrl-C cancels.");
    List<Performed> done = exercises(ask, r);
    int during = ask.pain("Worst pain during the session (0-10)", null);
    int after = ask.pain("Pain now (0-10)", null);
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

  /** Questions with defaults, re-asked until the answer is valid. */
  private record Prompter(LineReader reader, java.io.PrintWriter out) {
    void say(String text) {
      out.println(text);
      out.flush();
    }

    String line(String question, String def) {
      String answer = reader.readLine(question + (def == null ? "" : " [" + def + "]") + ": ")
          .strip();
      return answer.isEmpty() && def != null ? def : answer;
    }

    int pain(String question, Integer def) {
      while (true) {
        String answer = line(question, def == null ? null : def.toString());
        try {
          return Pain.parse("pain", answer);
        } catch (BackcareException bad) {
          say("  Please answer with a whole number from 0 (none) to 10 (worst imaginable).");
        }
      }
    }

    boolean yesNo(String question, boolean def) {
      while (true) {
        String answer = line(question + (def ? " (Y/n)" : " (y/N)"), null).toLowerCase();
        if (answer.isEmpty()) {
          return def;
        }
        if (answer.equals("y") || answer.equals("yes")) {
          return true;
        }
        if (answer.equals("n") || answer.equals("no")) {
          return false;
        }
        say("  Please answer y or n.");
      }
    }
  }
}
