package dev.backcare.rules;

import dev.backcare.domain.Event;
import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import dev.backcare.domain.Phase;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The days ahead as the rules see them today, for a calendar: each day's phase, week, sessions a
 * day and exercises, or a rest day. Today is what {@code backcare plan} says now. Later days are
 * the coach's own answers on the journal as it would be if each day went calmly: a morning
 * check-in as good as the best of the last week, and the session as prescribed with pain within
 * the ceiling, on every day that is not a rest day. Doses are not projected: they follow how the
 * back responds. Pure.
 */
public final class Schedule {
  private Schedule() {}

  /** One day ahead. On a rest day {@code exercises} is empty. */
  public record Day(LocalDate date, Phase phase, int week, int timesPerDay,
      List<Exercise> exercises, boolean rest) {}

  /** When the projected check-in and session of a day are. */
  private static final LocalTime CHECK_IN = LocalTime.of(7, 0);
  private static final LocalTime SESSION = LocalTime.of(8, 0);
  private static final LocalTime ASKED = LocalTime.of(7, 30);

  /**
   * {@code count} days from {@code today}. None while a stop sign is open: nothing is scheduled
   * until a professional has cleared the person.
   */
  public static List<Day> ahead(Library library, History history, LocalDate today, int count) {
    if (!history.openSymptoms().isEmpty()) {
      return List.of();
    }
    List<Event> journal = new ArrayList<>(history.events());
    ZoneOffset offset = journal.isEmpty() ? ZoneOffset.UTC
        : journal.get(journal.size() - 1).at().getOffset();
    // A calm morning: the best of the last week's, which a passing flare-up does not set.
    int pain = history.checkInsBetween(today.minusDays(6), today).values().stream()
        .flatMap(List::stream)
        .mapToInt(CheckIn::pain)
        .min()
        .orElse(0);
    int during = Math.min(library.thresholds().painCeiling(), history.sessions().stream()
        .reduce((a, b) -> b).map(Session::during).orElse(0));
    List<Day> days = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate d = today.plusDays(i);
      Recommendation r;
      if (i == 0) {
        r = Coach.prescribe(library, history, today);
        if (history.checkInsOn(d).isEmpty()) {
          journal.add(new CheckIn("projected-" + d, d.atTime(CHECK_IN).atOffset(offset), pain,
              Optional.empty()));
        }
      } else {
        journal.add(new CheckIn("projected-" + d, d.atTime(CHECK_IN).atOffset(offset), pain,
            Optional.empty()));
        OffsetDateTime asked = d.atTime(ASKED).atOffset(offset);
        r = Coach.decide(library, History.of(journal).until(asked.toInstant()), d);
      }
      boolean rest = r.decision() == Decision.REST;
      days.add(new Day(d, r.phase(), r.week(), r.timesPerDay(),
          rest ? List.of() : r.exercises().stream().map(Prescription::exercise).toList(), rest));
      boolean trains = i > 0 || history.sessionsOn(d).isEmpty();
      if (trains && !r.exercises().isEmpty() && r.decision() != Decision.STOP) {
        journal.add(new Session("projected-session-" + d, d.atTime(SESSION).atOffset(offset),
            r.phase(), r.exercises().stream().map(p -> new Performed(p.exercise().id(), p.sets(),
                p.amount(), p.timed())).toList(), during, OptionalInt.empty(),
            OptionalInt.empty(), Optional.empty()));
      }
    }
    return days;
  }
}
