package dev.backcare.report;

import dev.backcare.report.WeekFigures.SessionPain;
import dev.backcare.rules.Decision;
import dev.backcare.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The signs that training is working, and the warning signs, that a week's figures can show
 * (DOMAIN.md, "What good looks like").
 */
public enum Sign {
  MORNING_PAIN_DOWN("morning-pain-down", false,
      "Mornings were less painful than the week before."),
  FEWER_CEILING_BREAKS("fewer-ceiling-breaks", false,
      "Fewer sessions went above the pain ceiling than the week before."),
  MILDER_SESSIONS("milder-sessions", false,
      "Pain during sessions was lower than the week before."),
  STEPPED_UP("stepped-up", false,
      "The doses went up, with pain kept within the rules."),
  WORSE_NEXT_DAY("worse-next-day", true,
      "Pain was worse the morning after training more than once."),
  MORNING_PAIN_UP("morning-pain-up", true,
      "Mornings were more painful than the week before."),
  FLARE_UP("flare-up", true,
      "A flare-up: the plan went back to the initial phase's doses."),
  STOP_SIGN("stop-sign", true,
      "A stop sign was logged: see a doctor or physiotherapist before training again."),
  NO_IMPROVEMENT("no-improvement", true,
      "No improvement since the first week: have it checked by a professional.");

  /** A change in mean pain smaller than this is not taken as a sign either way. */
  static final double MEANINGFUL_CHANGE = 0.5;

  private final String id;
  private final boolean warning;
  private final String text;

  Sign(String id, boolean warning, String text) {
    this.id = id;
    this.warning = warning;
    this.text = text;
  }

  public String id() {
    return id;
  }

  public boolean warning() {
    return warning;
  }

  public String text() {
    return text;
  }

  /** The signs a week's figures show; none for a week with nothing logged. */
  public static List<Sign> shownBy(WeekFigures w) {
    if (!w.hasData()) {
      return List.of();
    }
    List<Sign> out = new ArrayList<>();
    OptionalDouble morning = w.mornings().change();
    SessionPain p = w.pain();
    if (morning.isPresent() && morning.getAsDouble() <= -MEANINGFUL_CHANGE) {
      out.add(MORNING_PAIN_DOWN);
    }
    if (p.aboveCeiling() < p.previousAboveCeiling()) {
      out.add(FEWER_CEILING_BREAKS);
    }
    if (p.mean().isPresent() && p.previousMean().isPresent()
        && p.mean().getAsDouble() - p.previousMean().getAsDouble() <= -MEANINGFUL_CHANGE) {
      out.add(MILDER_SESSIONS);
    }
    if (w.decisions().getOrDefault(Decision.PROGRESS, 0) > 0 && p.aboveCeiling() == 0
        && w.nextDays().worse() == 0) {
      out.add(STEPPED_UP);
    }
    if (w.nextDays().worse() >= 2) {
      out.add(WORSE_NEXT_DAY);
    }
    if (morning.isPresent() && morning.getAsDouble() >= MEANINGFUL_CHANGE) {
      out.add(MORNING_PAIN_UP);
    }
    if (w.rules().containsKey(Rule.FLARE_UP)) {
      out.add(FLARE_UP);
    }
    if (!w.stopSigns().isEmpty()) {
      out.add(STOP_SIGN);
    }
    if (w.rules().containsKey(Rule.NO_IMPROVEMENT)) {
      out.add(NO_IMPROVEMENT);
    }
    return List.copyOf(out);
  }
}
