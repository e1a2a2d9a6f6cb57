package dev.backcare.rules;

/** The named rules; {@link #id()} is the name printed beside each reason. */
public enum Rule {
  START("start"),
  RED_FLAG("red-flag"),
  CHECK_IN("check-in"),
  ACUTE("acute"),
  FLARE_UP("flare-up"),
  PAIN_CEILING("pain-ceiling"),
  NEXT_DAY("next-day"),
  RETURN("return"),
  REST_DAY("rest-day"),
  PHASE("phase"),
  PROGRESS("progress"),
  WEEKLY_TREND("weekly-trend"),
  NO_IMPROVEMENT("no-improvement");

  private final String id;

  Rule(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
