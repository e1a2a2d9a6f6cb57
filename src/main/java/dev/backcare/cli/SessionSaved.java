package dev.backcare.cli;

import dev.backcare.domain.Event.Session;

/** What {@code log session} says once a session is safely saved. */
final class SessionSaved {
  private final Context context;

  SessionSaved(Context context) {
    this.context = context;
  }

  void print(Session s) {
    int ceiling = context.library().thresholds().painCeiling();
    int n = s.exercises().size();
    context.out().println("Saved session " + s.id() + ": " + n + (n == 1 ? " exercise" : " exercises")
        + ", worst pain during " + s.during() + ".");
    if (s.during() > ceiling) {
      context.out().println("Pain went above " + ceiling + " (the ceiling), so your next session"
          + " will be lighter.");
    }
    Saving.warnIfStopped(context);
    context.out().println("Tomorrow morning, before you train, log how your back feels:"
        + " backcare log pain N");
  }
}
