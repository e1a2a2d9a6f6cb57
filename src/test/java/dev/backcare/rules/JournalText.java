package dev.backcare.rules;

import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Cleared;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.PlanChange;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.Event;
import dev.backcare.domain.StopSign;
import java.util.List;
import java.util.stream.Collectors;

/** A journal as short lines a person can read in a failed property's message. */
final class JournalText {
  private JournalText() {}

  static String lines(List<Event> events) {
    return events.stream().map(JournalText::line).collect(Collectors.joining("\n  ", "  ", ""));
  }

  static String line(Event e) {
    String head = e.id() + " " + e.at() + " ";
    if (e instanceof PlanStart p) {
      return head + "plan start " + p.start()
          + (p.exercises().isEmpty() ? "" : " " + p.exercises());
    } else if (e instanceof PlanChange c) {
      return head + "plan " + (c.add() ? "add " : "remove ") + c.exercise();
    } else if (e instanceof CheckIn c) {
      return head + "check-in pain " + c.pain();
    } else if (e instanceof Session s) {
      String done = s.exercises().stream().map(JournalText::performed)
          .collect(Collectors.joining(", "));
      return head + "session " + s.phase().id() + " [" + done + "] peak " + s.during()
          + (s.before().isPresent() ? " before " + s.before().getAsInt() : "")
          + (s.stopSigns().isEmpty() ? ""
              : " stop signs " + s.stopSigns().stream().map(StopSign::id).toList());
    } else if (e instanceof Symptom s) {
      return head + "symptom " + s.kind().id();
    } else if (e instanceof Cleared) {
      return head + "cleared";
    } else if (e instanceof Correction c) {
      return head + "void " + c.target();
    }
    throw new IllegalArgumentException(e.toString());
  }

  static String doses(List<Prescription> session) {
    return session.stream().map(p -> p.exercise().id() + " " + p.sets() + "x" + p.amount()
        + (p.timed() ? "s" : "") + (p.previous().isPresent() ? " (was "
        + p.previous().getAsInt() + ")" : "")).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String performed(Performed p) {
    return p.exercise() + " " + p.sets() + "x" + p.amount() + (p.timed() ? "s" : "");
  }
}
