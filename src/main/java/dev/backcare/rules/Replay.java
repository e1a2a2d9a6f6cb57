package dev.backcare.rules;

import dev.backcare.domain.Event;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What backcare said, or would have said, at a moment in the past: the rules applied to the
 * entries logged by then. An entry logged later, even one dated earlier (with {@code --at}), did
 * not exist at that moment, so it changes nothing here; nor does a correction logged later.
 */
public final class Replay {
  private Replay() {}

  /** One day of a replay: the advice for {@code date}, as it stood at {@code asOf}. */
  public record Day(LocalDate date, Instant asOf, boolean beforeSession, Recommendation advice) {}

  /** The entries known at {@code t}: logged by then, and dated by then. */
  public static History knownAt(List<Event> events, Instant t) {
    return History.of(events.stream().filter(e -> !e.logged().toInstant().isAfter(t)).toList())
        .until(t);
  }

  /** What {@code today} said at {@code t}, for the day {@code t} falls on. */
  public static Recommendation asOf(Library library, List<Event> events, Instant t,
      LocalDate day) {
    return Coach.decide(library, knownAt(events, t), day);
  }

  /**
   * Each day from {@code from} to {@code to}: the advice just before that day's first session (what
   * the person was told to do), or, on a day without one, as the day ended (or now, for today).
   */
  public static List<Day> days(Library library, List<Event> events, LocalDate from,
      LocalDate to, ZoneId zone, Instant now) {
    History all = History.of(events);
    return from.datesUntil(to.plusDays(1)).map(date -> {
      Optional<Session> first = all.sessionsOn(date).stream()
          .min(Comparator.comparing(s -> s.at().toInstant()));
      if (first.isPresent()) {
        Session s = first.get();
        History known = History.of(events.stream()
            .filter(e -> !e.logged().toInstant().isAfter(s.at().toInstant())).toList())
            .before(s);
        return new Day(date, s.at().toInstant(), true, Coach.decide(library, known, date));
      }
      Instant end = date.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
      Instant t = end.isAfter(now) ? now : end;
      return new Day(date, t, false, asOf(library, events, t, date));
    }).toList();
  }
}
