package dev.backcare.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The figures of a report: one entry per week of the period, oldest first, as they stood on
 * {@code today}, the notes written on the period's entries, oldest first, and which days of it
 * came before worse mornings.
 */
public record WeeklyReport(
    Period period,
    LocalDate today,
    Optional<LocalDate> planStart,
    int painCeiling,
    int weeklyCapPercent,
    List<WeekFigures> weeks,
    List<Note> notes,
    Insights insights) {

  /** Every day of the period, oldest first. */
  public List<DayFigures> days() {
    List<DayFigures> out = new ArrayList<>();
    for (WeekFigures w : weeks) {
      out.addAll(w.days());
    }
    return List.copyOf(out);
  }

  /** The notes written on {@code week}'s entries. */
  public List<Note> notes(WeekFigures week) {
    return notes.stream()
        .filter(n -> !n.date().isBefore(week.start()) && !n.date().isAfter(week.end()))
        .toList();
  }
}
