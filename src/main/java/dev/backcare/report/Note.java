package dev.backcare.report;

import dev.backcare.domain.Event;
import dev.backcare.domain.Event.CheckIn;
import dev.backcare.domain.Event.Cleared;
import dev.backcare.domain.Event.Session;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.History;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A note the person wrote on an entry: a session, a check-in, a stop sign or a clearing. The text
 * is as it was written, untrusted: each renderer escapes it for its format.
 *
 * @param kind the entry's journal type: session, check-in, symptom or cleared
 */
public record Note(String id, OffsetDateTime at, String kind, String text) {

  /** The notes of the entries from {@code from} to {@code to} (local dates), oldest first. */
  static List<Note> of(History history, LocalDate from, LocalDate to) {
    return history.events().stream()
        .filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to))
        .flatMap(e -> text(e).map(t -> new Note(e.id(), e.at(), e.type(), t)).stream())
        .toList();
  }

  /** The note of a session, check-in, stop sign or clearing; none for other entries. */
  public static Optional<String> text(Event e) {
    if (e instanceof Session s) {
      return s.note();
    } else if (e instanceof CheckIn c) {
      return c.note();
    } else if (e instanceof Symptom s) {
      return s.note();
    } else if (e instanceof Cleared c) {
      return c.note();
    } else if (e instanceof Event.FunctionRating f) {
      return f.note();
    }
    return Optional.empty();
  }

  public LocalDate date() {
    return at.toLocalDate();
  }

  /** The kind in words: "session", "check-in", "stop sign" or "cleared". */
  public String kindWords() {
    return kind.equals("symptom") ? "stop sign" : kind.equals("function") ? "function rating"
        : kind;
  }
}
