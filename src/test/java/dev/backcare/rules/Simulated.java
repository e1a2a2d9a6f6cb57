package dev.backcare.rules;

import dev.backcare.domain.Event;
import dev.backcare.domain.History;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A journal written by {@link Simulation}, in file order, and every answer the coach gave. */
record Simulated(List<Event> journal, List<Simulated.Moment> moments) {

  /**
   * What the coach said at one moment ({@code today}, or if {@code prescribe} a session's doses),
   * on the first {@code lines} lines of the journal.
   */
  record Moment(int lines, History history, OffsetDateTime at, boolean prescribe,
      Recommendation said) {
    LocalDate today() {
      return at.toLocalDate();
    }

    @Override
    public String toString() {
      return (prescribe ? "session doses" : "today") + " at " + at + ": " + said.decision().id()
          + " " + said.reasons().stream().map(r -> r.rule().id()).toList() + ", phase "
          + said.phase().id() + ", " + JournalText.doses(said.exercises());
    }
  }

  /** The journal's lines written before a moment, in file order. */
  List<Event> before(Moment m) {
    return journal.subList(0, m.lines());
  }

  /** The journal up to a moment, one line per event, for a counterexample's message. */
  String upTo(Moment m) {
    return JournalText.lines(before(m));
  }
}
