package dev.backcare.rules;

import dev.backcare.rules.Prescription;
import dev.backcare.text.Words;

/** A dose in words: "2 sets of 8 (each side), hold 5 s, rest 60 s between sets". */
public final class DoseText {
  private DoseText() {}

  static String of(Prescription p) {
    StringBuilder b = new StringBuilder();
    String sets = p.sets() == 1 ? "1 set" : p.sets() + " sets";
    switch (p.kind()) {
      case REPETITIONS -> {
        b.append(sets).append(" of ").append(p.amount());
        if (p.perSide()) {
          b.append(" each side");
        }
        if (p.holdSeconds().isPresent()) {
          b.append(", hold ").append(p.holdSeconds().getAsInt()).append(" s");
        }
      }
      case HOLD -> {
        b.append(sets).append(" of a ").append(p.amount()).append(" s hold");
        if (p.perSide()) {
          b.append(" each side");
        }
      }
      case MINUTES -> b.append(minutes(p.amount())).append(" min");
    }
    if (p.sets() > 1 && p.restSeconds() > 0) {
      b.append(", rest ").append(p.restSeconds()).append(" s between sets");
    }
    if (p.previous().isPresent()) {
      b.append(" (was ").append(amount(p, p.previous().getAsInt())).append(")");
    }
    return b.toString();
  }

  /** How often a phase's session is done: "once a day", "up to 8 times a day". */
  public static String timesADay(int times) {
    return times == 1 ? "once a day" : "up to " + times + " times a day";
  }

  /** An amount alone: "8", "20 s", "12 min". */
  static String amount(Prescription p, int amount) {
    return switch (p.kind()) {
      case REPETITIONS -> Integer.toString(amount);
      case HOLD -> amount + " s";
      case MINUTES -> minutes(amount) + " min";
    };
  }

  private static String minutes(int seconds) {
    return seconds % 60 == 0 ? Integer.toString(seconds / 60)
        : Words.oneDecimal(seconds / 60.0);
  }
}
