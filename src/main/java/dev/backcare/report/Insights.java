package dev.backcare.report;

import dev.backcare.domain.Event.Performed;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.History;
import dev.backcare.domain.Library;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Which days came before worse mornings: for each training day from {@code from} to {@code to},
 * whether the next morning was worse than the pain before the day's first session (both as the
 * next-day rule reads them: {@link History#baseline} and {@link History#nextDayCheck}), grouped by
 * what the day held. The unit is the training day, not the session, as the next morning answers
 * for all of a day's sessions. A day whose pain before or next morning was not logged (or is still
 * to come) is left out and counted as unknown. Pure: a function of the history, the library and
 * today.
 */
public record Insights(LocalDate from, LocalDate to, int painCeiling, int trainingDays,
    List<Row> rows) {

  /** No comparison is drawn with fewer days than this on either side. */
  public static final int MINIMUM = 6;
  /** A day whose first session began before this time is a morning day. */
  public static final LocalTime NOON = LocalTime.NOON;
  /** What is counted, in one line. */
  public static final String QUESTION = "For each training day: was the next morning worse than"
      + " the pain before the day's first session?";
  /** What the figures cannot say, in one line. */
  public static final String CAUTION = "This shows what came together, not what caused it; no"
      + " comparison is drawn with fewer than " + MINIMUM + " days with and " + MINIMUM
      + " without.";

  /** What a row compares: the time of day, the pain ceiling, or one exercise. */
  public enum Group {
    TIME_OF_DAY("time-of-day"),
    CEILING("ceiling"),
    EXERCISE("exercise");

    private final String id;

    Group(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  /** Of {@code days} training days, how many were followed by a worse morning. */
  public record Tally(int days, int worse) {
    /** The share of worse mornings, rounded to a whole percent; absent without days. */
    public OptionalInt percent() {
      return days == 0 ? OptionalInt.empty()
          : OptionalInt.of((int) Math.round(100.0 * worse / days));
    }

    /** "4 of 7 days with bridge": {@code what} names the days, "day" for one. */
    String of(String what) {
      return worse + " of " + days + " " + (days == 1 ? what.replaceFirst("^days ", "day ")
          : what);
    }

  }

  /**
   * One comparison: the days that had something ({@code with}) against those that did not. The
   * words name each side as the verdict says them: "days with bridge", "days without".
   */
  public record Row(Group group, String id, String label, String withWords,
      String withoutWords, Tally with, Tally without) {

    /** Whether there are enough days on both sides to compare. */
    public boolean enough() {
      return with.days() >= MINIMUM && without.days() >= MINIMUM;
    }

    /**
     * The row in careful words: the counts always, the percentages only when there are enough
     * days to compare.
     */
    public String verdict() {
      if (enough()) {
        return "worse mornings followed " + with.of(withWords) + " (" + with.percent().getAsInt()
            + " %) and " + without.of(withoutWords) + " (" + without.percent().getAsInt() + " %)";
      }
      String counts = with.days() == 0 ? without.of(withoutWords) + "; there were no " + withWords
          : without.days() == 0 ? with.of(withWords) + "; there were no " + withoutWords
          : with.of(withWords) + " and " + without.of(withoutWords);
      return "worse mornings followed " + counts + "; not enough days yet to compare (needs "
          + MINIMUM + " with and " + MINIMUM + " without)";
    }
  }

  /** The training days counted: those with both answers. */
  public int counted() {
    return rows.isEmpty() ? 0 : rows.get(0).with().days() + rows.get(0).without().days();
  }

  /** The training days left out: the pain before or the next morning not logged, or to come. */
  public int unknown() {
    return trainingDays - counted();
  }

  /** The counts in one line, for every format. */
  public String counts() {
    return trainingDays == 0 ? "No training days in this period."
        : counted() + " of " + trainingDays + " training "
            + (trainingDays == 1 ? "day" : "days") + " counted; " + unknown()
            + " left out, as the pain before or the next morning was not logged (or is still"
            + " to come).";
  }

  /** What one training day held, and how its next morning went. */
  private record Day(boolean worse, boolean morning, boolean aboveCeiling,
      Set<String> exercises) {}

  /** The insights for {@code from} to {@code to} as the history stands on {@code today}. */
  public static Insights of(Library library, History history, LocalDate from, LocalDate to,
      LocalDate today) {
    int ceiling = library.thresholds().painCeiling();
    LocalDate last = to.isAfter(today) ? today : to;
    List<Day> days = new ArrayList<>();
    int training = 0;
    for (LocalDate d : from.isAfter(last) ? Set.<LocalDate>of() : history.trainingDays(from,
        last)) {
      training++;
      OptionalInt before = history.baseline(d);
      OptionalInt next = history.nextDayCheck(d);
      if (before.isEmpty() || next.isEmpty() || d.plusDays(1).isAfter(today)) {
        continue;
      }
      List<Session> sessions = history.sessionsOn(d);
      Set<String> done = new TreeSet<>();
      sessions.forEach(s -> s.exercises().stream().map(Performed::exercise).forEach(done::add));
      days.add(new Day(next.getAsInt() > before.getAsInt(),
          sessions.get(0).at().toLocalTime().isBefore(NOON),
          sessions.stream().anyMatch(s -> s.during() > ceiling), done));
    }
    List<Row> rows = new ArrayList<>();
    if (!days.isEmpty()) {
      rows.add(row(days, Group.TIME_OF_DAY, "morning", "First session before noon",
          "days whose first session was before noon", "days it was later", Day::morning));
      rows.add(row(days, Group.CEILING, "above-ceiling",
          "A session above the ceiling of " + ceiling,
          "days with a session above the ceiling", "days without", Day::aboveCeiling));
      days.stream().flatMap(d -> d.exercises().stream()).distinct()
          .sorted(Comparator.comparing((String id) -> name(library, id))
              .thenComparing(Comparator.naturalOrder()))
          .forEach(id -> rows.add(row(days, Group.EXERCISE, id, name(library, id),
              "days with " + lowerFirst(name(library, id)), "days without",
              d -> d.exercises().contains(id))));
    }
    return new Insights(from, to, ceiling, training, List.copyOf(rows));
  }

  private static Row row(List<Day> days, Group group, String id, String label, String withWords,
      String withoutWords, Predicate<Day> has) {
    int with = 0;
    int worseWith = 0;
    int worseWithout = 0;
    for (Day d : days) {
      if (has.test(d)) {
        with++;
        worseWith += d.worse() ? 1 : 0;
      } else {
        worseWithout += d.worse() ? 1 : 0;
      }
    }
    return new Row(group, id, label, withWords, withoutWords, new Tally(with, worseWith),
        new Tally(days.size() - with, worseWithout));
  }

  private static String name(Library library, String id) {
    return library.exercise(id).map(Exercise::name).orElse(id);
  }

  private static String lowerFirst(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
