package dev.backcare.report;

import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import dev.backcare.domain.LocalZone;
import dev.backcare.domain.Phase;
import dev.backcare.report.DayFigures.NextDay;
import dev.backcare.report.WeekFigures.Adherence;
import dev.backcare.report.WeekFigures.Mornings;
import dev.backcare.report.WeekFigures.NextDays;
import dev.backcare.report.WeekFigures.PhaseChange;
import dev.backcare.report.WeekFigures.SessionPain;
import dev.backcare.report.WeekFigures.StopSignLogged;
import dev.backcare.report.WeekFigures.Volume;
import dev.backcare.rules.Decision;
import dev.backcare.rules.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/** Builds a {@link WeeklyReport} from the journal: the numbers only, no text. Pure. */
public final class Reports {
  private final Map<LocalDate, DayFigures> days = new LinkedHashMap<>();
  private final int ceiling;
  private final int cap;

  private Reports(Library library) {
    this.ceiling = library.thresholds().painCeiling();
    this.cap = library.thresholds().weeklyVolumeCapPercent();
  }

  /** The report of {@code period} as the journal stands on {@code today}, in {@code zone}. */
  public static WeeklyReport build(Library library, History history, Period period,
      LocalDate today, LocalZone zone) {
    return build(library, period, today, history.planStart().map(PlanStart::start),
        days(library, history, period.from().minusDays(7), period.to(), today, zone, Map.of()),
        Note.of(history, period.from(), period.to().isAfter(today) ? today : period.to()));
  }

  /**
   * Each day's figures from {@code from} to {@code to}, in date order: those {@code known} has
   * as they are, the others from {@code history} as it stands on {@code today}, in {@code zone}.
   */
  public static Map<LocalDate, DayFigures> days(Library library, History history,
      LocalDate from, LocalDate to, LocalDate today, LocalZone zone,
      Map<LocalDate, DayFigures> known) {
    Days source = null;
    Map<LocalDate, DayFigures> out = new LinkedHashMap<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      DayFigures k = known.get(d);
      if (k == null && source == null) {
        source = new Days(library, history, today, zone);
      }
      out.put(d, k != null ? k : source.of(d));
    }
    return out;
  }

  /**
   * The report of {@code period} from its days' figures, which {@code days} holds from a week
   * before it begins: see {@link #days}; and the notes of its entries.
   */
  public static WeeklyReport build(Library library, Period period, LocalDate today,
      Optional<LocalDate> planStart, Map<LocalDate, DayFigures> days, List<Note> notes) {
    Reports r = new Reports(library);
    r.days.putAll(days);
    List<WeekFigures> weeks = new ArrayList<>();
    for (LocalDate[] w : period.weeks()) {
      weeks.add(r.week(w[0], w[1]));
    }
    return new WeeklyReport(period, today, planStart, r.ceiling, r.cap, List.copyOf(weeks),
        List.copyOf(notes));
  }

  private List<DayFigures> range(LocalDate from, LocalDate to) {
    List<DayFigures> out = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      out.add(days.get(d));
    }
    return out;
  }

  private WeekFigures week(LocalDate start, LocalDate end) {
    List<DayFigures> all = range(start, end);
    List<DayFigures> now = new ArrayList<>();
    List<DayFigures> before = new ArrayList<>();
    DayFigures last = null;
    for (DayFigures d : all) {
      if (d.counted()) {
        now.add(d);
        // The same weekdays a week before: a week in progress is compared like for like.
        before.add(days.get(d.date().minusDays(7)));
        last = d.phase().isPresent() ? d : last;
      }
    }

    Map<Decision, Integer> decisions = new EnumMap<>(Decision.class);
    Map<Rule, Integer> rules = new EnumMap<>(Rule.class);
    List<PhaseChange> changes = new ArrayList<>();
    List<StopSignLogged> signs = new ArrayList<>();
    List<LocalDate> clearings = new ArrayList<>();
    int[] next = new int[4];
    int mornings = 0;
    int[] adherence = new int[7];
    for (DayFigures d : now) {
      if (d.decision().isPresent()) {
        decisions.put(d.decision().get(), decisions.getOrDefault(d.decision().get(), 0) + 1);
      }
      for (Rule x : d.rules()) {
        rules.put(x, rules.getOrDefault(x, 0) + 1);
      }
      DayFigures dayBefore = days.get(d.date().minusDays(1));
      Optional<Phase> was = dayBefore == null ? Optional.empty() : dayBefore.phase();
      if (d.phase().isPresent() && was.isPresent() && d.phase().get() != was.get()) {
        changes.add(new PhaseChange(d.date(), d.phase().get()));
      }
      for (dev.backcare.domain.StopSign s : d.stopSigns()) {
        signs.add(new StopSignLogged(d.date(), s));
      }
      if (d.cleared()) {
        clearings.add(d.date());
      }
      NextDay n = d.nextDay();
      next[0] += d.trainingDay() && n != NextDay.PENDING ? 1 : 0;
      next[1] += d.trainingDay() && (n == NextDay.BETTER || n == NextDay.SAME
          || n == NextDay.WORSE) ? 1 : 0;
      next[2] += n == NextDay.WORSE ? 1 : 0;
      next[3] += n == NextDay.PENDING ? 1 : 0;
      mornings += d.morningPain().isPresent() ? 1 : 0;
      adherence[0] += d.sessions();
      adherence[1] += d.prescribedSessions();
      adherence[2] += Math.min(d.sessions(), d.prescribedSessions());
      adherence[3] += d.trainingDay() ? 1 : 0;
      adherence[4] += d.prescribed() ? 1 : 0;
      adherence[5] += d.prescribed() && d.trainingDay() ? 1 : 0;
      adherence[6] += d.decision().isPresent() && !d.prescribed() ? d.sessions() : 0;
    }
    SessionPain pain = new SessionPain(meanDuring(now), maxDuring(now), aboveCeiling(now),
        meanDuring(before), aboveCeiling(before));
    NextDays nextDays = new NextDays(next[0], next[1], next[2], next[3]);
    Mornings morningPain = new Mornings(mornings, meanMorning(now), meanMorning(before));
    Adherence a = new Adherence(adherence[0], adherence[1], adherence[2], adherence[3],
        adherence[4], adherence[5], adherence[6]);
    List<Volume> volumes = volumes(now, before);
    Volume reps = total(volumes, false);
    Volume seconds = total(volumes, true);
    WeekFigures w = new WeekFigures(start, end, all,
        last == null ? Optional.empty() : last.phase(), last == null ? 0 : last.planWeek(), a,
        pain, nextDays, morningPain, volumes, reps, seconds, decisions, rules, changes, signs,
        clearings, List.of());
    return w.withSigns(Sign.shownBy(w));
  }

  private List<Volume> volumes(List<DayFigures> now, List<DayFigures> before) {
    Map<String, int[]> by = new LinkedHashMap<>();
    Set<String> timed = new HashSet<>();
    for (int slot = 0; slot < 2; slot++) {
      for (DayFigures d : slot == 0 ? now : before) {
        for (Map.Entry<String, Integer> v : d.volume().entrySet()) {
          int[] amounts = by.get(v.getKey());
          if (amounts == null) {
            amounts = new int[2];
            by.put(v.getKey(), amounts);
          }
          amounts[slot] += v.getValue();
        }
        timed.addAll(d.timed());
      }
    }
    List<Volume> out = new ArrayList<>();
    for (Map.Entry<String, int[]> v : by.entrySet()) {
      out.add(volume(v.getKey(), timed.contains(v.getKey()), v.getValue()[0], v.getValue()[1]));
    }
    return out;
  }

  private Volume total(List<Volume> volumes, boolean timed) {
    int amount = 0;
    int previous = 0;
    for (Volume v : volumes) {
      if (v.timed() == timed) {
        amount += v.amount();
        previous += v.previous();
      }
    }
    return volume("total", timed, amount, previous);
  }

  private Volume volume(String id, boolean timed, int amount, int previous) {
    boolean above = previous > 0 && (long) amount * 100 > (long) previous * (100 + cap);
    return new Volume(id, timed, amount, previous, above);
  }

  /** The mean of the sessions' peak pains, as IntStream.average counts it. */
  private static OptionalDouble meanDuring(List<DayFigures> days) {
    long sum = 0;
    long n = 0;
    for (DayFigures d : days) {
      for (int p : d.during()) {
        sum += p;
        n++;
      }
    }
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum / n);
  }

  private static OptionalInt maxDuring(List<DayFigures> days) {
    OptionalInt max = OptionalInt.empty();
    for (DayFigures d : days) {
      OptionalInt peak = d.peakPain();
      if (peak.isPresent() && (max.isEmpty() || peak.getAsInt() > max.getAsInt())) {
        max = peak;
      }
    }
    return max;
  }

  private int aboveCeiling(List<DayFigures> days) {
    int n = 0;
    for (DayFigures d : days) {
      for (int p : d.during()) {
        n += p > ceiling ? 1 : 0;
      }
    }
    return n;
  }

  private static OptionalDouble meanMorning(List<DayFigures> days) {
    long sum = 0;
    long n = 0;
    for (DayFigures d : days) {
      if (d.morningPain().isPresent()) {
        sum += d.morningPain().getAsInt();
        n++;
      }
    }
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum / n);
  }
}
