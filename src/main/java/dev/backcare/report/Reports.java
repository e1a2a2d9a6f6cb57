package dev.backcare.report;

import dev.backcare.domain.Event.FunctionRating;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.FunctionScale;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import dev.backcare.domain.LocalZone;
import dev.backcare.domain.Phase;
import dev.backcare.report.DayFigures.NextDay;
import dev.backcare.report.WeekFigures.Adherence;
import dev.backcare.report.WeekFigures.FunctionScores;
import dev.backcare.report.WeekFigures.Mornings;
import dev.backcare.report.WeekFigures.NextDays;
import dev.backcare.report.WeekFigures.PhaseChange;
import dev.backcare.report.WeekFigures.PhaseStart;
import dev.backcare.report.WeekFigures.Rated;
import dev.backcare.report.WeekFigures.SessionPain;
import dev.backcare.report.WeekFigures.StopSignLogged;
import dev.backcare.report.WeekFigures.Volume;
import dev.backcare.rules.Decision;
import dev.backcare.rules.Rule;
import dev.backcare.rules.WeeklyCap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/** Builds a {@link WeeklyReport} from the journal: the numbers only, no text. Pure. */
public final class Reports {
  private final Map<LocalDate, DayFigures> days = new LinkedHashMap<>();
  private final Library library;
  private final History history;
  private final int ceiling;
  private final int cap;

  private Reports(Library library, History history) {
    this.library = library;
    this.history = history;
    this.ceiling = library.thresholds().painCeiling();
    this.cap = library.thresholds().weeklyVolumeCapPercent();
  }

  /** The report of {@code period} as the journal stands on {@code today}, in {@code zone}. */
  public static WeeklyReport build(Library library, History history, Period period,
      LocalDate today, LocalZone zone) {
    return build(library, history, period, today, history.planStart().map(PlanStart::start),
        days(library, history, period.from().minusDays(7), period.to(), today, zone, Map.of()));
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
   * before it begins: see {@link #days}. The weekly volume cap is checked on {@code history},
   * and the notes are those of its entries.
   */
  public static WeeklyReport build(Library library, History history, Period period,
      LocalDate today, Optional<LocalDate> planStart, Map<LocalDate, DayFigures> days) {
    Reports r = new Reports(library, history);
    r.days.putAll(days);
    List<WeekFigures> weeks = new ArrayList<>();
    for (LocalDate[] w : period.weeks()) {
      weeks.add(r.week(w[0], w[1]));
    }
    return new WeeklyReport(period, today, planStart, r.ceiling, r.cap, List.copyOf(weeks),
        Note.of(history, period.from(), period.to().isAfter(today) ? today : period.to()),
        Insights.of(library, history, period.from(), period.to(), today));
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
    int[] adherence = new int[8];
    int fewest = Integer.MAX_VALUE;
    int most = 0;
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
      adherence[1] += d.trainingDay() ? 1 : 0;
      adherence[2] += d.prescribed() ? 1 : 0;
      adherence[3] += d.prescribed() && d.sessions() >= d.minimumSessions() ? 1 : 0;
      adherence[4] += d.prescribed() ? d.sessions() : 0;
      adherence[5] += d.minimumSessions();
      adherence[6] += Math.min(d.sessions(), d.minimumSessions());
      adherence[7] += d.decision().isPresent() && !d.prescribed() ? d.sessions() : 0;
      if (d.prescribed()) {
        fewest = Math.min(fewest, d.prescribedSessions());
        most = Math.max(most, d.prescribedSessions());
      }
    }
    SessionPain pain = new SessionPain(meanDuring(now), maxDuring(now), aboveCeiling(now),
        meanDuring(before), aboveCeiling(before));
    NextDays nextDays = new NextDays(next[0], next[1], next[2], next[3]);
    Mornings morningPain = new Mornings(mornings, meanMorning(now), meanMorning(before));
    Adherence a = new Adherence(adherence[0], adherence[1], adherence[2], adherence[3],
        adherence[4], adherence[5], adherence[6], most == 0 ? 0 : fewest, most, adherence[7]);
    Optional<WeeklyCap.Check> check = last == null ? Optional.empty()
        : Optional.of(WeeklyCap.check(library, history, last.date(), last.phase().get(),
            exercises(now)));
    List<Volume> volumes = volumes(now, before, check.map(WeeklyCap.Check::above).orElse(Set.of()));
    Volume reps = total(volumes, false);
    Volume seconds = total(volumes, true);
    WeekFigures w = new WeekFigures(start, end, all,
        last == null ? Optional.empty() : last.phase(), last == null ? 0 : last.planWeek(), a,
        pain, nextDays, morningPain, volumes, reps, seconds, decisions, rules, changes, signs,
        clearings, check.flatMap(Reports::phaseStart), List.of(),
        now.isEmpty() ? FunctionScores.NONE : function(start, now.get(now.size() - 1).date()));
    return w.withSigns(Sign.shownBy(w));
  }

  /** The ratings on the functional scale from {@code start} to {@code end}, both included. */
  private FunctionScores function(LocalDate start, LocalDate end) {
    List<FunctionRating> all = history.functionRatings().stream()
        .filter(f -> !f.date().isAfter(end)).toList();
    if (all.isEmpty() || all.get(all.size() - 1).date().isBefore(start)) {
      return FunctionScores.NONE;
    }
    List<FunctionRating> week = all.stream().filter(f -> !f.date().isBefore(start)).toList();
    FunctionRating latest = week.get(week.size() - 1);
    Map<LocalDate, Rated> daily = new LinkedHashMap<>();
    week.forEach(f -> daily.put(f.date(), new Rated(f.date(), f.mean())));
    double mean = week.stream().filter(f -> f.activities().equals(latest.activities()))
        .mapToDouble(FunctionRating::mean).average().orElseThrow();
    FunctionRating first = FunctionScale.baseline(all, latest);
    boolean alone = first.id().equals(latest.id());
    return new FunctionScores(week.size(), List.copyOf(daily.values()), OptionalDouble.of(mean),
        alone ? Optional.empty() : Optional.of(first.date()),
        alone ? OptionalDouble.empty() : OptionalDouble.of(mean - first.mean()));
  }

  /** The phase in its first seven days, when the cap does not apply for that reason. */
  private static Optional<PhaseStart> phaseStart(WeeklyCap.Check c) {
    return c.applies() || c.phase() == Phase.INITIAL ? Optional.empty()
        : c.phaseBegan().map(d -> new PhaseStart(c.phase(), d));
  }

  /** The exercises done on these days. */
  private static Set<String> exercises(List<DayFigures> days) {
    Set<String> out = new LinkedHashSet<>();
    for (DayFigures d : days) {
      out.addAll(d.volume().keySet());
    }
    return out;
  }

  private List<Volume> volumes(List<DayFigures> now, List<DayFigures> before, Set<String> above) {
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
      out.add(new Volume(v.getKey(), timed.contains(v.getKey()), v.getValue()[0],
          v.getValue()[1], above.contains(v.getKey())));
    }
    return out;
  }

  private static Volume total(List<Volume> volumes, boolean timed) {
    int amount = 0;
    int previous = 0;
    for (Volume v : volumes) {
      if (v.timed() == timed) {
        amount += v.amount();
        previous += v.previous();
      }
    }
    return new Volume("total", timed, amount, previous, false);
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
