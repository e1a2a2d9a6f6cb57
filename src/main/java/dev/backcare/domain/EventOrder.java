package dev.backcare.domain;

import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Cleared;
import dev.backcare.domain.Event.PlanChange;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import java.util.Comparator;

/**
 * The order of a history's events: by time, so the order of lines in the file never counts. At
 * one instant (a script, or two commands in one second), the order they can only have happened
 * in: a plan before its changes, a check-in before a session, a stop sign before its clearing;
 * then by id.
 */
final class EventOrder {
  private EventOrder() {}

  /** A class, not Comparator.comparing: see the README's Speed section on lambdas at start-up. */
  static final Comparator<Event> IN_TIME = new Comparator<>() {
    @Override
    public int compare(Event a, Event b) {
      int c = a.at().toInstant().compareTo(b.at().toInstant());
      if (c == 0) {
        c = Integer.compare(sameInstantRank(a), sameInstantRank(b));
      }
      return c != 0 ? c : a.id().compareTo(b.id());
    }
  };

  private static int sameInstantRank(Event e) {
    if (e instanceof PlanStart) {
      return 0;
    } else if (e instanceof PlanChange) {
      return 1;
    } else if (e instanceof CheckIn) {
      return 2;
    } else if (e instanceof Session) {
      return 3;
    } else if (e instanceof Symptom) {
      return 4;
    } else if (e instanceof Cleared) {
      return 5;
    }
    return 6;
  }
}
