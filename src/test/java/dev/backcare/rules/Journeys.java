package dev.backcare.rules;

import dev.backcare.domain.Exercise;
import dev.backcare.domain.Phase;
import dev.backcare.domain.StopSign;
import dev.backcare.rules.Journey.Day;
import dev.backcare.rules.Journey.Dose;
import dev.backcare.rules.Journey.Extra;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;

/**
 * Journeys as people live them: mostly calm days with one or two sessions as prescribed, now and
 * then a worse morning, a session above the pain ceiling, a flare-up, a stop sign and a visit to
 * the doctor, a missed check-in, a correction, an entry logged late. Every choice shrinks toward
 * the calm, ordinary day, so a counterexample keeps only the days that matter.
 */
final class Journeys {
  private Journeys() {}

  /** Journeys of one day to ten weeks: {@code @ForAll(supplier = Journeys.Any.class)}. */
  static final class Any implements ArbitrarySupplier<Journey> {
    @Override
    public Arbitrary<Journey> get() {
      return journeys(1, 70);
    }
  }

  /** Three weeks to ten weeks: the building phase is due in week 3. */
  static final class ThreeWeeksOrMore implements ArbitrarySupplier<Journey> {
    @Override
    public Arbitrary<Journey> get() {
      return journeys(21, 70);
    }
  }

  /**
   * Journeys of {@code minDays} to {@code maxDays} days (by the calendar, days 0-13 are the initial
   * phase, 14-27 building).
   */
  static Arbitrary<Journey> journeys(int minDays, int maxDays) {
    Arbitrary<Integer> firstPain = Arbitraries.integers().between(0, 4).shrinkTowards(2);
    Arbitrary<List<Day>> days = day().list().ofMinSize(minDays).ofMaxSize(maxDays)
        .withSizeDistribution(RandomDistribution.uniform());
    return Combinators.combine(firstPain, chosen(), days).as(Journey::new);
  }

  /** Usually the initial phase's own exercises; sometimes one to three picked at the start. */
  private static Arbitrary<List<String>> chosen() {
    List<String> fit = Story.LIBRARY.exercises().stream().filter(e -> e.fits(Phase.INITIAL))
        .map(Exercise::id).toList();
    Arbitrary<List<String>> picked = Arbitraries.subsetOf(fit).ofMinSize(1).ofMaxSize(3)
        .map(s -> fit.stream().filter(s::contains).toList());
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(List.of())), Tuple.of(1, picked));
  }

  static Arbitrary<Day> day() {
    Arbitrary<Integer> painChange = Arbitraries.frequency(Tuple.of(86, 0), Tuple.of(6, -1),
        Tuple.of(4, 1), Tuple.of(2, 2), Tuple.of(1, 3), Tuple.of(1, 5));
    Arbitrary<Boolean> checkIn = Arbitraries.frequency(Tuple.of(88, true), Tuple.of(12, false));
    Arbitrary<Integer> sessions = Arbitraries.frequency(Tuple.of(58, 1), Tuple.of(18, 2),
        Tuple.of(14, 0), Tuple.of(10, 3));
    Arbitrary<Dose> dose = Arbitraries.frequency(Tuple.of(82, Dose.AS_GIVEN),
        Tuple.of(8, Dose.LESS), Tuple.of(6, Dose.MORE), Tuple.of(4, Dose.ONE_LEFT_OUT));
    Arbitrary<Integer> during = Arbitraries.frequency(Tuple.of(90, 3), Tuple.of(54, 2),
        Tuple.of(24, 4), Tuple.of(12, 1), Tuple.of(12, 5), Tuple.of(5, 6), Tuple.of(2, 7),
        Tuple.of(1, 8));
    Arbitrary<Boolean> defiant = Arbitraries.frequency(Tuple.of(95, false), Tuple.of(5, true));
    Arbitrary<Boolean> doctor = Arbitraries.frequency(Tuple.of(70, false), Tuple.of(30, true));
    Arbitrary<Tuple2<Extra, StopSign>> extra = Combinators.combine(
        Arbitraries.frequency(Tuple.of(69, Extra.NONE), Tuple.of(2, Extra.SYMPTOM),
            Tuple.of(1, Extra.SESSION_STOP_SIGN), Tuple.of(3, Extra.VOID_LAST),
            Tuple.of(3, Extra.LATE_CHECK_IN), Tuple.of(3, Extra.LATE_SESSION),
            Tuple.of(4, Extra.CHECK_IN_WITH_SESSION), Tuple.of(3, Extra.TWO_CHECK_INS),
            Tuple.of(3, Extra.DOUBLE_LOG), Tuple.of(3, Extra.PLAN_ADD),
            Tuple.of(2, Extra.PLAN_REMOVE), Tuple.of(2, Extra.TRAVEL)),
        Arbitraries.of(StopSign.class)).as(Tuple::of);
    return Combinators.combine(painChange, checkIn, sessions, dose, during, defiant, doctor, extra)
        .as((p, c, s, d, du, de, doc, x) -> new Day(p, c, s, d, du, de, doc, x.get1(), x.get2()));
  }
}
