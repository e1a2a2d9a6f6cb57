package dev.backcare.rules;

import dev.backcare.domain.Phase;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What {@code backcare today} says: the decision, the rules behind it, and the session. */
public record Recommendation(
    LocalDate date,
    Optional<LocalDate> planStart,
    Phase phase,
    int week,
    Decision decision,
    List<Reason> reasons,
    int timesPerDay,
    int sessionsLoggedToday,
    List<Prescription> exercises,
    Optional<PhaseStart> nextPhase,
    Optional<Urgency> urgency) {

  /** When a later phase is due to begin. */
  public record PhaseStart(Phase phase, LocalDate date) {}

  /** How many more sessions the phase allows today: none once done, on a rest day or a stop. */
  public int sessionsLeftToday() {
    return decision == Decision.REST || decision == Decision.STOP ? 0
        : Math.max(0, timesPerDay - sessionsLoggedToday);
  }

  public boolean fired(Rule rule) {
    for (Reason r : reasons) {
      if (r.rule() == rule) {
        return true;
      }
    }
    return false;
  }
}
