package dev.backcare.cli;

import dev.backcare.domain.Event;
import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Cleared;
import dev.backcare.domain.Event.FunctionRating;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.PlanChange;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.StopSign;
import dev.backcare.text.Printable;
import java.util.Optional;
import java.util.function.Predicate;

/** The command line that logs an entry again, as {@code undo} prints it. */
final class Redo {
  private Redo() {}

  /**
   * The command that would log {@code e} again; {@code minutes} tells the exercises counted in
   * minutes. Empty for a kind that has none.
   */
  static Optional<String> of(Event e, Predicate<String> minutes) {
    String at = " --at " + e.at().toLocalDateTime().toLocalDate() + "T"
        + EntryList.time(e.at()).substring(11);
    if (e instanceof CheckIn c) {
      return Optional.of("backcare log pain " + c.pain() + at + noteOption(c.note()));
    } else if (e instanceof Session s) {
      StringBuilder b = new StringBuilder("backcare log session --during " + s.during());
      s.before().ifPresent(n -> b.append(" --before ").append(n));
      s.after().ifPresent(n -> b.append(" --after ").append(n));
      for (Performed p : s.exercises()) {
        b.append(" --exercise ").append(shell(p.exercise())).append(':').append(p.sets())
            .append('x').append(!p.timed() ? Integer.toString(p.amount())
                : minutes.test(p.exercise()) ? p.amount() / 60 + "m" : p.amount() + "s");
      }
      for (StopSign sign : s.stopSigns()) {
        b.append(" --stop-sign ").append(sign.id());
      }
      return Optional.of(b + at + noteOption(s.note()));
    } else if (e instanceof Symptom s) {
      return Optional.of("backcare log symptom " + s.kind().id() + at + noteOption(s.note()));
    } else if (e instanceof Cleared c) {
      return Optional.of("backcare log cleared" + at + noteOption(c.note()));
    } else if (e instanceof FunctionRating f) {
      return Optional.of("backcare log function " + String.join(" ", f.scores().stream()
          .map(x -> shell(x.activity() + "=" + x.score())).toList()) + at + noteOption(f.note()));
    } else if (e instanceof PlanChange c) {
      return Optional.of("backcare plan " + (c.add() ? "add " : "remove ")
          + shell(c.exercise()));
    }
    return Optional.empty();
  }

  private static String noteOption(Optional<String> note) {
    return note.map(n -> " --note " + shell(n)).orElse("");
  }

  /** {@code s} as one shell word, made printable: single-quoted when it needs it. */
  static String shell(String s) {
    String p = Printable.line(s, 200);
    return p.matches("[A-Za-z0-9_.:,/+=-]+") ? p : "'" + p.replace("'", "'\\''") + "'";
  }
}
