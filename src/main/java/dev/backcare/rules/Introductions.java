package dev.backcare.rules;

import dev.backcare.domain.Event.PlanChange;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import dev.backcare.domain.Phase;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The initial phase's exercises come in one at a time, as "Best Exercises for Back Pain Relief
 * (2026 Guide)" advises: start with the two movements that feel best, and add the others as
 * confidence grows. A plan starts with the first two of the phase's list (or the ones chosen at
 * the start); each time the person has had {@code daysBetweenProgressions} training days in the
 * initial phase with no reduction (no pain above the ceiling, a next morning no worse than before),
 * the next one of the list comes in. A harder version (one whose easier version is in the list)
 * waits until the easier one is in. A flare-up (a pain at or above {@code flareUpPain}, or a next
 * morning {@code flareUpNextDayMargin} worse) or a gap of {@link Setbacks#LONG_GAP_DAYS} days goes
 * back to the first ones. Pure: a function of the history and the day.
 */
final class Introductions {
  private Introductions() {}

  /** How many of the initial phase's exercises a plan starts with: the two that feel best. */
  static final int FIRST = 2;

  /** One exercise brought in: from {@code date}, after {@code calmDays} calm training days. */
  record Step(LocalDate date, String exercise, int calmDays) {}

  /** The exercise ids in the initial phase on a day, in order, and the steps that brought them. */
  record Result(List<String> ids, List<Step> steps) {}

  /** The initial phase's exercises on {@code today}; training days before it count. */
  static Result on(Library library, History history, LocalDate today) {
    Optional<PlanStart> plan = history.planStart();
    List<String> list = library.phase(Phase.INITIAL).exercises().stream()
        .filter(id -> Plans.allowed(history, id))
        .toList();
    List<String> chosen = plan.isPresent() ? plan.get().exercises() : List.of();
    List<String> first = chosen.isEmpty() ? list.subList(0, Math.min(FIRST, list.size())) : chosen;
    List<String> queue = new ArrayList<>(list);
    queue.removeAll(first);
    queue.removeAll(changed(history));
    Set<String> in = new HashSet<>(first);
    in.addAll(added(history));
    List<Step> steps = new ArrayList<>();
    if (plan.isEmpty()) {
      return new Result(first, steps);
    }
    Facts f = new Facts(library, history, today);
    int needed = f.t.daysBetweenProgressions();
    int calm = 0;
    LocalDate lastTraining = null;
    for (LocalDate d = plan.get().start(); !d.isAfter(today); d = d.plusDays(1)) {
      boolean trained = d.isBefore(today)
          && f.history.sessionsOn(d).stream().anyMatch(s -> s.phase() == Phase.INITIAL);
      if (flareUp(f, d, trained) || (trained && lastTraining != null
          && ChronoUnit.DAYS.between(lastTraining, d) >= Setbacks.LONG_GAP_DAYS)) {
        steps.forEach(s -> queue.add(s.exercise()));
        queue.sort((a, b) -> Integer.compare(list.indexOf(a), list.indexOf(b)));
        steps.forEach(s -> in.remove(s.exercise()));
        steps.clear();
        calm = 0;
      }
      if (!trained) {
        continue;
      }
      lastTraining = d;
      if (!f.withinRules(d)) {
        calm = 0;
        continue;
      }
      calm++;
      if (calm < needed) {
        continue;
      }
      Optional<String> next = queue.stream().filter(id -> ready(library, list, in, id)).findFirst();
      if (next.isPresent()) {
        steps.add(new Step(d.plusDays(1), next.get(), calm));
        queue.remove(next.get());
        in.add(next.get());
        calm = 0;
      }
    }
    List<String> ids = new ArrayList<>(first);
    list.stream().filter(id -> steps.stream().anyMatch(s -> s.exercise().equals(id)))
        .forEach(ids::add);
    return new Result(List.copyOf(ids), List.copyOf(steps));
  }

  /**
   * The {@code progress} reason on a day when an exercise has come in and no training day has
   * passed since.
   */
  static Optional<Reason> reason(Library library, History history, LocalDate today) {
    List<Step> steps = on(library, history, today).steps();
    if (steps.isEmpty()) {
      return Optional.empty();
    }
    Step last = steps.get(steps.size() - 1);
    for (LocalDate d = last.date(); d.isBefore(today); d = d.plusDays(1)) {
      if (history.isTrainingDay(d)) {
        return Optional.empty();
      }
    }
    String name = library.exercise(last.exercise()).map(Exercise::name).orElse(last.exercise());
    return Optional.of(new Reason(Rule.PROGRESS, "a new exercise: "
        + name.toLowerCase(Locale.ROOT) + ", after " + last.calmDays()
        + " calm training days"));
  }

  /** A flare-up on day {@code d}: a pain that high, or (after training) a next morning that bad. */
  private static boolean flareUp(Facts f, LocalDate d, boolean trained) {
    if (f.felt(d).stream().anyMatch(x -> x.pain() >= f.t.flareUpPain())) {
      return true;
    }
    OptionalInt rise = trained ? f.nextDayRise(d) : OptionalInt.empty();
    return rise.isPresent() && rise.getAsInt() >= f.t.flareUpNextDayMargin();
  }

  /** An exercise may come in once its easier version, if the list has it, is in. */
  private static boolean ready(Library library, List<String> list, Set<String> in, String id) {
    Optional<String> easier = library.exercise(id).flatMap(Exercise::regression);
    return easier.isEmpty() || !list.contains(easier.get()) || in.contains(easier.get());
  }

  /** The exercises the person added or removed: those are theirs, not the list's. */
  private static Set<String> changed(History history) {
    Set<String> out = new HashSet<>();
    for (PlanChange c : history.planChanges()) {
      out.add(c.exercise());
    }
    return out;
  }

  private static Set<String> added(History history) {
    Set<String> out = new HashSet<>();
    for (PlanChange c : history.planChanges()) {
      if (c.add()) {
        out.add(c.exercise());
      } else {
        out.remove(c.exercise());
      }
    }
    return out;
  }
}
