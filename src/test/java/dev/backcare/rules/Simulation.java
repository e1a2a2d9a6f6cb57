package dev.backcare.rules;

import dev.backcare.domain.DoseKind;
import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Cleared;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.PlanChange;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.Event;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import dev.backcare.domain.Phase;
import dev.backcare.rules.Journey.Day;
import dev.backcare.rules.Journey.Dose;
import dev.backcare.rules.Journey.Extra;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Plays a {@link Journey} against the coach, day by day, and writes the journal it makes, in file
 * order: each morning the person checks in and asks what to do, then trains as told (or not quite),
 * logging each session as {@code backcare log session} does. Every answer the coach gave on the
 * way is kept as a {@link Simulated.Moment}, with the journal as it stood when it was asked.
 */
final class Simulation {
  static final Library LIBRARY = Story.LIBRARY;
  static final LocalDate START = LocalDate.of(2026, 3, 2);
  private static final ZoneOffset HOME = ZoneOffset.ofHours(1);
  private static final ZoneOffset AWAY = ZoneOffset.ofHours(-5);
  private static final int[] SESSION_HOURS = {8, 12, 18};

  private final List<Event> file = new ArrayList<>();
  private final List<Event> late = new ArrayList<>();
  private final List<Simulated.Moment> moments = new ArrayList<>();
  private final Set<String> voided = new HashSet<>();
  private ZoneOffset offset = HOME;
  private int pain;
  private int ids;

  static Simulated run(Journey journey) {
    Simulation s = new Simulation();
    s.pain = journey.firstPain();
    s.file.add(new PlanStart(s.id(), s.at(0, 6, 30), START, journey.chosen()));
    for (int d = 0; d < journey.days().size(); d++) {
      s.live(d, journey.days().get(d));
    }
    s.file.addAll(s.late);
    s.ask(journey.days().size(), 7, 45, false);
    return new Simulated(List.copyOf(s.file), List.copyOf(s.moments));
  }

  private void live(int d, Day day) {
    if (day.extra() == Extra.TRAVEL) {
      offset = offset == HOME ? AWAY : HOME;
    }
    file.addAll(late);
    late.clear();
    pain = Math.max(0, Math.min(9, pain + day.painChange()
        - (day.painChange() == 0 && pain > 3 ? 1 : 0)));
    CheckIn checkIn = null;
    if (day.checkIn()) {
      boolean withSession = day.extra() == Extra.CHECK_IN_WITH_SESSION;
      checkIn = new CheckIn(id(), at(d, withSession ? 8 : 7, 0), pain, Optional.empty());
      if (day.extra() != Extra.LATE_CHECK_IN) {
        file.add(checkIn);
      }
      if (day.extra() == Extra.TWO_CHECK_INS) {
        file.add(new CheckIn(id(), checkIn.at(), Math.min(10, pain + 1), Optional.empty()));
      }
    }
    if (day.extra() == Extra.PLAN_ADD || day.extra() == Extra.PLAN_REMOVE) {
      changePlan(d, day.extra() == Extra.PLAN_ADD);
    }
    Recommendation r = ask(d, 7, 45, false);
    if (r.decision() == Decision.STOP && day.doctor()) {
      file.add(new Cleared(id(), at(d, 9, 0), Optional.empty()));
      ask(d, 9, 5, false);
    }
    for (int k = 0; k < day.sessions(); k++) {
      if (!train(d, k, day, checkIn == null)) {
        break;
      }
      if (k == 0 && day.extra() == Extra.SYMPTOM) {
        file.add(new Symptom(id(), at(d, 10, 30), day.sign(), Optional.empty()));
      }
    }
    if (day.extra() == Extra.LATE_CHECK_IN && checkIn != null) {
      file.add(checkIn);
    }
    if (day.extra() == Extra.VOID_LAST) {
      voidLast(d);
    }
    ask(d, 21, 30, false);
  }

  /** Session {@code k} of day {@code d}, as prescribed then; false if the person does not train. */
  private boolean train(int d, int k, Day day, boolean noCheckIn) {
    int hour = SESSION_HOURS[k];
    Recommendation r = ask(d, hour, 0, true);
    List<Performed> done = new ArrayList<>();
    for (Prescription p : r.exercises()) {
      done.add(new Performed(p.exercise().id(), p.sets(), p.amount(), p.timed()));
    }
    if (done.isEmpty() && day.defiant()) {
      lastSession().ifPresent(s -> done.addAll(s.exercises()));
    }
    if (done.isEmpty()) {
      return false;
    }
    List<Performed> performed = deviate(done, day.dose());
    OptionalInt before = k == 0 && noCheckIn ? OptionalInt.of(pain) : OptionalInt.empty();
    boolean signed = k == 0 && day.extra() == Extra.SESSION_STOP_SIGN;
    Session s = new Session(id(), at(d, hour, 0), r.phase(), performed, day.during(), before,
        OptionalInt.empty(), Optional.empty(), signed ? List.of(day.sign()) : List.of());
    boolean last = k == day.sessions() - 1;
    (last && day.extra() == Extra.LATE_SESSION ? late : file).add(s);
    if (k == 0 && day.extra() == Extra.DOUBLE_LOG) {
      file.add(new Session(id(), s.at(), s.phase(), s.exercises(), s.during(), s.before(),
          s.after(), s.note(), s.stopSigns()));
    }
    return true;
  }

  private List<Performed> deviate(List<Performed> done, Dose dose) {
    if (dose == Dose.ONE_LEFT_OUT && done.size() > 1) {
      return done.subList(0, done.size() - 1);
    }
    int sign = dose == Dose.MORE ? 1 : dose == Dose.LESS ? -1 : 0;
    List<Performed> out = new ArrayList<>();
    for (Performed p : done) {
      DoseKind kind = LIBRARY.exercise(p.exercise()).orElseThrow().dose().kind();
      int step = switch (kind) {
        case REPETITIONS -> 1;
        case HOLD -> LIBRARY.thresholds().holdStepSeconds();
        case MINUTES -> LIBRARY.thresholds().minutesStep() * 60;
      };
      int least = kind == DoseKind.REPETITIONS ? 1 : kind == DoseKind.HOLD ? 5 : 60;
      out.add(new Performed(p.exercise(), p.sets(), Math.max(least, p.amount() + sign * step),
          p.timed()));
    }
    return out;
  }

  /** As {@code plan add} and {@code plan remove} do: only exercises that suit today's phase. */
  private void changePlan(int d, boolean add) {
    History h = History.of(file);
    Phase phase = Coach.prescribe(LIBRARY, h, at(d, 7, 30).toLocalDate()).phase();
    List<Exercise> plan = Plans.exercises(LIBRARY, h, phase);
    Optional<Exercise> e = add
        ? LIBRARY.exercises().stream().filter(x -> x.fits(phase) && !plan.contains(x)).findFirst()
        : plan.size() > 1 ? Optional.of(plan.get(plan.size() - 1)) : Optional.empty();
    e.ifPresent(x -> file.add(new PlanChange(id(), at(d, 7, 30), add, x.id())));
  }

  /** As {@code log void} allows: the latest entry that is neither a correction nor void. */
  private void voidLast(int d) {
    for (int i = file.size() - 1; i >= 0; i--) {
      Event e = file.get(i);
      if (!(e instanceof Correction) && !voided.contains(e.id())) {
        voided.add(e.id());
        file.add(new Correction(id(), at(d, 21, 0), e.id(), Optional.empty()));
        return;
      }
    }
  }

  private Optional<Session> lastSession() {
    List<Session> all = History.of(file).sessions();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  private Recommendation ask(int d, int hour, int minute, boolean prescribe) {
    History h = History.of(file);
    OffsetDateTime at = at(d, hour, minute);
    Recommendation r = prescribe ? Coach.prescribe(LIBRARY, h, at.toLocalDate())
        : Coach.decide(LIBRARY, h, at.toLocalDate());
    moments.add(new Simulated.Moment(file.size(), h, at, prescribe, r));
    return r;
  }

  private OffsetDateTime at(int day, int hour, int minute) {
    return START.plusDays(day).atTime(hour, minute).atOffset(offset);
  }

  private String id() {
    return "e" + (++ids);
  }
}
