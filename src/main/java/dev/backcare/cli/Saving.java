package dev.backcare.cli;

import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.History;
import dev.backcare.journal.Ids;
import java.util.List;

/** Helpers the {@code log} and {@code plan} commands share: ids, times, stop-sign reminders. */
final class Saving {
  private Saving() {}

  static String newId(Context context) {
    History h = context.history();
    return Ids.next(h::contains);
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
