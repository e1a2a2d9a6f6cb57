package dev.backcare.report;

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
}
