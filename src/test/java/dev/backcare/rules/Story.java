package dev.backcare.rules;

import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Cleared;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event.FunctionRating;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event.Score;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.Event;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import dev.backcare.domain.StopSign;
import dev.backcare.library.LibraryReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A small journal story for rules tests, in days from the plan's start (day 0). Sessions are
 * logged "as given": each one is the prescription at that moment, as `log session` does.
 */
final class Story {
  static final Library LIBRARY = LibraryReader.bundled();
  static final LocalDate START = LocalDate.of(2026, 3, 2);
  private final List<Event> events = new ArrayList<>();
  private final String name;
  private int ids;

  private Story(String name) {
    this.name = name;
  }

  static Story named(String name) {
    return new Story(name);
  }

  Story plan() {
    events.add(new PlanStart(id(), at(0, 6, 0), START, List.of()));
    return this;
  }

  /** A plan saved on day 0 that starts on day {@code startDay}. */
  Story futurePlan(int startDay) {
    events.add(new PlanStart(id(), at(0, 6, 0), START.plusDays(startDay), List.of()));
    return this;
  }

  Story checkIn(int day, int pain) {
    events.add(new CheckIn(id(), at(day, 7, 0), pain, Optional.empty()));
    return this;
  }

  /** A session as prescribed, at 08:00 on {@code day}. */
  Story session(int day, int during) {
    return session(day, 8, during, OptionalInt.empty());
  }

  /** A check-in at {@code hour:minute} on {@code day} (a negative day is before the start). */
  Story checkInAt(int day, int hour, int minute, int pain) {
    events.add(new CheckIn(id(), at(day, hour, minute), pain, Optional.empty()));
    return this;
  }

  /** A session as prescribed at {@code hour:minute}, with pain during and, if given, after. */
  Story sessionAt(int day, int hour, int minute, int during, OptionalInt after) {
    OffsetDateTime at = at(day, hour, minute);
    Recommendation r = Coach.prescribe(LIBRARY, History.of(events).until(at.toInstant()),
        at.toLocalDate());
    List<Performed> done = r.exercises().stream()
        .map(p -> new Performed(p.exercise().id(), p.sets(), p.amount(), p.timed()))
        .toList();
    events.add(new Session(id(), at, r.phase(), done, during, OptionalInt.empty(), after,
        Optional.empty()));
    return this;
  }

  Story sessionWithBefore(int day, int before, int during) {
    return session(day, 8, during, OptionalInt.of(before));
  }

  Story session(int day, int hour, int during, OptionalInt before) {
    return session(day, hour, during, before, List.of());
  }

  /** A session as prescribed, at 08:00, logged with stop signs noticed in it. */
  Story sessionWithStopSigns(int day, int during, StopSign... signs) {
    return session(day, 8, during, OptionalInt.empty(), List.of(signs));
  }

  private Story session(int day, int hour, int during, OptionalInt before, List<StopSign> signs) {
    OffsetDateTime at = at(day, hour, 0);
    Recommendation r = Coach.prescribe(LIBRARY, History.of(events).until(at.toInstant()),
        at.toLocalDate());
    List<Performed> done = new ArrayList<>();
    for (Prescription p : r.exercises()) {
      done.add(new Performed(p.exercise().id(), p.sets(), p.amount(), p.timed()));
    }
    if (done.isEmpty()) {
      throw new IllegalStateException(name + ": nothing prescribed on day " + day + " ("
          + r.decision() + ")");
    }
    events.add(new Session(id(), at, r.phase(), done, during, before, OptionalInt.empty(),
        Optional.empty(), signs));
    return this;
  }

  /** A session with exactly these exercises done. */
  Story sessionOf(int day, int during, Performed... done) {
    OffsetDateTime at = at(day, 8, 0);
    Recommendation r = Coach.prescribe(LIBRARY, History.of(events).until(at.toInstant()),
        at.toLocalDate());
    events.add(new Session(id(), at, r.phase(), List.of(done), during, OptionalInt.empty(),
        OptionalInt.empty(), Optional.empty()));
    return this;
  }

  /**
   * A routine: a morning check-in of {@code pain}, then a session as prescribed peaking at {@code
   * during}; on a rest day, no session.
   */
  Story days(int from, int to, int pain, int during) {
    for (int d = from; d <= to; d++) {
      checkIn(d, pain);
      OffsetDateTime at = at(d, 8, 0);
      Decision today = Coach.prescribe(LIBRARY, History.of(events).until(at.toInstant()),
          at.toLocalDate()).decision();
      if (today != Decision.REST) {
        session(d, during);
      }
    }
    return this;
  }

  Story symptom(int day, StopSign kind) {
    events.add(new Symptom(id(), at(day, 12, 0), kind, Optional.empty()));
    return this;
  }

  /** A correction at 14:00 on {@code day} that voids the event added last. */
  Story voidLast(int day) {
    String target = events.get(events.size() - 1).id();
    events.add(new Correction(id(), at(day, 14, 0), target, Optional.empty()));
    return this;
  }

  /** A rating on the functional scale at 07:30 on {@code day}: "activity=score" each. */
  Story function(int day, String... ratings) {
    List<Score> scores = new ArrayList<>();
    for (String r : ratings) {
      String[] parts = r.split("=");
      scores.add(new Score(parts[0], Integer.parseInt(parts[1])));
    }
    events.add(new FunctionRating(id(), at(day, 7, 30), scores, Optional.empty()));
    return this;
  }

  Story cleared(int day) {
    events.add(new Cleared(id(), at(day, 13, 0), Optional.empty()));
    return this;
  }

  /** What the coach says at 09:30 on {@code day}, or at {@code time}. */
  Recommendation on(int day) {
    return on(day, LocalTime.of(9, 30));
  }

  Recommendation on(int day, LocalTime time) {
    OffsetDateTime now = START.plusDays(day).atTime(time).atOffset(ZoneOffset.UTC);
    return Coach.decide(LIBRARY, History.of(events).until(now.toInstant()), now.toLocalDate());
  }

  List<Event> events() {
    return events;
  }

  private String id() {
    return "e" + (++ids);
  }

  private static OffsetDateTime at(int day, int hour, int minute) {
    return START.plusDays(day).atTime(hour, minute).atOffset(ZoneOffset.UTC);
  }

  @Override
  public String toString() {
    return name;
  }
}
