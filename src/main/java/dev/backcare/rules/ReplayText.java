package dev.backcare.rules;

import dev.backcare.rules.Replay.Day;
import dev.backcare.text.Words;
import dev.backcare.text.Wrap;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code backcare replay}: a line a day, for a clinician to audit a stretch of weeks at a glance.
 * The dose changes are against the day before in the replay: "+bridge 8" is new, "-bridge" left
 * out, "knee-rolls 3→2" changed.
 */
public final class ReplayText {
  private ReplayText() {}

  public static void render(List<Day> days, PrintWriter out, int width) {
    out.println(Words.padded("day", 11) + Words.padded("decision", 10) + Words.padded("rules", 27)
        + "doses");
    Optional<Recommendation> before = Optional.empty();
    for (Day d : days) {
      Recommendation r = d.advice();
      String rules = String.join(",", rules(r));
      String doses = String.join(", ", changes(before, r));
      Wrap.print(out, Words.padded(Words.shortDayMonth(d.date()), 11)
          + Words.padded(r.decision().id(), 10) + Words.padded(rules, 26) + " ",
          doses.isEmpty() ? "same" : doses, width);
      before = r.exercises().isEmpty() ? before : Optional.of(r);
    }
    out.println();
    Wrap.print(out, "", "Each day's advice is as it stood just before that day's first session,"
        + " or as the day ended if there was none, from the entries logged by then. Doses are"
        + " against the last day that had any: +new, -left out, old→new.", width);
  }

  /** The ids of the rules that fired, each once, in order. */
  static List<String> rules(Recommendation r) {
    List<String> ids = new ArrayList<>();
    r.reasons().forEach(x -> {
      if (!ids.contains(x.rule().id())) {
        ids.add(x.rule().id());
      }
    });
    return ids;
  }

  /** What changed in the doses since {@code before}; every dose when there is nothing before. */
  static List<String> changes(Optional<Recommendation> before, Recommendation r) {
    if (r.exercises().isEmpty()) {
      return List.of("none");
    }
    Map<String, Prescription> was = new LinkedHashMap<>();
    before.ifPresent(b -> b.exercises().forEach(p -> was.put(p.exercise().id(), p)));
    List<String> out = new ArrayList<>();
    for (Prescription p : r.exercises()) {
      Prescription old = was.remove(p.exercise().id());
      if (old == null) {
        out.add((before.isPresent() ? "+" : "") + p.exercise().id() + " " + dose(p, p.amount()));
      } else if (old.amount() != p.amount() || old.sets() != p.sets()) {
        out.add(p.exercise().id() + " " + dose(old, old.amount()) + "→" + dose(p, p.amount()));
      }
    }
    was.keySet().forEach(id -> out.add("-" + id));
    return out;
  }

  private static String dose(Prescription p, int amount) {
    return (p.sets() == 1 ? "" : p.sets() + "x") + DoseText.amount(p, amount).replace(" ", "");
  }
}
