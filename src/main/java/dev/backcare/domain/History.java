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
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The journal as the rules see it: corrections applied, events in time order (not file order),
 * grouped by the local date on the person's clock.
 *
 * <p>A history may be <em>recent</em>: whole from a horizon on, and before it only the events that
 * matter for ever (see {@link Recent}). Asking about a day before the horizon marks it
 * {@link #missed}, and the caller asks again with more of the journal.
 */
public final class History {
  private final Indexed all;
  /** Events after this instant are left out; null: none are. */
  private final Instant cut;
  /** Events this one or after it in time order (see EventOrder) are left out; null: none are. */
  private final Event before;
  private final Lasting lasting;

  private History(Indexed all, Instant cut, Event before) {
    this.all = all;
    this.cut = cut;
    this.before = before;
    this.lasting = cut == null && before == null && all.lasting != null ? all.lasting
        : new Lasting(all.lasting(), this);
  }

  /** The whole history of these events. */
  public static History of(List<Event> events) {
    return new History(new Indexed(events, null), null, null);
  }

  /** A recent history: {@code events} hold every event from {@code recent.horizon()} on. */
  public static History recent(List<Event> events, Recent recent) {
    return new History(new Indexed(events, recent), null, null);
  }

  /** The History as it stood at {@code instant}: later events left out. */
  public History until(Instant instant) {
    return new History(all, cut != null && cut.isBefore(instant) ? cut : instant, before);
  }

  /**
   * The History just before {@code event}: the events before it in time order. At its instant
   * that keeps a plan start, a plan change or a check-in made in the same second as a session,
   * which {@link #until} a nanosecond before the session would leave out.
   */
  public History before(Event event) {
    return new History(all, cut, event);
  }

  /** Whether {@code e} is left out of this history: after its cut, or not before its event. */
  private boolean leftOut(Event e) {
    return cut != null && e.at().toInstant().isAfter(cut)
        || before != null && EventOrder.IN_TIME.compare(e, before) >= 0;
  }

  /**
   * The rules asked about a day this recent history does not hold whole: the answer they gave
   * may be wrong, so ask again with more of the journal. Never true of a whole history.
   */
  public boolean missed() {
    return all.missed[0];
  }

  /** Every event not voided (in a recent history, every one it holds), oldest first. */
  public List<Event> events() {
    return upTo(all.events, all.eventTimes);
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

  /** Every session, oldest first. Reading all of a recent history's sessions marks it missed. */
  public List<Session> sessions() {
    List<Session> s = upTo(all.sessions, all.sessionTimes);
    if (all.recent != null) {
      all.missed[0] = true;
    }
    return s;
  }

  /**
   * The sessions dated on or after {@code from}, oldest first. In a recent history, reading the
   * first of them (or finding none) marks it missed, unless the list starts after the horizon:
   * walk it from the end.
   */
  public Front<Session> sessionsFrom(LocalDate from) {
    List<Session> s = upTo(all.sessions, all.sessionTimes);
    // Offsets differ by at most 36 hours, so two days before `from` nothing later is dated earlier.
    LocalDate early = from.minusDays(2);
    int i = s.size() - 1;
    while (i >= 0 && !s.get(i).date().isBefore(early)) {
      i--;
    }
    List<Session> out = new ArrayList<>();
    for (Session x : s.subList(i + 1, s.size())) {
      if (!x.date().isBefore(from)) {
        out.add(x);
      }
    }
    return new Front<>(out, i < 0 && all.recent != null, all.missed);
  }

  public List<CheckIn> checkIns() {
    List<CheckIn> c = upTo(all.checkIns, all.checkInTimes);
    if (all.recent != null) {
      all.missed[0] = true;
    }
    return c;
  }

  public List<Session> sessionsOn(LocalDate date) {
    need(date);
    return upTo(all.sessionsByDate.get(date));
  }

  public boolean isTrainingDay(LocalDate date) {
    return !sessionsOn(date).isEmpty();
  }

  /** The latest training day on or before {@code date}. */
  public Optional<LocalDate> trainingDayOnOrBefore(LocalDate date) {
    need(date);
    for (LocalDate d = all.sessionsByDate.floorKey(date); d != null;
        d = all.sessionsByDate.lowerKey(d)) {
      if (!upTo(all.sessionsByDate.get(d)).isEmpty()) {
        need(d);
        return Optional.of(d);
      }
    }
    if (all.recent != null) {
      all.missed[0] = true;
    }
    return Optional.empty();
  }

  /** Training days from {@code from} to {@code to}, both included. */
  public Set<LocalDate> trainingDays(LocalDate from, LocalDate to) {
    need(from);
    Set<LocalDate> out = new TreeSet<>();
    for (Map.Entry<LocalDate, List<Session>> e
        : all.sessionsByDate.subMap(from, true, to, true).entrySet()) {
      if (!upTo(e.getValue()).isEmpty()) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  public List<CheckIn> checkInsOn(LocalDate date) {
    if (all.recent != null && !all.recent.keepsCheckInsOf(date)) {
      need(date);
    }
    return upTo(all.checkInsByDate.get(date));
  }

  public NavigableMap<LocalDate, List<CheckIn>> checkInsBetween(LocalDate from, LocalDate to) {
    NavigableMap<LocalDate, List<CheckIn>> out = new TreeMap<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      List<CheckIn> day = checkInsOn(d);
      if (!day.isEmpty()) {
        out.put(d, day);
      }
    }
    return out;
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

  /** A recent history holds every event of {@code date} only from a day after its horizon. */
  private void need(LocalDate date) {
    if (all.recent != null && all.recent.before(date)) {
      all.missed[0] = true;
    }
  }

  /** The events of a list in time order that are not left out (see {@link #leftOut}). */
  private <E extends Event> List<E> upTo(List<E> list) {
    if (list == null) {
      return List.of();
    }
    if (!leftOut(list.get(list.size() - 1))) {
      return list;
    }
    int n = 0;
    while (n < list.size() && !leftOut(list.get(n))) {
      n++;
    }
    return list.subList(0, n);
  }

  /** The same, for a list of the history's in time order with the keys of their times. */
  private <E extends Event> List<E> upTo(List<E> list, long[] times) {
    int n = times.length;
    if (cut != null) {
      n = atOrBefore(times, Indexed.key(cut));
    }
    if (before != null) {
      int m = atOrBefore(times, Indexed.key(before.at().toInstant()));
      while (m > 0 && leftOut(list.get(m - 1))) {
        m--;
      }
      n = Math.min(n, m);
    }
    return n == list.size() ? list : list.subList(0, n);
  }

  /** How many of the sorted {@code times} are at or before {@code c}. */
  private static int atOrBefore(long[] times, long c) {
    int lo = 0;
    int hi = times.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (times[mid] <= c) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static <T> void add(Map<LocalDate, List<T>> byDate, LocalDate date, T item) {
    List<T> list = byDate.get(date);
    if (list == null) {
      list = new ArrayList<>();
      byDate.put(date, list);
    }
    list.add(item);
  }

  /** The events, sorted and grouped once; every cut of the history shares them. */
  private static final class Indexed {
    final Recent recent;
    final boolean[] missed = new boolean[1];
    final Map<String, String> types = new java.util.HashMap<>();
    final Set<String> voided = new java.util.HashSet<>();
    final List<Event> events;
    final List<Session> sessions = new ArrayList<>();
    final List<CheckIn> checkIns = new ArrayList<>();
    final List<Event> lastingEvents = new ArrayList<>();
    final NavigableMap<LocalDate, List<Session>> sessionsByDate = new TreeMap<>();
    final NavigableMap<LocalDate, List<CheckIn>> checkInsByDate = new TreeMap<>();
    final long[] eventTimes;
    final long[] sessionTimes;
    final long[] checkInTimes;
    Lasting lasting;

    Indexed(List<Event> given, Recent recent) {
      this.recent = recent;
      for (Event e : given) {
        types.put(e.id(), e.type());
        if (e instanceof Correction c) {
          voided.add(c.target());
        }
      }
      List<Event> kept = new ArrayList<>(given.size());
      for (Event e : given) {
        if (!voided.contains(e.id())) {
          kept.add(e);
        }
      }
      // Time order, so the order of lines in the file never counts (see EventOrder).
      kept.sort(EventOrder.IN_TIME);
      this.events = List.copyOf(kept);
      for (Event e : events) {
        if (e instanceof Session s) {
          sessions.add(s);
          add(sessionsByDate, s.date(), s);
        } else if (e instanceof CheckIn c) {
          checkIns.add(c);
          add(checkInsByDate, c.date(), c);
        }
        if (Recent.lasting(e)) {
          lastingEvents.add(e);
        }
      }
      this.eventTimes = times(events);
      this.sessionTimes = times(sessions);
      this.checkInTimes = times(checkIns);
      this.lasting = new Lasting(lastingEvents, null);
    }

    List<Event> lasting() {
      return lastingEvents;
    }

    static long key(Instant t) {
      return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    private static long[] times(List<? extends Event> list) {
      long[] out = new long[list.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = key(list.get(i).at().toInstant());
      }
      return out;
    }
  }

  /** The plan, its changes and the stop signs as they stood at a cut (null: at the end). */
  private static final class Lasting {
    PlanStart planStart;
    final List<PlanChange> planChanges = new ArrayList<>();
    final List<Symptom> symptoms = new ArrayList<>();
    final List<Symptom> open = new ArrayList<>();

    Lasting(List<Event> lasting, History at) {
      for (Event e : lasting) {
        if (at != null && at.leftOut(e)) {
          break;
        }
        if (e instanceof Session s) {
          for (StopSign kind : s.stopSigns()) {
            symptom(new Symptom(s.id(), s.at(), kind, Optional.empty()));
          }
        } else if (e instanceof PlanStart p) {
          planStart = p;
          planChanges.clear();
        } else if (e instanceof PlanChange c) {
          planChanges.add(c);
        } else if (e instanceof Symptom s) {
          symptom(s);
        } else if (e instanceof Cleared) {
          open.clear();
        }
      }
    }

    private void symptom(Symptom s) {
      symptoms.add(s);
      open.add(s);
    }
  }
}
