package dev.backcare.cli;

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

  Optional<String> note() {
    return Optional.ofNullable(note).map(String::strip).filter(n -> !n.isEmpty());
  }
}
