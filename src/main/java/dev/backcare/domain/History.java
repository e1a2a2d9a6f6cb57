package dev.backcare.domain;

import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Cleared;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event.FunctionRating;
import dev.backcare.domain.Event.PlanChange;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The journal as the rules see it: corrections applied, events in time order (not file order),
 * grouped by the local date on the person's clock. Always the whole journal: a history may be cut
 * at an instant or before an event ({@link #until}, {@link #before}), never at its start.
 *
 * <p>Longer than most classes (about 330 lines): the queries, the cuts and the fold of the plan
 * and the stop signs share the one sorted copy of the events, which stays private to it.
 */
public final class History {
  private final Sorted all;
  /** Whether an event is left out of this cut of the history. */
  private final Predicate<Event> leftOut;
  private final Lasting lasting;

  private History(Sorted all, Predicate<Event> leftOut) {
    this.all = all;
    this.leftOut = leftOut;
    this.lasting = new Lasting(all.lasting.stream().takeWhile(leftOut.negate()).toList());
  }

  /** The whole history of these events, in any order. */
  public static History of(List<Event> events) {
    return new History(new Sorted(events), e -> false);
  }

  /** The history as it stood at {@code instant}: later events left out. */
  public History until(Instant instant) {
    return new History(all, leftOut.or(e -> e.at().toInstant().isAfter(instant)));
  }

  /**
   * The history just before {@code event}: the events before it in time order. At its instant
   * that keeps a plan start, a plan change or a check-in made in the same second as a session,
   * which {@link #until} a nanosecond before the session would leave out.
   */
  public History before(Event event) {
    return new History(all, leftOut.or(e -> EventOrder.IN_TIME.compare(e, event) >= 0));
  }

  /** Every event not voided, oldest first. */
  public List<Event> events() {
    return kept(all.events);
  }

  public boolean contains(String id) {
    return all.types.containsKey(id);
  }

  public boolean isVoided(String id) {
    return all.voided.contains(id);
  }

  /** The type of the event with this id, voided or not, if the journal has it. */
  public Optional<String> typeOf(String id) {
    return Optional.ofNullable(all.types.get(id));
  }

  public Optional<PlanStart> planStart() {
    return Optional.ofNullable(lasting.planStart);
  }

  /** Plan changes made since the latest plan start, oldest first. */
  public List<PlanChange> planChanges() {
    return lasting.planChanges;
  }

  /** Every stop sign logged, oldest first: symptoms, and those logged with a session. */
  public List<Symptom> symptoms() {
    return lasting.symptoms;
  }

  /**
   * Stop signs logged since the last clearing: symptoms, and those a session was logged with (as
   * symptoms with the session's id and time).
   */
  public List<Symptom> openSymptoms() {
    return lasting.open;
  }

  /** Every session, oldest first. */
  public List<Session> sessions() {
    return kept(all.sessions);
  }

  /** The sessions dated on or after {@code from}, oldest first. */
  public List<Session> sessionsFrom(LocalDate from) {
    return sessions().stream().filter(s -> !s.date().isBefore(from)).toList();
  }

  public List<CheckIn> checkIns() {
    return kept(all.checkIns);
  }

  /** Every rating on the functional scale, oldest first. */
  public List<FunctionRating> functionRatings() {
    return kept(all.functionRatings);
  }

  public List<Session> sessionsOn(LocalDate date) {
    return kept(all.sessionsByDate.getOrDefault(date, List.of()));
  }

  public boolean isTrainingDay(LocalDate date) {
    return !sessionsOn(date).isEmpty();
  }

  /** The latest training day on or before {@code date}. */
  public Optional<LocalDate> trainingDayOnOrBefore(LocalDate date) {
    return all.sessionsByDate.headMap(date, true).descendingKeySet().stream()
        .filter(this::isTrainingDay)
        .findFirst();
  }

  /** Training days from {@code from} to {@code to}, both included. */
  public Set<LocalDate> trainingDays(LocalDate from, LocalDate to) {
    return all.sessionsByDate.subMap(from, true, to, true).keySet().stream()
        .filter(this::isTrainingDay)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  public List<CheckIn> checkInsOn(LocalDate date) {
    return kept(all.checkInsByDate.getOrDefault(date, List.of()));
  }

  public NavigableMap<LocalDate, List<CheckIn>> checkInsBetween(LocalDate from, LocalDate to) {
    NavigableMap<LocalDate, List<CheckIn>> out = new TreeMap<>();
    all.checkInsByDate.subMap(from, true, to, true).forEach((day, list) -> {
      List<CheckIn> kept = kept(list);
      if (!kept.isEmpty()) {
        out.put(day, kept);
      }
    });
    return out;
  }

  /** Each day's check-ins from {@code from} on, day by day, read as the stream is. */
  public Stream<List<CheckIn>> checkInDaysFrom(LocalDate from) {
    return all.checkInsByDate.tailMap(from, true).values().stream()
        .map(this::kept)
        .filter(day -> !day.isEmpty());
  }

  /** The first check-in of a day: the morning check-in. */
  public OptionalInt morningPain(LocalDate date) {
    List<CheckIn> day = checkInsOn(date);
    return day.isEmpty() ? OptionalInt.empty() : OptionalInt.of(day.get(0).pain());
  }

  /**
   * The baseline of a training day: the pain before its first session if that was logged with it,
   * else the latest check-in before that session on the same day.
   */
  public OptionalInt baseline(LocalDate trainingDay) {
    return baselineEntry(trainingDay).map(History::painOf).orElse(OptionalInt.empty());
  }

  /** The entry the baseline comes from: the first session (pain before) or a check-in. */
  public Optional<Event> baselineEntry(LocalDate trainingDay) {
    List<Session> day = sessionsOn(trainingDay);
    if (day.isEmpty()) {
      return Optional.empty();
    }
    Session first = day.get(0);
    if (first.before().isPresent()) {
      return Optional.of(first);
    }
    Instant at = first.at().toInstant();
    List<CheckIn> earlier = checkInsOn(trainingDay).stream()
        .filter(c -> c.at().toInstant().isBefore(at))
        .toList();
    return earlier.isEmpty() ? Optional.empty() : Optional.of(earlier.get(earlier.size() - 1));
  }

  /** How long after a session a check-in starts to count as the next morning's. */
  public static final Duration SETTLING = Duration.ofHours(6);

  /**
   * The next-day check of a training day: the worst pain logged in its window, which runs from
   * {@link #SETTLING} after the day's last session to the end of the next day, and ends earlier at
   * the next session (whose pain before counts). A later, milder answer never hides a worse one.
   */
  public OptionalInt nextDayCheck(LocalDate trainingDay) {
    return nextDayEntry(trainingDay).map(History::painOf).orElse(OptionalInt.empty());
  }

  /**
   * The entry the next-day check comes from: the first check-in with the worst pain in the window,
   * or the next session, for its pain before, when that is worse.
   */
  public Optional<Event> nextDayEntry(LocalDate trainingDay) {
    List<Session> day = sessionsOn(trainingDay);
    if (day.isEmpty()) {
      return Optional.empty();
    }
    Instant from = day.get(day.size() - 1).at().toInstant().plus(SETTLING);
    LocalDate next = trainingDay.plusDays(1);
    // The first later date with sessions: if this cut leaves them out, it leaves out all later.
    Optional<Session> following = Optional.ofNullable(all.sessionsByDate.higherKey(trainingDay))
        .map(this::sessionsOn)
        .filter(list -> !list.isEmpty())
        .map(list -> list.get(0));
    Instant to = following.map(s -> s.at().toInstant()).orElse(Instant.MAX);
    List<Event> found = new ArrayList<>();
    for (LocalDate d : List.of(trainingDay, next)) {
      for (CheckIn c : checkInsOn(d)) {
        if (!c.at().toInstant().isBefore(from) && !c.at().toInstant().isAfter(to)) {
          found.add(c);
        }
      }
    }
    following
        .filter(s -> !s.date().isAfter(next) && !s.at().toInstant().isBefore(from))
        .filter(s -> s.before().isPresent())
        .ifPresent(found::add);
    // The first of the worst: a later, milder answer never hides a worse one.
    return found.stream()
        .reduce((a, b) -> painOf(b).getAsInt() > painOf(a).getAsInt() ? b : a);
  }

  /** The pain an entry gives: a check-in's, or a session's pain before. */
  public static OptionalInt painOf(Event e) {
    return e instanceof CheckIn c ? OptionalInt.of(c.pain())
        : e instanceof Session s ? s.before() : OptionalInt.empty();
  }

  /**
   * The events of a list in time order that this cut keeps: a prefix, since a cut leaves out
   * everything from some point in time order on.
   */
  private <E extends Event> List<E> kept(List<E> list) {
    if (list.isEmpty() || !leftOut.test(list.get(list.size() - 1))) {
      return list;
    }
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (leftOut.test(list.get(mid))) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return list.subList(0, lo);
  }

  /** Whether an event can change the plan or the stop signs, however old it is. */
  private static boolean lasting(Event e) {
    return e instanceof PlanStart || e instanceof PlanChange || e instanceof Symptom
        || e instanceof Cleared || e instanceof Session s && !s.stopSigns().isEmpty();
  }

  /** The events, voids applied, sorted and grouped once; every cut of the history shares them. */
  private static final class Sorted {
    final Map<String, String> types = new HashMap<>();
    final Set<String> voided;
    final List<Event> events;
    final List<Session> sessions;
    final List<CheckIn> checkIns;
    final List<FunctionRating> functionRatings;
    final List<Event> lasting;
    final NavigableMap<LocalDate, List<Session>> sessionsByDate;
    final NavigableMap<LocalDate, List<CheckIn>> checkInsByDate;

    Sorted(List<Event> given) {
      Set<String> targets = new HashSet<>();
      for (Event e : given) {
        types.put(e.id(), e.type());
        if (e instanceof Correction c) {
          targets.add(c.target());
        }
      }
      voided = Set.copyOf(targets);
      // Time order, so the order of lines in the file never counts (see EventOrder).
      List<Event> kept = new ArrayList<>(given.size());
      for (Event e : given) {
        if (!voided.contains(e.id())) {
          kept.add(e);
        }
      }
      kept.sort(EventOrder.IN_TIME);
      List<Session> s = new ArrayList<>();
      List<CheckIn> c = new ArrayList<>();
      List<FunctionRating> f = new ArrayList<>();
      List<Event> l = new ArrayList<>();
      for (Event e : kept) {
        if (e instanceof Session x) {
          s.add(x);
        } else if (e instanceof CheckIn x) {
          c.add(x);
        } else if (e instanceof FunctionRating x) {
          f.add(x);
        }
        if (History.lasting(e)) {
          l.add(e);
        }
      }
      events = Collections.unmodifiableList(kept);
      sessions = Collections.unmodifiableList(s);
      checkIns = Collections.unmodifiableList(c);
      functionRatings = Collections.unmodifiableList(f);
      lasting = Collections.unmodifiableList(l);
      sessionsByDate = byDate(sessions);
      checkInsByDate = byDate(checkIns);
    }

    /** A time-ordered list grouped by date: each day's events are a view of a run of the list. */
    private static <E extends Event> NavigableMap<LocalDate, List<E>> byDate(List<E> list) {
      NavigableMap<LocalDate, List<E>> out = new TreeMap<>();
      Map<LocalDate, List<E>> days = new HashMap<>();
      for (E e : list) {
        days.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(e);
      }
      days.forEach((day, events) -> out.put(day, Collections.unmodifiableList(events)));
      return out;
    }
  }

  /**
   * The plan, its changes and the stop signs as they stood at a cut. A clearance clears the stop
   * signs logged before it, whenever they happened: a sign logged after it (even back-dated to
   * before it) stays open. Logged in the same second, the one first in time order came first.
   */
  private static final class Lasting {
    PlanStart planStart;
    final List<PlanChange> planChanges = new ArrayList<>();
    final List<Symptom> symptoms = new ArrayList<>();
    final List<Symptom> open = new ArrayList<>();

    Lasting(List<Event> lasting) {
      List<Integer> places = new ArrayList<>();
      Cleared latest = null;
      int latestPlace = -1;
      for (int i = 0; i < lasting.size(); i++) {
        Event e = lasting.get(i);
        if (e instanceof Session s) {
          for (StopSign kind : s.stopSigns()) {
            symptoms.add(new Symptom(s.id(), s.at(), kind, Optional.empty(), s.logged()));
            places.add(i);
          }
        } else if (e instanceof PlanStart p) {
          planStart = p;
          planChanges.clear();
        } else if (e instanceof PlanChange c) {
          planChanges.add(c);
        } else if (e instanceof Symptom s) {
          symptoms.add(s);
          places.add(i);
        } else if (e instanceof Cleared c && (latest == null
            || !c.logged().toInstant().isBefore(latest.logged().toInstant()))) {
          latest = c;
          latestPlace = i;
        }
      }
      for (int i = 0; i < symptoms.size(); i++) {
        if (latest == null || !loggedBefore(symptoms.get(i), places.get(i), latest, latestPlace)) {
          open.add(symptoms.get(i));
        }
      }
    }

    /** Whether a stop sign was logged before a clearance (their places are in time order). */
    static boolean loggedBefore(Symptom s, int place, Cleared c, int clearedPlace) {
      int logged = s.logged().toInstant().compareTo(c.logged().toInstant());
      return logged < 0 || logged == 0 && place < clearedPlace;
    }
  }
}
