package dev.backcare.bench;

import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.Event;
import dev.backcare.domain.Library;
import dev.backcare.domain.Phase;
import dev.backcare.domain.StopSign;
import dev.backcare.rules.Prescription;
import dev.backcare.rules.Recommendation;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * A training day of the simulated person: the sessions the Coach prescribed, done as prescribed,
 * with the odd session above the pain ceiling, a stop sign now and then, a session logged twice
 * and voided, or logged the next morning; and sometimes a next morning that is worse.
 */
final class Training {
  private static final List<String> NOTES = List.of("felt easy", "stiff at first, then fine",
      "did it in bed before getting up", "rushed it", "slow and careful");
  private static final List<StopSign> SIGNS =
      Arrays.stream(StopSign.values()).filter(s -> !s.emergency()).toList();

  private final Random random;
  private final int ceiling;
  private final Diary diary;
  private final Back back;
  private final BiFunction<LocalDate, Integer, OffsetDateTime> at;
  private LocalDate lastDay;
  private LocalDate clearOn;

  Training(Random random, Library library, Diary diary, Back back,
      BiFunction<LocalDate, Integer, OffsetDateTime> at) {
    this.random = random;
    this.ceiling = library.thresholds().painCeiling();
    this.diary = diary;
    this.back = back;
    this.at = at;
  }

  /** The latest day with a session. */
  LocalDate lastDay() {
    return lastDay;
  }

  /** When the open stop sign will be cleared, if one is open. */
  LocalDate clearOn() {
    return clearOn;
  }

  /** The stop sign was cleared. */
  void cleared() {
    clearOn = null;
  }

  /**
   * The sessions of day {@code d} as {@code r} prescribes them, from {@code wake} on, into
   * {@code out}; a session logged the next morning goes to {@code tomorrow}.
   */
  void day(LocalDate d, Recommendation r, int wake, List<Event> out, List<Event> tomorrow) {
    if (r.exercises().isEmpty()) {
      return;
    }
    int n = r.phase() == Phase.INITIAL ? Math.max(1, r.timesPerDay() - random.nextInt(4))
        : r.timesPerDay() + (random.nextDouble() < 0.2 ? 1 : 0);
    int from = Math.max(wake + 20, 8 * 60);
    int gap = (21 * 60 - from) / n;
    int minute = 0;
    for (int i = 0; i < n && clearOn == null; i++) {
      minute = n == 1 && random.nextBoolean() ? 17 * 60 + random.nextInt(150)
          : from + i * gap + random.nextInt(Math.max(1, gap / 2));
      boolean broke = random.nextDouble() < 0.012;
      Optional<StopSign> sign = random.nextDouble() < 1 / 800.0 ? Optional.of(sign())
          : Optional.empty();
      Session s = session(d, minute, r, broke, sign);
      (i == n - 1 && sign.isEmpty() && random.nextDouble() < 0.05 ? tomorrow : out).add(s);
      lastDay = d;
      if (random.nextDouble() < 0.01) {
        Session twice = new Session(diary.newId(), at.apply(d, minute + 1), s.phase(),
            s.exercises(), s.during(), s.before(), s.after(), s.note(), s.stopSigns());
        out.add(twice);
        out.add(new Correction(diary.newId(), at.apply(d, minute + 2), twice.id(),
            Optional.of("logged twice")));
      }
      if (sign.isPresent()) {
        stop(d);
      }
      if (broke) {
        break;
      }
    }
    if (clearOn == null && random.nextDouble() < 1 / 400.0) {
      out.add(new Symptom(diary.newId(), at.apply(d, minute + 30 + random.nextInt(60)), sign(),
          Optional.of("noticed it on the stairs")));
      stop(d);
    }
    double r2 = random.nextDouble();
    if (r2 < 0.005) {
      back.overdid(3);
    } else if (r2 < 0.035) {
      back.overdid(2);
    } else if (r2 < 0.075) {
      back.overdid(1);
    }
  }

  private Session session(LocalDate d, int minute, Recommendation r, boolean broke,
      Optional<StopSign> sign) {
    List<Performed> done = new ArrayList<>();
    for (Prescription p : r.exercises()) {
      done.add(new Performed(p.exercise().id(), p.sets(), p.amount(), p.timed()));
    }
    if (done.size() > 2 && random.nextDouble() < 0.06) {
      done.remove(1 + random.nextInt(done.size() - 1));
    }
    int during = broke ? ceiling + 1 + (random.nextDouble() < 0.3 ? 1 : 0) : back.during(ceiling);
    OptionalInt before = random.nextDouble() < 0.5 ? OptionalInt.of(back.now())
        : OptionalInt.empty();
    OptionalInt after = random.nextDouble() < 0.3 ? OptionalInt.of(Math.max(0, during - 1))
        : OptionalInt.empty();
    Optional<String> note = random.nextDouble() < 0.06
        ? Optional.of(NOTES.get(random.nextInt(NOTES.size()))) : Optional.empty();
    return new Session(diary.newId(), at.apply(d, minute), r.phase(), done, during, before,
        after, note, sign.map(List::of).orElse(List.of()));
  }

  private StopSign sign() {
    return random.nextDouble() < 0.05 ? StopSign.BLADDER_BOWEL
        : SIGNS.get(random.nextInt(SIGNS.size()));
  }

  /** A stop sign: no training until a professional clears it, three to twelve days later. */
  private void stop(LocalDate d) {
    clearOn = d.plusDays(3 + random.nextInt(10));
  }
}
