package dev.backcare.rules;

import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import dev.backcare.domain.Phase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The days ahead as the rules see them today, for a calendar: each day's phase, week, sessions a
 * day and exercises, or a rest day. Today is what {@code backcare plan} says now; days before the
 * plan's start are in the initial phase, as the coach has them. Later days assume the person
 * trains on every day that is not a rest day and stays within the rules: a new phase begins when
 * its week has come and the days since the last setback are calm (the {@code phase} rule, one
 * phase at a time), and the {@code rest-day} rule counts the training days in the journal before
 * today and the projected ones from today. Doses are not projected: they follow how the back
 * responds. Pure.
 */
public final class Schedule {
  private Schedule() {}

  /** One day ahead. On a rest day {@code exercises} is empty. */
  public record Day(LocalDate date, Phase phase, int week, int timesPerDay,
      List<Exercise> exercises, boolean rest) {}

  /**
   * {@code count} days from {@code today}. None while a stop sign is open: nothing is scheduled
   * until a professional has cleared the person.
   */
  public static List<Day> ahead(Library library, History history, LocalDate today, int count) {
    if (!history.openSymptoms().isEmpty()) {
      return List.of();
    }
    Optional<LocalDate> start = history.planStart().map(PlanStart::start);
    int row = library.thresholds().restAfterTrainingDays();
    Set<LocalDate> trained = new HashSet<>(
        history.trainingDays(today.minusDays(row), today.minusDays(1)));
    List<Session> sinceStart = start.isPresent() ? Plans.sessionsSinceStart(history, start.get())
        : List.of();
    Phase last = sinceStart.isEmpty() ? Phase.INITIAL
        : sinceStart.get(sinceStart.size() - 1).phase();
    int inPhase = (int) Plans.stint(sinceStart, last).stream().map(Session::date).distinct()
        .count();
    Recommendation now = Coach.prescribe(library, history, today);
    List<Day> days = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate d = today.plusDays(i);
      boolean begun = start.isPresent() && !start.get().isAfter(d);
      Phase phase;
      List<Exercise> exercises;
      if (i == 0) {
        phase = now.phase();
        exercises = exercisesOf(now.exercises());
      } else if (begun) {
        Facts f = new Facts(library, history, d);
        phase = Phases.effective(f, start.get(), last, inPhase, Trends.weekly(f),
            Optional.empty()).phase();
        exercises = Plans.exercises(library, history, phase);
      } else {
        phase = Phase.INITIAL;
        exercises = exercisesOf(Coach.startDoses(library, history, phase));
      }
      boolean rest = begun && Plans.week(start.get(), d) >= library.phase(Phase.BUILDING)
          .fromWeek() && afterARow(trained, d, row);
      days.add(new Day(d, phase, begun ? Plans.week(start.get(), d) : 1,
          library.phase(phase).timesPerDay(), rest ? List.of() : exercises, rest));
      if (!rest) {
        trained.add(d);
        if (begun) {
          inPhase = phase == last ? inPhase + 1 : 1;
          last = phase;
        }
      }
    }
    return days;
  }

  private static List<Exercise> exercisesOf(List<Prescription> session) {
    return session.stream().map(Prescription::exercise).toList();
  }

  /** The {@code row} days before {@code day} were all training days. */
  private static boolean afterARow(Set<LocalDate> trained, LocalDate day, int row) {
    for (int i = 1; i <= row; i++) {
      if (!trained.contains(day.minusDays(i))) {
        return false;
      }
    }
    return true;
  }
}
