package dev.backcare.domain;

/** The numbers behind the rules, from the library's {@code rules:} section. */
public record Thresholds(
    int painCeiling,
    int nextDayHoldMargin,
    int nextDayReduceMargin,
    int flareUpPain,
    int flareUpDays,
    int flareUpNextDayMargin,
    int daysBetweenProgressions,
    int weeklyVolumeCapPercent,
    int restAfterTrainingDays,
    int noImprovementWeeks,
    int phaseHoldDays,
    int reduceExtraRestSeconds,
    int holdStepSeconds,
    int minutesStep) {}
