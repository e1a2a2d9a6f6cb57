package dev.backcare.domain;

import dev.backcare.domain.Event.Cleared;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event.PlanChange;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a recent history holds: every event from {@code horizon} on; before it, only the lasting
 * events (plans, stop signs, clearings, and corrections of those) and the check-ins of the first
 * week of the latest plan, which the no-improvement rule compares with.
 */
public record Recent(Instant horizon, Set<LocalDate> checkInDays, LocalDate wholeFrom) {
  public Recent {
    checkInDays = Set.copyOf(checkInDays);
  }

  /**
   * A clock's offset is at most 18 hours either way, so from two days after the horizon's date in
   * UTC ({@code wholeFrom}) every event of a day is after it.
   */
  public Recent(Instant horizon, Set<LocalDate> checkInDays) {
    this(horizon, checkInDays, horizon.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(2));
  }

  /** Whether an event matters however old it is (a correction: if what it voids does). */
  public static boolean lasting(Event e) {
    return e instanceof PlanStart || e instanceof PlanChange || e instanceof Symptom
        || e instanceof Cleared || e instanceof Correction
        || e instanceof Session s && !s.stopSigns().isEmpty();
  }

  /**
   * The days whose check-ins are kept however old: the first week of the latest plan start (voided
   * or not; if it is voided, the rules ask about days this does not keep, and read more).
   */
  public static Set<LocalDate> firstWeek(List<? extends Event> lasting) {
    PlanStart latest = null;
    for (Event e : lasting) {
      if (e instanceof PlanStart p
          && (latest == null || !p.at().toInstant().isBefore(latest.at().toInstant()))) {
        latest = p;
      }
    }
    Set<LocalDate> out = new HashSet<>();
    for (int i = 0; latest != null && i < 7; i++) {
      out.add(latest.start().plusDays(i));
    }
    return out;
  }

  /** Whether {@code date} may have events from before the horizon. */
  boolean before(LocalDate date) {
    return date.isBefore(wholeFrom);
  }

  boolean keepsCheckInsOf(LocalDate date) {
    return checkInDays.contains(date);
  }
}
