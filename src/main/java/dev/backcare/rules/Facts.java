package dev.backcare.rules;

import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import dev.backcare.domain.Thresholds;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The questions the rules ask of the history, for one day. */
final class Facts {
  final Library library;
  final Thresholds t;
  final History history;
  final LocalDate today;

  Facts(Library library, History history, LocalDate today) {
    this.library = library;
    this.t = library.thresholds();
    this.history = history;
    this.today = today;
  }

  /**
   * The highest pain of a day's sessions: during them, or after them, which a session logged with
   * {@code --after} also tells.
   */
  OptionalInt peak(LocalDate day) {
    return history.sessionsOn(day).stream()
        .flatMapToInt(s -> IntStream.concat(IntStream.of(s.during()), s.after().stream()))
        .max();
  }

  /** Whether the highest pain of a day was after a session rather than during one. */
  boolean peakWasAfter(LocalDate day) {
    OptionalInt peak = peak(day);
    return peak.isPresent() && history.sessionsOn(day).stream()
        .noneMatch(s -> s.during() == peak.getAsInt());
  }

  /**
   * The pains a person gave as how their back felt on a day, in time order: check-ins, and the
   * pain before a session logged with it.
   */
  List<Felt> felt(LocalDate day) {
    return Stream.concat(
            history.checkInsOn(day).stream().map(c -> new Felt(c.at(), c.pain(), false, c)),
            history.sessionsOn(day).stream()
                .filter(s -> s.before().isPresent())
                .map(s -> new Felt(s.at(), s.before().getAsInt(), true, s)))
        .sorted(Comparator.comparing(f -> f.at().toInstant()))
        .toList();
  }

  /** A pain a person gave: from a check-in, or from before a session. */
  record Felt(OffsetDateTime at, int pain, boolean beforeSession, Event entry) {}

  boolean brokeCeiling(LocalDate day) {
    OptionalInt p = peak(day);
    return p.isPresent() && p.getAsInt() > t.painCeiling();
  }

  /** How much worse the next morning was than the baseline of a training day, if both are known. */
  OptionalInt nextDayRise(LocalDate trainingDay) {
    OptionalInt base = history.baseline(trainingDay);
    OptionalInt next = history.nextDayCheck(trainingDay);
    if (base.isEmpty() || next.isEmpty()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(next.getAsInt() - base.getAsInt());
  }

  /**
   * A training day stayed within the rules: no session above the ceiling and a next morning no worse
   * than before. A day whose next morning is not known yet counts only if it is today.
   */
  boolean withinRules(LocalDate day) {
    if (brokeCeiling(day)) {
      return false;
    }
    if (!day.isBefore(today)) {
      return true;
    }
    OptionalInt rise = nextDayRise(day);
    return rise.isPresent() && rise.getAsInt() < t.nextDayHoldMargin();
  }

  /** The first day in (today - days, today] that would have called for a reduction, if any. */
  Optional<String> reductionWithin(int days) {
    for (LocalDate d = today.minusDays(days - 1L); !d.isAfter(today); d = d.plusDays(1)) {
      if (brokeCeiling(d)) {
        return Optional.of("pain above the ceiling on " + d);
      }
      for (Felt c : felt(d)) {
        if (c.pain() >= t.flareUpPain()) {
          return Optional.of("a flare-up (pain " + c.pain() + ") on " + d);
        }
      }
      LocalDate before = d.minusDays(1);
      OptionalInt rise = history.isTrainingDay(before) ? nextDayRise(before) : OptionalInt.empty();
      if (rise.isPresent() && rise.getAsInt() >= t.nextDayReduceMargin()) {
        return Optional.of("a worse next morning on " + d);
      }
    }
    return Optional.empty();
  }

  /** Volume of one exercise (sets x reps, or seconds) over days from..to, both included. */
  int volume(String exercise, LocalDate from, LocalDate to) {
    int sum = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      for (Session s : history.sessionsOn(d)) {
        for (Performed p : s.exercises()) {
          if (p.exercise().equals(exercise)) {
            sum += p.volume();
          }
        }
      }
    }
    return sum;
  }

  /** The mean morning pain over days from..to, if any were logged. */
  /** The morning check-ins (each day's first) from {@code from} to {@code to}. */
  List<CheckIn> mornings(LocalDate from, LocalDate to) {
    return history.checkInsBetween(from, to).values().stream().map(day -> day.get(0)).toList();
  }

  OptionalDouble meanMorningPain(LocalDate from, LocalDate to) {
    Collection<List<CheckIn>> days = history.checkInsBetween(from, to).values();
    if (days.isEmpty()) {
      return OptionalDouble.empty();
    }
    long sum = 0;
    for (List<CheckIn> day : days) {
      sum += day.get(0).pain();
    }
    return OptionalDouble.of((double) sum / days.size());
  }

  List<Session> sessionsToday() {
    return history.sessionsOn(today);
  }
}
