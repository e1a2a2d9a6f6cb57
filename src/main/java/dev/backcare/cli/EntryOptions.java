package dev.backcare.cli;

import dev.backcare.domain.Event;
import java.time.OffsetDateTime;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every logged entry has: when it happened, and a note. */
final class EntryOptions {
  @Option(names = "--at", paramLabel = "TIME", description = "When (default: now): 08:30,"
      + " \"yesterday 18:00\", 2026-03-02T08:30 or 2026-03-02T08:30+01:00.")
  String at;

  @Option(names = "--note", paramLabel = "TEXT", description = "A note, in your own words.")
  String note;

  /** The time of the entry: {@code --at} if given (never in the future), else now. */
  OffsetDateTime at(Context context) {
    return at == null ? context.now() : When.parse(at, context.settings().zonedNow());
  }

  /** The time of an entry that replaces {@code old}: {@code --at} if given, else old's time. */
  OffsetDateTime at(Context context, Optional<? extends Event> old) {
    return at == null && old.isPresent() ? old.get().at() : at(context);
  }

  Optional<String> note() {
    return Optional.ofNullable(note).map(String::strip).filter(n -> !n.isEmpty());
  }

  /** The note of an entry that replaces one noted {@code old}: {@code --note} if given. */
  Optional<String> note(Optional<String> old) {
    return note == null ? old : note();
  }
}
