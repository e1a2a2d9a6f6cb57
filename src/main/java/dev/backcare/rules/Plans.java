package dev.backcare.rules;

import dev.backcare.domain.Event.PlanChange;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import dev.backcare.domain.Phase;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The plan as the journal has it: its start, its week, and its exercises in each phase. */
public final class Plans {
  private Plans() {}

  /** Week 1 is the first seven days from the start. */
  public static int week(LocalDate start, LocalDate day) {
    return (int) Math.floorDiv(ChronoUnit.DAYS.between(start, day), 7) + 1;
  }

  /**
   * The exercises of a phase: the phase's defaults (in the initial phase, the exercises chosen at
   * the start instead, if any), plus the ones chosen at the start, then the person's additions and
   * removals in order. Ids the library no longer has are left out.
   */
  public static List<Exercise> exercises(Library library, History history, Phase phase) {
    Set<String> ids = new LinkedHashSet<>();
    Optional<PlanStart> plan = history.planStart();
    List<String> chosen = plan.isPresent() ? plan.get().exercises() : List.of();
    if (chosen.isEmpty() || phase != Phase.INITIAL) {
      ids.addAll(library.phase(phase).exercises());
    }
    ids.addAll(chosen);
    for (PlanChange c : history.planChanges()) {
      if (c.add()) {
        ids.add(c.exercise());
      } else {
        ids.remove(c.exercise());
      }
    }
    List<Exercise> out = new ArrayList<>();
    for (String id : ids) {
      Optional<Exercise> e = library.exercise(id);
      if (e.isPresent()) {
        out.add(e.get());
      }
    }
    return out;
  }

  /** Sessions on or after the plan's start date, oldest first. */
  static List<Session> sessionsSinceStart(History history, LocalDate start) {
    return history.sessionsFrom(start);
  }

  /** The trailing sessions done in {@code phase}: its current stint (empty if it is new). */
  static List<Session> stint(List<Session> sessions, Phase phase) {
    int from = sessions.size();
    while (from > 0 && sessions.get(from - 1).phase() == phase) {
      from--;
    }
    return sessions.subList(from, sessions.size());
  }
}
