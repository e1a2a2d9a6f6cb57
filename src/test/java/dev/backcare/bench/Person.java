package dev.backcare.bench;

import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Cleared;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event.PlanChange;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event;
import dev.backcare.domain.Library;
import dev.backcare.domain.Phase;
import dev.backcare.rules.Coach;
import dev.backcare.rules.Decision;
import dev.backcare.rules.Recommendation;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * One simulated person keeping the program day by day. Each morning they log their pain and ask
 * the Coach (on the journal's recent tail), then do what it says: the sessions it prescribes, a
 * rest day, or no training while a stop sign is open. Through the day they log their pain often;
 * now and then they correct an entry, log a session the next morning, take a break of a few weeks
 * or start the plan again.
 */
final class Person {
  private static final Set<Decision> TRAINING =
      EnumSet.of(Decision.START, Decision.PROGRESS, Decision.HOLD, Decision.REDUCE);
  private static final List<String> EXTRAS =
      List.of("swimming", "cycling", "side-plank", "childs-pose", "piriformis-stretch");
  private static final List<String> NOTES = List.of("stiff after sitting", "slept badly",
      "better after a walk", "long drive today", "gardening", "stressful day at work",
      "cold and damp", "after the school run");

  private final Random random;
  private final Library library;
  private final Diary diary;
  private final ZoneId zone;
  private final LocalDate lastDay;
  private final int lastMinute;
  private final Back back;
  private final Training training;
  private final List<String> added = new ArrayList<>();
  private final List<Event> late = new ArrayList<>();
  private LocalDate planStart;
  private boolean restartDue = true;
  private LocalDate backOn;
  private Phase phase = Phase.INITIAL;

  Person(Random random, Library library, Diary diary, java.time.ZonedDateTime end) {
    this.random = random;
    this.library = library;
    this.diary = diary;
    this.zone = end.getZone();
    this.lastDay = end.toLocalDate();
    this.lastMinute = end.getHour() * 60 + end.getMinute();
    this.back = new Back(random);
    this.training = new Training(random, library, diary, back, this::at);
  }

  void live(LocalDate first) {
    for (LocalDate d = first; !d.isAfter(lastDay); d = d.plusDays(1)) {
      if (backOn == null || !d.isBefore(backOn)) {
        day(d);
      }
    }
  }

  private void day(LocalDate d) {
    int wake = 400 + random.nextInt(100);
    if (d.equals(lastDay)) {
      wake = Math.max(1, Math.min(wake, lastMinute - random.nextInt(5)));
    }
    if (restartDue) {
      startPlan(d, wake - 1);
    }
    boolean settled = d.isAfter(planStart.plusDays(14));
    diary.write(d, checkIn(d, wake, back.morning(settled ? 1 / 160.0 : 0)));
    for (Event e : late) {
      diary.write(d, e);
    }
    late.clear();
    changePlan(d, wake + 1);
    Recommendation r = Coach.decide(library, diary.recent(d, training.lastDay()), d);
    phase = r.phase();
    List<Event> later = new ArrayList<>();
    boolean skips = random.nextDouble() < (phase == Phase.MAINTENANCE
        && d.isAfter(planStart.plusWeeks(12)) ? 0.35 : 0.03);
    if (TRAINING.contains(r.decision()) && !skips) {
      training.day(d, r, wake, later, late);
    }
    checkIns(d, wake, later);
    if (d.equals(training.clearOn())) {
      later.add(new Cleared(diary.newId(), at(d, 900 + random.nextInt(120)),
          Optional.of(random.nextBoolean() ? "seen by my GP: fine to carry on"
              : "the physio checked me and cleared me")));
      training.cleared();
    }
    later.sort(Comparator.comparing(e -> e.at().toInstant()));
    for (Event e : later) {
      diary.write(d, e);
    }
    takeBreak(d);
  }

  private void startPlan(LocalDate d, int minute) {
    List<String> chosen = planStart != null && random.nextBoolean()
        ? List.of("knee-rolls", "cat-camel") : List.of();
    diary.write(d, new PlanStart(diary.newId(), at(d, minute), d, chosen));
    if (planStart != null) {
      back.newEpisode();
    }
    planStart = d;
    restartDue = false;
    added.clear();
  }

  /** In the maintenance phase, now and then an exercise is added to the plan or taken out. */
  private void changePlan(LocalDate d, int minute) {
    if (phase != Phase.MAINTENANCE || random.nextDouble() >= 1 / 150.0) {
      return;
    }
    boolean add = added.isEmpty() || added.size() < EXTRAS.size() && random.nextDouble() < 0.6;
    String id;
    if (add) {
      List<String> left = new ArrayList<>(EXTRAS);
      left.removeAll(added);
      id = left.get(random.nextInt(left.size()));
      added.add(id);
    } else {
      id = added.remove(random.nextInt(added.size()));
    }
    diary.write(d, new PlanChange(diary.newId(), at(d, minute), add, id));
  }

  /** Pain through the waking day, about every half hour; now and then a typo. */
  private void checkIns(LocalDate d, int wake, List<Event> out) {
    for (int m = wake + 40 + random.nextInt(30); m < 1350; m += 18 + random.nextInt(30)) {
      int pain = back.now();
      if (random.nextDouble() < 0.005) {
        CheckIn typo = checkIn(d, m, Math.min(10, pain + 2 + random.nextInt(2)));
        out.add(typo);
        out.add(new Correction(diary.newId(), at(d, m + 1), typo.id(),
            Optional.of(random.nextBoolean() ? "typo" : "wrong number")));
        m += 2;
      }
      out.add(checkIn(d, m, pain));
    }
  }

  private CheckIn checkIn(LocalDate d, int minute, int pain) {
    return new CheckIn(diary.newId(), at(d, minute), pain, note(0.04));
  }

  private Optional<String> note(double chance) {
    return random.nextDouble() < chance
        ? Optional.of(NOTES.get(random.nextInt(NOTES.size()))) : Optional.empty();
  }

  /**
   * About once a year, a break of ten days to six weeks with nothing logged (never while a stop
   * sign is open, nor near the journal's end); after a long one, the plan may start again.
   */
  private void takeBreak(LocalDate d) {
    if (training.clearOn() != null || !d.isAfter(planStart.plusDays(30))
        || !d.plusDays(90).isBefore(lastDay) || random.nextDouble() >= 1 / 300.0) {
      return;
    }
    int days = 10 + random.nextInt(33);
    backOn = d.plusDays(1L + days);
    restartDue = days >= 21 && random.nextDouble() < 0.35;
  }

  private OffsetDateTime at(LocalDate d, int minute) {
    return d.atStartOfDay().plusMinutes(minute).plusSeconds(random.nextInt(60))
        .atZone(zone).toOffsetDateTime();
  }
}
