package dev.backcare.report;

import dev.backcare.text.Words;
import dev.backcare.text.Wrap;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The whole period in a few lines of text, above the weekly detail: a block a day for the
 * morning pain and for the worst pain during the day's sessions, from ▁ (0) to █ (10), the
 * ceiling ▅ and only pains above it higher, and the sessions of each week. Weeks go side by side, as many as fit the
 * width, then on to the next rows.
 */
final class Sparkline {
  private static final String BLOCKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
  private static final String NONE = "\u00b7";
  private static final int LABEL = 16;
  /** A week's columns: its days, at least enough for its first day's date. */
  private static final int SLOT = 6;
  /** The ceiling's block: pains up to it below, pains above it above. */
  private static final int CEILING = 4;

  private Sparkline() {}

  /** Some pain or session was logged in the period. */
  static boolean shows(WeeklyReport r) {
    return r.weeks().stream().anyMatch(WeekFigures::hasData);
  }

  /**
   * The lines, at most {@code width} wide; with {@code color}, a worst pain above the ceiling is
   * red.
   */
  static List<String> lines(WeeklyReport r, int width, boolean color) {
    int ceiling = r.painCeiling();
    List<String> out = new ArrayList<>(Wrap.lines("Whole period: pain each day from "
        + BLOCKS.charAt(0) + " 0 to " + BLOCKS.charAt(7) + " 10 (" + NONE + " not logged); "
        + block(ceiling, ceiling) + " is the ceiling of " + ceiling
        + (ceiling < 10 ? ", " + BLOCKS.substring(CEILING + 1) + " above it" : "")
        + ". Sessions: each week's.", width));
    int perRow = Math.max(1, (width - LABEL) / (7 + 1));
    List<WeekFigures> weeks = r.weeks();
    for (int from = 0; from < weeks.size(); from += perRow) {
      List<WeekFigures> row = weeks.subList(from, Math.min(weeks.size(), from + perRow));
      StringBuilder head = new StringBuilder(" ".repeat(LABEL));
      StringBuilder morning = new StringBuilder(Words.padded("  Morning pain", LABEL));
      StringBuilder during = new StringBuilder(Words.padded("  Worst during", LABEL));
      StringBuilder sessions = new StringBuilder(Words.padded("  Sessions", LABEL));
      for (WeekFigures w : row) {
        int slot = Math.max(SLOT, w.days().size()) + 1;
        head.append(Words.padded(w.start().getDayOfMonth() + " " + Words.shortMonth(w.start()),
            slot));
        morning.append(Words.padded(marks(w, DayFigures::morningPain, ceiling, false), slot));
        during.append(marks(w, DayFigures::peakPain, ceiling, color))
            .append(" ".repeat(slot - w.days().size()));
        int n = w.days().stream().mapToInt(DayFigures::sessions).sum();
        sessions.append(Words.padded(w.countedDays() == 0 ? "" : "" + n, slot));
      }
      if (from > 0) {
        out.add("");
      }
      for (StringBuilder b : List.of(head, morning, during, sessions)) {
        out.add(b.toString().stripTrailing());
      }
    }
    return out;
  }

  /** A block a day; a day to come is blank, a day without a value a dot. */
  private static String marks(WeekFigures w, Function<DayFigures, OptionalInt> value,
      int ceiling, boolean color) {
    StringBuilder b = new StringBuilder();
    for (DayFigures d : w.days()) {
      OptionalInt v = d.counted() ? value.apply(d) : OptionalInt.empty();
      if (!d.counted()) {
        b.append(' ');
      } else if (v.isEmpty()) {
        b.append(NONE);
      } else if (color && v.getAsInt() > ceiling) {
        b.append("\u001b[31m").append(block(v.getAsInt(), ceiling)).append("\u001b[0m");
      } else {
        b.append(block(v.getAsInt(), ceiling));
      }
    }
    return b.toString();
  }

  /**
   * The block of a pain from 0 to 10: up to the ceiling, ▁ to ▅ (the ceiling itself); above it,
   * ▆ to █, so that a pain above the ceiling never looks like one at it.
   */
  static char block(int pain, int ceiling) {
    int i = pain <= ceiling
        ? (ceiling == 0 ? CEILING : Math.round((float) CEILING * pain / ceiling))
        : CEILING + (int) Math.ceil(3.0 * (pain - ceiling) / (10 - ceiling));
    return BLOCKS.charAt(Math.max(0, Math.min(7, i)));
  }
}
