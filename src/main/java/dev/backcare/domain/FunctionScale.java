package dev.backcare.domain;

import dev.backcare.BackcareException;
import dev.backcare.domain.Event.FunctionRating;
import dev.backcare.domain.Event.Score;
import dev.backcare.text.Plain;
import dev.backcare.text.Printable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Patient-Specific Functional Scale (Stratford et al. 1995): up to three activities the back
 * makes hard, each scored 0 (unable) to 10 (as before the problem). Ratings are compared only
 * with ratings of the same activities, the first of which is their baseline.
 */
public final class FunctionScale {
  /** The most activities one rating holds. */
  public static final int MOST_ACTIVITIES = 3;
  /** The longest name of an activity, in characters. */
  public static final int LONGEST_NAME = 60;
  public static final int MAX = 10;
  /** A rise in the mean score this large is a meaningful improvement (the scale's MCID). */
  public static final double MEANINGFUL_RISE = 2.0;

  private FunctionScale() {}

  /**
   * The scores of {@code args}: each {@code "activity=score"}, naming one to three activities, or
   * only the scores of the activities {@code known} names, in its order. Bad input otherwise.
   */
  public static List<Score> parse(List<String> args, List<String> known) {
    if (args.isEmpty() || args.size() > MOST_ACTIVITIES) {
      throw BackcareException.badInput("name one to three activities, each as"
          + " \"activity=score\", such as \"putting on socks=3\"; got " + args.size());
    }
    long named = args.stream().filter(a -> a.contains("=")).count();
    if (named == 0) {
      return scoresAlone(args, known);
    }
    if (named < args.size()) {
      throw BackcareException.badInput("give every activity with its score (\"activity=score\"),"
          + " or only the scores of the activities you rate, not both");
    }
    List<Score> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String a : args) {
      int eq = a.lastIndexOf('=');
      String name = a.substring(0, eq).strip();
      if (name.isEmpty()) {
        throw BackcareException.badInput("an activity needs a name before \"=\", got \""
            + Printable.line(a, 40) + "\"");
      }
      if (name.length() > LONGEST_NAME) {
        throw BackcareException.badInput("an activity's name is at most " + LONGEST_NAME
            + " characters: \"" + Printable.line(name, 40) + "\"");
      }
      if (!seen.add(name)) {
        throw BackcareException.badInput("the activity \"" + Printable.line(name, 40)
            + "\" is named twice");
      }
      out.add(new Score(name, score(name, a.substring(eq + 1))));
    }
    return List.copyOf(out);
  }

  private static List<Score> scoresAlone(List<String> args, List<String> known) {
    if (known.isEmpty()) {
      throw BackcareException.badInput("the first time, name each activity with its score, such"
          + " as \"putting on socks=3\"");
    }
    if (args.size() != known.size()) {
      throw BackcareException.badInput("you rate " + known.size() + " "
          + (known.size() == 1 ? "activity" : "activities") + " (" + names(known) + "): give "
          + known.size() + (known.size() == 1 ? " score" : " scores, in that order,")
          + " or name new activities as \"activity=score\"");
    }
    List<Score> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      out.add(new Score(known.get(i), score(known.get(i), args.get(i))));
    }
    return List.copyOf(out);
  }

  /** A score 0-10, or bad input that names the activity. */
  public static int score(String activity, String text) {
    String t = text.strip();
    if (Plain.oneOrTwoDigits(t) && Integer.parseInt(t) <= MAX) {
      return Integer.parseInt(t);
    }
    throw BackcareException.badInput("the score for \"" + Printable.line(activity, 40)
        + "\" must be a whole number 0-10 (0 unable, 10 as before the problem), got \""
        + Printable.line(text, 20) + "\"");
  }

  /** "putting on socks, walking 30 min", each name made printable. */
  public static String names(List<String> activities) {
    return String.join(", ", activities.stream().map(a -> Printable.line(a, LONGEST_NAME))
        .toList());
  }

  /** The activities of the latest rating in {@code ratings} (time order); none before any. */
  public static List<String> known(List<FunctionRating> ratings) {
    return ratings.isEmpty() ? List.of() : ratings.get(ratings.size() - 1).activities();
  }

  /** The first rating of the same activities as {@code latest}: its baseline. */
  public static FunctionRating baseline(List<FunctionRating> ratings, FunctionRating latest) {
    return ratings.stream().filter(r -> r.activities().equals(latest.activities()))
        .findFirst().orElse(latest);
  }

  /**
   * How far the mean score of the latest rating has risen from the first rating of the same
   * activities; empty with fewer than two such ratings.
   */
  public static Optional<Double> rise(List<FunctionRating> ratings) {
    if (ratings.isEmpty()) {
      return Optional.empty();
    }
    FunctionRating latest = ratings.get(ratings.size() - 1);
    FunctionRating first = baseline(ratings, latest);
    return first == latest ? Optional.empty() : Optional.of(latest.mean() - first.mean());
  }

  /** Whether a rise in the mean score is a meaningful improvement. */
  public static boolean meaningful(double rise) {
    return rise >= MEANINGFUL_RISE - 1e-9;
  }
}
