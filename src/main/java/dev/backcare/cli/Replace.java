package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.domain.Event;
import dev.backcare.domain.Event.Correction;
import dev.backcare.journal.Ids;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --replace ID} on {@code log pain} and {@code log session}: the entry a new one takes the
 * place of. The correction that voids it and the new entry are appended in one write, so either
 * both count or neither does; the journal still holds the old entry, marked void.
 */
final class Replace {
  /** The note of the correction that a replacement writes, before the new entry's id. */
  static final String NOTE = "replaced by ";

  @Option(names = "--replace", paramLabel = "ID",
      description = "Put this entry in the place of entry ID (or `last`, the entry logged last),"
          + " in one step: ID is voided, and what you do not give again is kept from it (its"
          + " time, note and, for a session, exercises and pain before and after).")
  String target;

  /** The entry to replace, if one is named: it must count, and be a {@code kind}. */
  <T extends Event> Optional<T> entry(Context context, Class<T> kind, String type,
      String command) {
    if (target == null) {
      return Optional.empty();
    }
    String id = target.strip();
    Event old = id.equals("last")
        ? UndoCommand.lastLogged(context.events()).orElseThrow(() -> BackcareException.badInput(
            "--replace last: the journal has no entry that counts"))
        : context.events().stream().filter(e -> e.id().equals(id)).findFirst()
            .orElseThrow(() -> BackcareException.badInput("--replace: no entry has the id \""
                + id + "\"; `backcare log list` shows the ids"));
    if (context.history().isVoided(old.id())) {
      throw BackcareException.badInput("--replace: the " + old.type() + " " + old.id()
          + " is void already; log the entry without --replace");
    }
    if (!kind.isInstance(old)) {
      throw BackcareException.badInput("--replace: " + old.id() + " is a " + old.type()
          + ", not a " + type + "; " + command + " replaces only a " + type);
    }
    return Optional.of(kind.cast(old));
  }

  /**
   * Appends {@code entry}, and before it the correction that voids {@code old} if there is one,
   * in one write; then says what was replaced.
   */
  static void save(Context context, Optional<? extends Event> old, Event entry) {
    if (old.isEmpty()) {
      context.append(entry);
      return;
    }
    String id = Ids.next(i -> context.history().contains(i) || i.equals(entry.id()));
    Correction c = new Correction(id, context.now(), old.get().id(),
        Optional.of(NOTE + entry.id()));
    context.append(List.of(c, entry));
    context.out().println("Replaced " + EntryList.describe(old.get()) + "; correction " + c.id()
        + " voids it.");
  }
}
