package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.History;
import dev.backcare.domain.StopSign;
import dev.backcare.journal.Ids;
import java.util.List;

/** Helpers the {@code log} and {@code plan} commands share: ids, times, stop-sign reminders. */
final class Saving {
  private Saving() {}

  static String newId(Context context) {
    return Ids.next(context.history()::contains);
  }

  /** The stop sign {@code kind} names, or bad input that lists the kinds. */
  static StopSign stopSign(String kind, String what) {
    return StopSign.fromId(kind.strip()).orElseThrow(() -> BackcareException.badInput(
        "unknown " + what + " \"" + kind + "\"; use one of " + StopSign.ids()));
  }

  /** What to do while a stop sign is open: never an invitation to train. */
  static String stopAdvice(StopSign.Care care) {
    return switch (care) {
      case EMERGENCY -> "This is an emergency: get urgent medical care now. Do not exercise"
          + " until a professional has cleared you; then run: backcare log cleared";
      case DOCTOR_URGENTLY -> "See a doctor urgently, today if you can. Do not exercise until"
          + " they have cleared you; then run: backcare log cleared";
      case PROFESSIONAL -> "Stop exercising and see a doctor or physiotherapist. When they have"
          + " cleared you, run: backcare log cleared";
    };
  }

  /** The advice for the most urgent of the open stop signs. */
  static String stopAdvice(List<Symptom> open) {
    return stopAdvice(StopSign.mostUrgent(open).orElseThrow().kind().care());
  }

  /** A reminder on stderr when a stop sign is still open. */
  static void warnIfStopped(Context context) {
    List<Symptom> open = context.history().openSymptoms();
    if (!open.isEmpty()) {
      Symptom s = open.get(open.size() - 1);
      context.err().println("backcare: warning: a stop sign is still open (" + s.kind().id()
          + " on " + s.date() + "): please see a professional before you exercise again.");
    }
  }
}
