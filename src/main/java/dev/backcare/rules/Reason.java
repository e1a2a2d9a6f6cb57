package dev.backcare.rules;

import dev.backcare.domain.Event;
import dev.backcare.domain.History;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One rule behind a decision: its message, and, where the rule records them, the journal entries
 * it used and the threshold from the library's {@code rules:} it compared them with.
 */
public record Reason(Rule rule, String message, List<Evidence> evidence,
    Optional<Threshold> threshold) {

  public Reason {
    evidence = List.copyOf(evidence);
  }

  public Reason(Rule rule, String message) {
    this(rule, message, List.of(), Optional.empty());
  }

  /** The same reason with the entries it used and the threshold it compared with. */
  public Reason because(Threshold t, Evidence... used) {
    return new Reason(rule, message, List.of(used), Optional.of(t));
  }

  /** The same reason with the entries it used, and no threshold from the library. */
  public Reason using(List<Evidence> used) {
    return new Reason(rule, message, used, threshold);
  }

  /** A journal entry a rule used: which, when it happened and was logged, and the figure. */
  public record Evidence(String id, String type, OffsetDateTime at, OffsetDateTime logged,
      String what, OptionalInt value) {

    /** A pain figure of an entry: a check-in's pain, or a session's pain before or during. */
    public static Evidence of(Event e, String what, int value) {
      return new Evidence(e.id(), e.type(), e.at(), e.logged(), what, OptionalInt.of(value));
    }

    /** An entry whose figure is its pain (a check-in's, or a session's pain before). */
    public static Evidence pain(Event e) {
      return of(e, e instanceof Event.Session ? "pain before" : "pain",
          History.painOf(e).orElse(0));
    }

    /** An entry used for what it is, not a figure (a stop sign, a session on a day). */
    public static Evidence entry(Event e, String what) {
      return new Evidence(e.id(), e.type(), e.at(), e.logged(), what, OptionalInt.empty());
    }
  }

  /** A threshold a rule compared with: its key under the library's {@code rules:}, and value. */
  public record Threshold(String key, int value) {}
}
