package dev.backcare.domain;

import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Cleared;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event.PlanChange;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * The journal as the rules see it: corrections applied, events in time order (not file order),
 * grouped by the local date on the person's clock.
 */
public final class History {
  private final List<Event> events;
  private final Map<String, String> types = new HashMap<>();
  private final Set<String> voided = new HashSet<>();
  private final NavigableMap<LocalDate, List<Session>> sessionsByDate = new TreeMap<>();
  private final NavigableMap<LocalDate, List<CheckIn>> checkInsByDate = new TreeMap<>();
  private final List<Session> sessions = new ArrayList<>();
  private final List<CheckIn> checkIns = new ArrayList<>();
  private PlanStart planStart;
  private final List<PlanChange> planChanges = new ArrayList<>();
  private final List<Symptom> symptoms = new ArrayList<>();
  private final List<Symptom> openSymptoms = new ArrayList<>();

  private History(List<Event> all) {
    for (Event e : all) {
      types.put(e.id(), e.type());
      if (e instanceof Correction c) {
        voided.add(c.target());
      }
    }
    List<Event> kept = new ArrayList<>();
    for (Event e : all) {
      if (!voided.contains(e.id())) {
        kept.add(e);
      }
    }
    // A stable sort: events at the same instant keep their order in the file.
    kept.sort(Comparator.comparing((Event e) -> e.at().toInstant()));
    this.events = List.copyOf(kept);
    for (Event e : events) {
      index(e);
    }
  }

  public static History of(List<Event> events) {
    return new History(events);
  }

  private void index(Event e) {
    if (e instanceof Session s) {
      sessions.add(s);
      sessionsByDate.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s);
      for (StopSign kind : s.stopSigns()) {
        symptom(new Symptom(s.id(), s.at(), kind, Optional.empty()));
      }
    } else if (e instanceof CheckIn c) {
      checkIns.add(c);
      checkInsByDate.computeIfAbsent(c.date(), d -> new ArrayList<>()).add(c);
    } else if (e instanceof PlanStart p) {
      planStart = p;
      planChanges.clear();
    } else if (e instanceof PlanChange c) {
      planChanges.add(c);
    } else if (e instanceof Symptom s) {
      symptom(s);
    } else if (e instanceof Cleared) {
      openSymptoms.clear();
    }
  }

  private void symptom(Symptom s) {
    symptoms.add(s);
    openSymptoms.add(s);
  }

  /** Every stop sign logged, oldest first: symptoms, and those logged with a session. */
  public List<Symptom> symptoms() {
    return symptoms;
  }

  /** Every event not voided, oldest first. */
  public List<Event> events() {
    return events;
  }

  public boolean contains(String id) {
    return types.containsKey(id);
  }

  public boolean isVoided(String id) {
    return voided.contains(id);
  }

  /** The type of the event with this id, voided or not, if the journal has it. */
  public Optional<String> typeOf(String id) {
    return Optional.ofNullable(types.get(id));
  }

  /** The History as it stood at {@code instant}: later events left out. */
  public History until(Instant instant) {
    List<Event> before = new ArrayList<>();
    for (Event e : events) {
      if (!e.at().toInstant().isAfter(instant)) {
        before.add(e);
      }
    }
    return new History(before);
  }

  public Optional<PlanStart> planStart() {
    return Optional.ofNullable(planStart);
  }

  /** Plan changes made since the latest plan start, oldest first. */
  public List<PlanChange> planChanges() {
    return planChanges;
  }

  /**
   * Stop signs logged since the last clearing: symptoms, and those a session was logged with (as
   * symptoms with the session's id and time).
   */
  public List<Symptom> openSymptoms() {
    return openSymptoms;
  }

  public List<Session> sessions() {
    return sessions;
  }

  public List<CheckIn> checkIns() {
    return checkIns;
  }

  public List<Session> sessionsOn(LocalDate date) {
    return sessionsByDate.getOrDefault(date, List.of());
  }

  public boolean isTrainingDay(LocalDate date) {
    return sessionsByDate.containsKey(date);
  }

  /** The latest training day on or before {@code date}. */
  public Optional<LocalDate> trainingDayOnOrBefore(LocalDate date) {
    return Optional.ofNullable(sessionsByDate.floorKey(date));
  }

  /** Training days from {@code from} to {@code to}, both included. */
  public Set<LocalDate> trainingDays(LocalDate from, LocalDate to) {
    return sessionsByDate.subMap(from, true, to, true).keySet();
  }

  public List<CheckIn> checkInsOn(LocalDate date) {
    return checkInsByDate.getOrDefault(date, List.of());
  }

  public NavigableMap<LocalDate, List<CheckIn>> checkInsBetween(LocalDate from, LocalDate to) {
    return checkInsByDate.subMap(from, true, to, true);
  }

  /** The first check-in of a day: the morning check-in. */
  public OptionalInt morningPain(LocalDate date) {
    List<CheckIn> day = checkInsOn(date);
    return day.isEmpty() ? OptionalInt.empty() : OptionalInt.of(day.get(0).pain());
  }

  /**
   * The baseline of a training day: its first check-in before its first session, else the pain
   * before its first session.
   */
  public OptionalInt baseline(LocalDate trainingDay) {
    List<Session> day = sessionsOn(trainingDay);
    if (day.isEmpty()) {
      return OptionalInt.empty();
    }
    Session first = day.get(0);
    for (CheckIn c : checkInsOn(trainingDay)) {
      if (c.at().toInstant().isBefore(first.at().toInstant())) {
        return OptionalInt.of(c.pain());
      }
    }
    return first.before();
  }

  /**
   * The next-day check of a training day: the first check-in on the following date, else the pain
   * before that date's first session.
   */
  public OptionalInt nextDayCheck(LocalDate trainingDay) {
    LocalDate next = trainingDay.plusDays(1);
    OptionalInt morning = morningPain(next);
    if (morning.isPresent()) {
      return morning;
    }
    List<Session> day = sessionsOn(next);
    return day.isEmpty() ? OptionalInt.empty() : day.get(0).before();
  }
}
