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
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

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
    Reports r = new Reports(library);
    Days source = new Days(library, history, today, zone);
    for (LocalDate d = period.from().minusDays(7); !d.isAfter(period.to()); d = d.plusDays(1)) {
      r.days.put(d, source.of(d));
    }
    List<WeekFigures> weeks = new ArrayList<>();
    for (LocalDate[] w : period.weeks()) {
      weeks.add(r.week(w[0], w[1]));
    }
    return new WeeklyReport(period, today,
        history.planStart().map(PlanStart::start), r.ceiling, r.cap,
        List.copyOf(weeks));
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
    List<DayFigures> now = all.stream().filter(DayFigures::counted).toList();
    // The same weekdays a week before: a week in progress is compared like for like.
    List<DayFigures> before = now.stream().map(d -> days.get(d.date().minusDays(7))).toList();
    Optional<DayFigures> last = now.stream().filter(d -> d.phase().isPresent())
        .reduce((a, b) -> b);

    Map<Decision, Integer> decisions = new EnumMap<>(Decision.class);
    Map<Rule, Integer> rules = new EnumMap<>(Rule.class);
    List<PhaseChange> changes = new ArrayList<>();
    List<StopSignLogged> signs = new ArrayList<>();
    List<LocalDate> clearings = new ArrayList<>();
    for (DayFigures d : now) {
      d.decision().ifPresent(x -> decisions.merge(x, 1, Integer::sum));
      d.rules().forEach(x -> rules.merge(x, 1, Integer::sum));
      Optional<Phase> was = days.get(d.date().minusDays(1)) == null ? Optional.empty()
          : days.get(d.date().minusDays(1)).phase();
      if (d.phase().isPresent() && was.isPresent() && d.phase().get() != was.get()) {
        changes.add(new PhaseChange(d.date(), d.phase().get()));
      }
      d.stopSigns().forEach(s -> signs.add(new StopSignLogged(d.date(), s)));
      if (d.cleared()) {
        clearings.add(d.date());
      }
    }
    SessionPain pain = new SessionPain(during(now).average(),
        during(now).max(), aboveCeiling(now), during(before).average(), aboveCeiling(before));
    NextDays next = new NextDays(count(now, d -> d.trainingDay() && d.nextDay() != NextDay.PENDING),
        count(now, d -> d.trainingDay() && switch (d.nextDay()) {
          case BETTER, SAME, WORSE -> true;
          default -> false;
        }),
        count(now, d -> d.nextDay() == NextDay.WORSE),
        count(now, d -> d.nextDay() == NextDay.PENDING));
    Mornings mornings = new Mornings(count(now, d -> d.morningPain().isPresent()),
        mornings(now), mornings(before));
    Adherence adherence = new Adherence(
        sum(now, DayFigures::sessions), sum(now, DayFigures::prescribedSessions),
        sum(now, d -> Math.min(d.sessions(), d.prescribedSessions())),
        count(now, DayFigures::trainingDay), count(now, DayFigures::prescribed),
        count(now, d -> d.prescribed() && d.trainingDay()),
        sum(now, d -> d.decision().isPresent() && !d.prescribed() ? d.sessions() : 0));
    List<Volume> volumes = volumes(now, before);
    Volume reps = total(volumes, false);
    Volume seconds = total(volumes, true);
    WeekFigures w = new WeekFigures(start, end, all, last.flatMap(DayFigures::phase),
        last.map(DayFigures::planWeek).orElse(0), adherence, pain, next, mornings, volumes, reps, seconds,
        decisions, rules, changes, signs, clearings, List.of());
    return w.withSigns(Sign.shownBy(w));
  }

  private List<Volume> volumes(List<DayFigures> now, List<DayFigures> before) {
    Map<String, int[]> by = new LinkedHashMap<>();
    Set<String> timed = new HashSet<>();
    for (int i = 0; i < 2; i++) {
      int slot = i;
      for (DayFigures d : i == 0 ? now : before) {
        d.volume().forEach((id, v) -> by.computeIfAbsent(id, k -> new int[2])[slot] += v);
        timed.addAll(d.timed());
      }
    }
    List<Volume> out = new ArrayList<>();
    by.forEach((id, v) -> out.add(volume(id, timed.contains(id), v[0], v[1])));
    return out;
  }

  private Volume total(List<Volume> volumes, boolean timed) {
    return volume("total", timed,
        volumes.stream().filter(v -> v.timed() == timed).mapToInt(Volume::amount).sum(),
        volumes.stream().filter(v -> v.timed() == timed).mapToInt(Volume::previous).sum());
  }

  private Volume volume(String id, boolean timed, int amount, int previous) {
    boolean above = previous > 0 && (long) amount * 100 > (long) previous * (100 + cap);
    return new Volume(id, timed, amount, previous, above);
  }

  private static IntStream during(List<DayFigures> days) {
    return days.stream().flatMap(d -> d.during().stream()).mapToInt(Integer::intValue);
  }

  private int aboveCeiling(List<DayFigures> days) {
    return (int) during(days).filter(p -> p > ceiling).count();
  }

  private static OptionalDouble mornings(List<DayFigures> days) {
    return days.stream().filter(d -> d.morningPain().isPresent())
        .mapToInt(d -> d.morningPain().getAsInt()).average();
  }

  private static int count(List<DayFigures> days, Predicate<DayFigures> p) {
    return (int) days.stream().filter(p).count();
  }

  private static int sum(List<DayFigures> days, ToIntFunction<DayFigures> f) {
    return days.stream().mapToInt(f).sum();
  }
}
