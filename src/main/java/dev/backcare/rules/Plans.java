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

  /** The exercise that only comes in when bending backward eases the person's pain. */
  public static final String EXTENSION = "prone-press-up";

  /**
   * The exercises of a phase as on the plan's first day (in the initial phase, only the first
   * ones: see {@link #exercises(Library, History, Phase, LocalDate)}).
   */
  public static List<Exercise> exercises(Library library, History history, Phase phase) {
    return exercises(library, history, phase,
        history.planStart().map(PlanStart::start).orElse(LocalDate.MIN));
  }

  /**
   * The exercises of a phase on {@code today}: the phase's defaults (in the initial phase, the
   * ones brought in by then, one at a time: see {@link Introductions}), plus the ones chosen at the
   * start, then the person's additions and removals in order. Ids the library no longer has are
   * left out, and so is {@link #EXTENSION} unless the person said backward bending eases their
   * pain.
   */
  public static List<Exercise> exercises(Library library, History history, Phase phase,
      LocalDate today) {
    Set<String> ids = new LinkedHashSet<>();
    Optional<PlanStart> plan = history.planStart();
    List<String> chosen = plan.isPresent() ? plan.get().exercises() : List.of();
    ids.addAll(phase == Phase.INITIAL ? Introductions.on(library, history, today).ids()
        : library.phase(phase).exercises());
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
      if (e.isPresent() && allowed(history, id)) {
        out.add(e.get());
      }
    }
    return out;
  }

  /**
   * The {@code progress} reason when an initial-phase exercise has just come in (for example "a
   * new exercise: single knee hug, after 3 calm training days"), to be said on {@code today}.
   */
  public static Optional<Reason> introduced(Library library, History history, LocalDate today) {
    return Introductions.reason(library, history, today);
  }

  /** The person said at the plan's start that bending backward eases or centralises their pain. */
  public static boolean extensionEases(History history) {
    return history.planStart().map(PlanStart::extensionEases).orElse(false);
  }

  /** Whether the plan may hold exercise {@code id}: {@link #EXTENSION} only if it eases. */
  static boolean allowed(History history, String id) {
    return !id.equals(EXTENSION) || extensionEases(history);
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
