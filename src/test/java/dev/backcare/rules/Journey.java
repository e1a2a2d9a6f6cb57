package dev.backcare.rules;

import dev.backcare.domain.StopSign;
import java.util.ArrayList;
import java.util.List;

/**
 * What a person does, day by day, from the start of a plan: the script that {@link Simulation}
 * plays against the coach to write a journal. Its text is what a shrunk counterexample shows.
 *
 * @param firstPain morning pain on day 0
 * @param chosen the exercises chosen at the plan's start (empty: the initial phase's)
 */
record Journey(int firstPain, List<String> chosen, List<Journey.Day> days) {

  /** How a session's doses compare with the prescription. */
  enum Dose {
    AS_GIVEN, LESS, MORE, ONE_LEFT_OUT
  }

  /** At most one unusual thing a day. */
  enum Extra {
    NONE,
    /** A stop sign logged at midday. */
    SYMPTOM,
    /** The first session logged with a stop sign noticed in it. */
    SESSION_STOP_SIGN,
    /** The evening before, the last event logged (not a correction) is voided. */
    VOID_LAST,
    /** The morning check-in is logged in the evening, back-dated to 07:00. */
    LATE_CHECK_IN,
    /** The day's last session is logged the next morning, back-dated. */
    LATE_SESSION,
    /** The check-in is logged at the very instant of the first session. */
    CHECK_IN_WITH_SESSION,
    /** Two check-ins at the same instant, the second a point higher. */
    TWO_CHECK_INS,
    /** The first session is logged twice, at the same instant. */
    DOUBLE_LOG,
    /** An exercise that suits the phase is added to the plan. */
    PLAN_ADD,
    /** The plan's last exercise is removed. */
    PLAN_REMOVE,
    /** The person flies across the Atlantic: the clock's offset flips between +01:00 and -05:00. */
    TRAVEL
  }

  /**
   * One day.
   *
   * @param painChange morning pain against the day before's
   * @param checkIn whether a morning check-in is logged
   * @param sessions how many sessions the person means to do
   * @param during the peak pain in each session
   * @param defiant trains even when told to stop or rest (yesterday's session again)
   * @param doctor sees a professional and logs the clearing, if told to stop
   */
  record Day(int painChange, boolean checkIn, int sessions, Dose dose, int during,
      boolean defiant, boolean doctor, Extra extra, StopSign sign) {

    @Override
    public String toString() {
      List<String> parts = new ArrayList<>();
      parts.add("pain" + (painChange < 0 ? "" : "+") + painChange);
      parts.add(checkIn ? "check-in" : "no check-in");
      parts.add(sessions + " session" + (sessions == 1 ? "" : "s")
          + (sessions == 0 ? "" : " " + dose.name().toLowerCase() + " peak " + during));
      if (defiant) {
        parts.add("defiant");
      }
      if (doctor) {
        parts.add("doctor");
      }
      if (extra != Extra.NONE) {
        boolean signed = extra == Extra.SYMPTOM || extra == Extra.SESSION_STOP_SIGN;
        parts.add(extra.name().toLowerCase() + (signed ? " " + sign.id() : ""));
      }
      return String.join(", ", parts);
    }
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("journey: pain " + firstPain + " on day 0, plan of "
        + (chosen.isEmpty() ? "the initial phase's exercises" : chosen));
    for (int i = 0; i < days.size(); i++) {
      b.append("\n  day ").append(i).append(": ").append(days.get(i));
    }
    return b.toString();
  }
}
