package dev.backcare.rules;

import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import dev.backcare.domain.Phase;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The 10 % rule on every day, not only on a step up: today's doses never lift an exercise's volume
 * over the last seven days (today's sessions to come included) more than the library's cap above
 * the seven days before. The initial phase has no cap (its two or three repetitions are the
 * program's own), and nor do the first seven days of a phase, whose starting doses come from the
 * program; days before a phase began count at its starting dose, once per session that day, so
 * that weeks compare like with like (as the {@code progress} rule counts them).
 */
public final class WeeklyCap {
  private WeeklyCap() {}

  /**
   * The rule as it stood at the end of {@code day}, in {@code phase}: whether it applied, when the
   * phase's current stint began, and the exercises whose last seven days' volume rose more than
   * the cap above the seven before, counted as the coach counts them. The report flags these.
   *
   * @param applies false in the initial phase, before the phase's first session, and in its first
   *     seven days, whose starting doses come from the program
   */
  public record Check(Phase phase, Optional<LocalDate> phaseBegan, boolean applies,
      Set<String> above) {}

  /** The {@link Check} of {@code day}, for the exercises in {@code exercises}. */
  public static Check check(Library library, History history, LocalDate day, Phase phase,
      Collection<String> exercises) {
    LocalDate planStart = history.planStart().map(PlanStart::start).orElse(day);
    List<Session> done = Plans.sessionsSinceStart(history, planStart).stream()
        .filter(s -> !s.date().isAfter(day)).toList();
    List<Session> stint = Plans.stint(done, phase);
    Optional<LocalDate> began = stint.isEmpty() ? Optional.empty()
        : Optional.of(stint.get(0).date());
    if (phase == Phase.INITIAL || began.isEmpty()
        || ChronoUnit.DAYS.between(began.get(), day) < 7) {
      return new Check(phase, began, false, Set.of());
    }
    Facts f = new Facts(library, history, day);
    Set<String> above = new TreeSet<>();
    for (String id : exercises) {
      Optional<Exercise> e = library.exercise(id);
      if (e.isEmpty()) {
        continue;
      }
      Prescription start = Doses.start(library, phase, e.get());
      Week w = week(f, start, began.get(), start);
      if (w.before() > 0 && w.recent() > w.limit()) {
        above.add(id);
      }
    }
    return new Check(phase, began, true, Set.copyOf(above));
  }

  /** The session within the cap, and the reason when it had to be lowered. */
  record Result(List<Prescription> session, Optional<Reason> reason) {}

  static Result apply(Facts f, Phase phase, List<Session> stint, List<Prescription> session) {
    if (phase == Phase.INITIAL || stint.isEmpty() || session.isEmpty()) {
      return new Result(session, Optional.empty());
    }
    LocalDate began = stint.get(0).date();
    if (ChronoUnit.DAYS.between(began, f.today) < 7) {
      return new Result(session, Optional.empty());
    }
    List<Prescription> out = new ArrayList<>();
    List<String> lowered = new ArrayList<>();
    for (Prescription p : session) {
      Week w = week(f, p, began, Doses.start(f.library, phase, p.exercise()));
      if (w.before() == 0 || w.remaining() == 0 || w.with(p.sets(), p.amount()) <= w.limit()) {
        out.add(p);
        continue;
      }
      long room = grid(p, Math.max(0, w.limit() - w.recent()) / ((long) w.remaining() * p.sets()));
      if (room < Doses.floor(p.exercise())) {
        lowered.add(p.exercise().id() + " rests today");
        continue;
      }
      out.add(p.withAmount((int) Math.min(room, p.amount()), p.restSeconds()));
      lowered.add(p.exercise().id() + " a little lower");
    }
    if (lowered.isEmpty()) {
      return new Result(session, Optional.empty());
    }
    return new Result(List.copyOf(out), Optional.of(new Reason(Rule.PROGRESS, "the "
        + f.t.weeklyVolumeCapPercent() + " % weekly limit on volume: the last seven days would"
        + " otherwise rise more than that above the seven before, so " + String.join(", ",
            lowered)).because(new Reason.Threshold("weeklyVolumeCapPercent",
                f.t.weeklyVolumeCapPercent()))));
  }

  /** An amount rounded down to what a dose can be: whole reps, 5 s of a hold, whole minutes. */
  private static long grid(Prescription p, long amount) {
    int unit = switch (p.kind()) {
      case REPETITIONS -> 1;
      case HOLD -> 5;
      case MINUTES -> 60;
    };
    return amount / unit * unit;
  }

  /**
   * What the cap compares for one exercise today: the volume of the seven days before last week
   * ({@code before}), of the last seven days with today's sessions so far ({@code recent}), the
   * sessions still to come today ({@code remaining}) and the most the last seven may reach.
   */
  record Week(long before, long recent, int remaining, long limit) {
    /** The last seven days' volume once today's remaining sessions are done at this dose. */
    long with(int sets, int amount) {
      return recent + (long) remaining * sets * amount;
    }
  }

  /** The {@link Week} of {@code p}'s exercise; days before {@code began} count at {@code start}. */
  static Week week(Facts f, Prescription p, LocalDate began, Prescription start) {
    long before = volume(f, p, f.today.minusDays(13), f.today.minusDays(7), began, start);
    long recent = volume(f, p, f.today.minusDays(6), f.today, began, start);
    int remaining = Math.max(0, expectedSessions(f) - f.sessionsToday().size());
    return new Week(before, recent, remaining,
        before * (100 + f.t.weeklyVolumeCapPercent()) / 100);
  }

  /** Today's sessions: as many as on the latest training day before today, at least one. */
  static int expectedSessions(Facts f) {
    return Math.max(1, f.history.trainingDayOnOrBefore(f.today.minusDays(1))
        .map(d -> f.history.sessionsOn(d).size())
        .orElse(1));
  }

  /**
   * An exercise's volume over days from..to: what was done, and on days before the phase began,
   * its starting dose once per session that day.
   */
  private static long volume(Facts f, Prescription p, LocalDate from, LocalDate to,
      LocalDate began, Prescription start) {
    long sum = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      sum += d.isBefore(began)
          ? (long) f.history.sessionsOn(d).size() * start.sets() * start.amount()
          : f.volume(p.exercise().id(), d, d);
    }
    return sum;
  }
}
