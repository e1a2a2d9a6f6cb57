package dev.backcare.report;

import dev.backcare.domain.Phase;
import dev.backcare.domain.StopSign;
import dev.backcare.rules.Decision;
import dev.backcare.rules.Rule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One day as the report counts it. {@code counted} is false for days after today: nothing is
 * known about them yet. The decision and rules are what the rules said that morning, before the
 * day's first session; they are absent before the plan began.
 *
 * @param volume sets times repetitions (or seconds) per exercise id, in the order first done
 * @param timed the exercises whose volume is in seconds
 * @param prescribedSessions the most sessions the rules allowed that day ("up to"); none on a
 *     rest or stop day
 * @param during the peak pain of each session, in time order
 */
public record DayFigures(
    LocalDate date,
    boolean counted,
    Optional<Phase> phase,
    int planWeek,
    Optional<Decision> decision,
    Set<Rule> rules,
    int prescribedSessions,
    List<Integer> during,
    int reps,
    int seconds,
    Map<String, Integer> volume,
    Set<String> timed,
    OptionalInt morningPain,
    NextDay nextDay,
    List<StopSign> stopSigns,
    boolean cleared) {

  /** How the morning after a training day compared with the pain before its first session. */
  public enum NextDay {
    /** Not a training day. */
    NONE(""),
    BETTER("better"),
    SAME("same"),
    WORSE("worse"),
    /** The next morning has not come, or has not been logged yet, and it is still today. */
    PENDING("pending"),
    /** The check was not logged, or there is no baseline to compare with. */
    MISSING("not-logged");

    private final String id;

    NextDay(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  public int sessions() {
    return during.size();
  }

  public boolean trainingDay() {
    return !during.isEmpty();
  }

  public OptionalInt peakPain() {
    if (during.isEmpty()) {
      return OptionalInt.empty();
    }
    int max = Integer.MIN_VALUE;
    for (int p : during) {
      max = Math.max(max, p);
    }
    return OptionalInt.of(max);
  }

  /**
   * The fewest sessions asked of this day: one on a day the rules said to train, none on another.
   * {@code today} gives each phase's sessions as a most, "up to 8 times a day" or "once a day", so
   * one session is what a training day asks; {@link #prescribedSessions} is the most allowed.
   */
  public int minimumSessions() {
    return prescribed() ? 1 : 0;
  }

  /** A day the rules said to train: a session was prescribed. */
  public boolean prescribed() {
    return prescribedSessions > 0;
  }

  /** Something was logged on this day. */
  public boolean logged() {
    return trainingDay() || morningPain.isPresent() || !stopSigns.isEmpty() || cleared;
  }
}
