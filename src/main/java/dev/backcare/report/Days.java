package dev.backcare.report;

import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Cleared;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import dev.backcare.domain.LocalZone;
import dev.backcare.domain.StopSign;
import dev.backcare.report.DayFigures.NextDay;
import dev.backcare.rules.Coach;
import dev.backcare.rules.Decision;
import dev.backcare.rules.Reason;
import dev.backcare.rules.Recommendation;
import dev.backcare.rules.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Each day's figures, with what the rules said that morning replayed from the journal. */
final class Days {
  private static final Set<Decision> TRAINING =
      EnumSet.of(Decision.START, Decision.PROGRESS, Decision.HOLD, Decision.REDUCE,
          Decision.RETURN, Decision.ACUTE);

  private final Library library;
  private final History history;
  private final LocalDate today;
  private final LocalZone zone;
  private final Map<LocalDate, List<StopSign>> stopSigns = new HashMap<>();
  private final Set<LocalDate> clearings = new HashSet<>();

  Days(Library library, History history, LocalDate today, LocalZone zone) {
    this.library = library;
    this.history = history;
    this.today = today;
    this.zone = zone;
    history.symptoms().forEach(s ->
        stopSigns.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s.kind()));
    for (Event e : history.events()) {
      if (e instanceof Cleared c) {
        clearings.add(c.date());
      }
    }
  }

  DayFigures of(LocalDate date) {
    List<Session> sessions = date.isAfter(today) ? List.of() : history.sessionsOn(date);
    List<Integer> during = new ArrayList<>();
    Map<String, Integer> volume = new LinkedHashMap<>();
    Set<String> timed = new HashSet<>();
    int reps = 0;
    int seconds = 0;
    for (Session s : sessions) {
      during.add(s.during());
      for (Performed p : s.exercises()) {
        volume.put(p.exercise(), volume.getOrDefault(p.exercise(), 0) + p.volume());
        if (p.timed()) {
          timed.add(p.exercise());
          seconds += p.volume();
        } else {
          reps += p.volume();
        }
      }
    }
    Recommendation r = date.isAfter(today) ? null : morning(date, sessions);
    Optional<Decision> decision = r == null ? Optional.empty() : Optional.of(r.decision());
    Set<Rule> rules = EnumSet.noneOf(Rule.class);
    if (r != null) {
      for (Reason reason : r.reasons()) {
        rules.add(reason.rule());
      }
    }
    int prescribed = r != null && TRAINING.contains(r.decision()) ? r.timesPerDay() : 0;
    return new DayFigures(date, !date.isAfter(today),
        r == null ? Optional.empty() : Optional.of(r.phase()), r == null ? 0 : r.week(), decision,
        rules, prescribed, List.copyOf(during),
        reps, seconds, volume, timed,
        date.isAfter(today) ? OptionalInt.empty() : history.morningPain(date),
        nextDay(date, !sessions.isEmpty()),
        date.isAfter(today) ? List.of() : stopSigns.getOrDefault(date, List.of()),
        !date.isAfter(today) && clearings.contains(date));
  }

  /**
   * What the rules said on the morning of {@code date}: just before its first session, or on a day
   * without one, just after the morning check-in (else at midnight). Null before the plan began.
   */
  private Recommendation morning(LocalDate date, List<Session> sessions) {
    List<CheckIn> checkIns = history.checkInsOn(date);
    // Before the first session in time order: a plan started or a check-in made in the same
    // second counts, as it does for the rules at that moment.
    History then = !sessions.isEmpty() ? history.before(sessions.get(0))
        : history.until(!checkIns.isEmpty() ? checkIns.get(0).at().toInstant()
            : zone.startOf(date));
    Recommendation r = Coach.prescribe(library, then, date);
    if (sessions.isEmpty()) {
      // A day without a session: the more careful of the morning's advice and the day's end, so
      // that a stop sign logged during the day, or one cleared during it, shows as a stop.
      Recommendation end = Coach.prescribe(library,
          history.until(zone.startOf(date.plusDays(1)).minusNanos(1)), date);
      r = end.decision().min(r.decision()) == r.decision() ? r : end;
    }
    boolean begun = r.planStart().isPresent() && !date.isBefore(r.planStart().get());
    return begun ? r : null;
  }

  private NextDay nextDay(LocalDate date, boolean trained) {
    if (!trained) {
      return NextDay.NONE;
    }
    OptionalInt base = history.baseline(date);
    OptionalInt next = history.nextDayCheck(date);
    if (next.isEmpty() || date.plusDays(1).isAfter(today)) {
      return date.plusDays(1).isBefore(today) ? NextDay.MISSING : NextDay.PENDING;
    }
    if (base.isEmpty()) {
      return NextDay.MISSING;
    }
    int rise = next.getAsInt() - base.getAsInt();
    return rise > 0 ? NextDay.WORSE : rise == 0 ? NextDay.SAME : NextDay.BETTER;
  }
}
