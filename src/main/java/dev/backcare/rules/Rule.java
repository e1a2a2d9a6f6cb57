package dev.backcare.rules;

import java.util.List;

/**
 * The named rules; {@link #id()} is the name printed beside each reason. Each names the settings
 * it reads from the library's {@code rules:} and where the rule comes from, by the short names the
 * README's Sources list.
 */
public enum Rule {
  START("start", List.of(), Source.GUIDE_2026),
  RED_FLAG("red-flag", List.of(), Source.GUIDE_2026, Source.PART_1, Source.HEALTH_SERVICES),
  CHECK_IN("check-in", List.of(), Source.GUIDE_2026),
  ACUTE("acute", List.of("flareUpPain"), Source.PART_1),
  FLARE_UP("flare-up", List.of("flareUpPain", "flareUpDays", "flareUpNextDayMargin"),
      Source.GUIDE_2026),
  PAIN_CEILING("pain-ceiling", List.of("painCeiling", "reduceExtraRestSeconds"),
      Source.GUIDE_2026, Source.SILBERNAGEL_2007),
  NEXT_DAY("next-day", List.of("nextDayHoldMargin", "nextDayReduceMargin"), Source.GUIDE_2026,
      Source.PART_1, Source.SILBERNAGEL_2007),
  RETURN("return", List.of(), Source.PART_1),
  REST_DAY("rest-day", List.of("restAfterTrainingDays"), Source.PART_1),
  PHASE("phase", List.of("phaseHoldDays"), Source.GUIDE_2026),
  PROGRESS("progress", List.of("daysBetweenProgressions", "weeklyVolumeCapPercent"),
      Source.GUIDE_2026, Source.PART_1),
  WEEKLY_TREND("weekly-trend", List.of(), Source.SILBERNAGEL_2007),
  NO_IMPROVEMENT("no-improvement", List.of("noImprovementWeeks"), Source.GUIDE_2026,
      Source.STRATFORD_1995);

  /** Where rules come from, by the short names the README's Sources give them. */
  public enum Source {
    GUIDE_2026("2026 Guide"),
    PART_1("Part 1 guide"),
    SILBERNAGEL_2007("Silbernagel 2007"),
    HEALTH_SERVICES("public health services"),
    STRATFORD_1995("Stratford 1995");

    private final String citation;

    Source(String citation) {
      this.citation = citation;
    }

    public String citation() {
      return citation;
    }
  }

  private final String id;
  private final List<String> keys;
  private final List<Source> sources;

  Rule(String id, List<String> keys, Source... sources) {
    this.id = id;
    this.keys = keys;
    this.sources = List.of(sources);
  }

  public String id() {
    return id;
  }

  /** The settings under the library's {@code rules:} this rule reads. */
  public List<String> keys() {
    return keys;
  }

  public List<Source> sources() {
    return sources;
  }
}
