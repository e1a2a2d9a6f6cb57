package dev.backcare.rules;

import dev.backcare.domain.Event.Session;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import dev.backcare.rules.Reason.Evidence;
import dev.backcare.rules.Reason.Threshold;
import dev.backcare.text.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * For {@code today --why --all}: what the pain rules that did not fire looked at, and why each
 * stayed quiet, from the same history queries the rules use. A rule that fired is not here.
 */
public final class Checks {
  private Checks() {}

  /** The quiet pain rules of {@code r}, each as a reason with its entries and threshold. */
  public static List<Reason> quiet(Library library, History history, LocalDate today,
      Recommendation r) {
    Facts f = new Facts(library, history, today);
    List<Reason> out = new ArrayList<>();
    if (!r.fired(Rule.RED_FLAG)) {
      out.add(new Reason(Rule.RED_FLAG, history.symptoms().isEmpty()
          ? "no stop sign has been logged" : "no stop sign is open: each one logged has been"
              + " cleared since"));
    }
    if (!r.fired(Rule.PAIN_CEILING)) {
      ceiling(f).ifPresent(out::add);
    }
    if (!r.fired(Rule.NEXT_DAY)) {
      nextDay(f).ifPresent(out::add);
    }
    if (!r.fired(Rule.FLARE_UP)) {
      flareUp(f).ifPresent(out::add);
    }
    if (!r.fired(Rule.WEEKLY_TREND)) {
      trend(f).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Reason> ceiling(Facts f) {
    Optional<LocalDate> last = f.history.trainingDayOnOrBefore(f.today);
    if (last.isEmpty()) {
      return Optional.empty();
    }
    List<Session> day = f.history.sessionsOn(last.get());
    OptionalInt peak = f.peak(last.get());
    return Optional.of(new Reason(Rule.PAIN_CEILING, "the worst pain in your sessions on "
        + Words.shortDayMonth(last.get()) + " was " + peak.getAsInt() + ", within the ceiling of "
        + f.t.painCeiling()).because(new Threshold("painCeiling", f.t.painCeiling()),
            day.stream().map(s -> Evidence.of(s, "worst pain during", s.during()))
                .toArray(Evidence[]::new)));
  }

  private static Optional<Reason> nextDay(Facts f) {
    Optional<LocalDate> last = f.history.trainingDayOnOrBefore(f.today.minusDays(1));
    if (last.isEmpty() || f.nextDayRise(last.get()).isEmpty()) {
      return Optional.empty();
    }
    int rise = f.nextDayRise(last.get()).getAsInt();
    return Optional.of(new Reason(Rule.NEXT_DAY, "the morning after "
        + Words.shortDayMonth(last.get()) + " your pain was "
        + f.history.nextDayCheck(last.get()).getAsInt() + ", against "
        + f.history.baseline(last.get()).getAsInt() + " before the session: "
        + (rise <= 0 ? "no worse" : "only " + rise + " worse, under the margin of "
            + f.t.nextDayHoldMargin())).because(new Threshold("nextDayHoldMargin", f.t.nextDayHoldMargin()),
            Stream.of(f.history.nextDayEntry(last.get()), f.history.baselineEntry(last.get()))
                .flatMap(Optional::stream).map(Evidence::pain).toArray(Evidence[]::new)));
  }

  private static Optional<Reason> flareUp(Facts f) {
    List<Facts.Felt> felt = new ArrayList<>();
    LocalDate from = f.today.minusDays(f.t.flareUpDays() - 1L);
    from.datesUntil(f.today.plusDays(1)).forEach(d -> felt.addAll(f.felt(d)));
    if (felt.isEmpty()) {
      return Optional.empty();
    }
    int worst = felt.stream().mapToInt(Facts.Felt::pain).max().getAsInt();
    return Optional.of(new Reason(Rule.FLARE_UP, "the worst pain you logged in the last "
        + f.t.flareUpDays() + " days was " + worst + ", below " + f.t.flareUpPain())
        .because(new Threshold("flareUpPain", f.t.flareUpPain()),
            felt.stream().map(x -> Evidence.pain(x.entry())).toArray(Evidence[]::new)));
  }

  private static Optional<Reason> trend(Facts f) {
    OptionalDouble now = f.meanMorningPain(f.today.minusDays(6), f.today);
    OptionalDouble before = f.meanMorningPain(f.today.minusDays(13), f.today.minusDays(7));
    if (now.isEmpty() || before.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Reason(Rule.WEEKLY_TREND, "your mean morning pain this week ("
        + Words.oneDecimal(now.getAsDouble()) + ") is not above last week's ("
        + Words.oneDecimal(before.getAsDouble()) + ")").using(f.mornings(f.today.minusDays(13),
            f.today).stream().map(Evidence::pain).toList()));
  }
}
