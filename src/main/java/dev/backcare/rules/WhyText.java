package dev.backcare.rules;

import dev.backcare.domain.Thresholds;
import dev.backcare.rules.Reason.Evidence;
import dev.backcare.text.Printable;
import dev.backcare.text.Words;
import dev.backcare.text.Wrap;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code today --why}: each reason with the journal entries it used, the threshold it compared them
 * with and where the rule comes from; with {@code all}, also the rules that did not fire.
 */
public final class WhyText {
  private final PrintWriter out;
  private final Thresholds t;
  private final int width;

  public WhyText(PrintWriter out, Thresholds t, int width) {
    this.out = out;
    this.t = t;
    this.width = width;
  }

  public void render(Recommendation r) {
    render(r, Optional.empty());
  }

  /**
   * With {@code quiet} (for {@code --all}), also the rules that did not fire: first those whose
   * entries were looked at, then the others with their settings and sources.
   */
  public void render(Recommendation r, Optional<List<Reason>> quiet) {
    out.println("Why, rule by rule:");
    Set<Rule> fired = EnumSet.noneOf(Rule.class);
    r.reasons().forEach(reason -> fired.add(reason.rule()));
    r.reasons().forEach(this::block);
    if (quiet.isEmpty()) {
      return;
    }
    out.println();
    out.println("Checked, and did not fire:");
    Set<Rule> shown = EnumSet.copyOf(fired.isEmpty() ? EnumSet.of(Rule.START) : fired);
    for (Reason reason : quiet.get()) {
      shown.add(reason.rule());
      block(reason);
    }
    out.println();
    out.println("The other rules, with their settings (nothing in the journal made them fire):");
    for (Rule rule : Rule.values()) {
      if (shown.contains(rule) || rule == Rule.START) {
        continue;
      }
      Wrap.print(out, "  " + Words.padded(rule.id(), 15) + " ",
          (rule.keys().isEmpty() ? "" : settings(rule) + ". ") + "Source: " + sources(rule) + ".",
          width);
    }
  }

  /** One reason: its rule, message, the entries used, the threshold and the source. */
  private void block(Reason reason) {
    out.println();
    out.println(reason.rule().id());
    Wrap.print(out, "  ", Printable.line(reason.message(), 2000) + ".", width);
    List<String> used = new ArrayList<>();
    reason.evidence().forEach(e -> used.add(entry(e)));
    if (!used.isEmpty()) {
      field("used", used);
    }
    reason.threshold().ifPresent(th -> field("threshold", List.of(th.key() + " " + th.value()
        + ", from the library's rules")));
    if (reason.threshold().isEmpty() && !reason.rule().keys().isEmpty()) {
      field("settings", List.of(settings(reason.rule())));
    }
    field("source", List.of(sources(reason.rule())));
  }


  private void field(String name, List<String> lines) {
    String prefix = "  " + Words.padded(name, 10) + " ";
    for (int i = 0; i < lines.size(); i++) {
      Wrap.print(out, i == 0 ? prefix : " ".repeat(prefix.length()), lines.get(i), width);
    }
  }

  /** "check-in k3j2abcd, Tue 3 Mar 07:30 (logged Wed 4 Mar 08:00): pain 4". */
  static String entry(Evidence e) {
    String logged = Duration.between(e.at(), e.logged()).abs().compareTo(Duration.ofMinutes(1))
        > 0 ? " (logged " + time(e.logged()) + ")" : "";
    return e.type() + " " + Printable.line(e.id(), 64) + ", " + time(e.at()) + logged + ": "
        + e.what() + (e.value().isPresent() ? " " + e.value().getAsInt() : "");
  }

  private static String time(OffsetDateTime t) {
    return Words.shortDayMonth(t.toLocalDate()) + " " + Words.twoDigits(t.getHour()) + ":"
        + Words.twoDigits(t.getMinute());
  }

  private String settings(Rule rule) {
    return rule.keys().stream().map(k -> k + " " + value(t, k))
        .collect(Collectors.joining(", "));
  }

  static String sources(Rule rule) {
    return rule.sources().stream().map(Rule.Source::citation).collect(Collectors.joining("; "));
  }

  /** The value of a setting under the library's {@code rules:}, by its key. */
  static int value(Thresholds t, String key) {
    return switch (key) {
      case "painCeiling" -> t.painCeiling();
      case "nextDayHoldMargin" -> t.nextDayHoldMargin();
      case "nextDayReduceMargin" -> t.nextDayReduceMargin();
      case "flareUpPain" -> t.flareUpPain();
      case "flareUpDays" -> t.flareUpDays();
      case "flareUpNextDayMargin" -> t.flareUpNextDayMargin();
      case "daysBetweenProgressions" -> t.daysBetweenProgressions();
      case "weeklyVolumeCapPercent" -> t.weeklyVolumeCapPercent();
      case "restAfterTrainingDays" -> t.restAfterTrainingDays();
      case "noImprovementWeeks" -> t.noImprovementWeeks();
      case "phaseHoldDays" -> t.phaseHoldDays();
      case "reduceExtraRestSeconds" -> t.reduceExtraRestSeconds();
      default -> throw new IllegalArgumentException("no rule setting " + key);
    };
  }
}
