package dev.backcare.bench;

import dev.backcare.domain.Event.PlanChange;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event;
import dev.backcare.domain.History;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The journal as the simulated person writes it: events in file order, each with a fresh id, none
 * after the journal's end; and its recent tail as a {@link History} for the Coach.
 */
final class Diary {
  /** The alphabet of the product's ids (see {@code journal.Ids}). */
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  /** Days of the tail the Coach is shown: its rules look back two weeks at most. */
  private static final int TAIL_DAYS = 21;

  private final Random random;
  private final OffsetDateTime end;
  private final List<Event> events = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  /** The file position of the first event written on each simulated day. */
  private final TreeMap<LocalDate, Integer> firstOfDay = new TreeMap<>();
  private final List<Integer> planEvents = new ArrayList<>();

  Diary(Random random, ZonedDateTime end) {
    this.random = random;
    this.end = end.toOffsetDateTime();
  }

  String newId() {
    while (true) {
      char[] c = new char[8];
      for (int i = 0; i < c.length; i++) {
        c[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
      }
      String id = new String(c);
      if (ids.add(id)) {
        return id;
      }
    }
  }

  /** Appends an event written on {@code day}; one that happens after the journal's end is not. */
  boolean write(LocalDate day, Event e) {
    if (e.at().isAfter(end)) {
      return false;
    }
    firstOfDay.putIfAbsent(day, events.size());
    if (e instanceof PlanStart) {
      planEvents.clear();
    }
    if (e instanceof PlanStart || e instanceof PlanChange) {
      planEvents.add(events.size());
    }
    events.add(e);
    return true;
  }

  List<Event> events() {
    return events;
  }

  /**
   * What the Coach needs on {@code today}: the plan's start and changes, and every event written
   * since three weeks ago or two weeks before the last training day, whichever is earlier.
   */
  History recent(LocalDate today, LocalDate lastTrainingDay) {
    LocalDate from = today.minusDays(TAIL_DAYS);
    if (lastTrainingDay != null && lastTrainingDay.minusDays(14).isBefore(from)) {
      from = lastTrainingDay.minusDays(14);
    }
    Map.Entry<LocalDate, Integer> first = firstOfDay.ceilingEntry(from);
    int index = first == null ? events.size() : first.getValue();
    List<Event> tail = new ArrayList<>();
    for (int i : planEvents) {
      if (i < index) {
        tail.add(events.get(i));
      }
    }
    tail.addAll(events.subList(index, events.size()));
    return History.of(tail);
  }
}
