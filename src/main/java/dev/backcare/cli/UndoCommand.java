package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.domain.DoseKind;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.Event;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backcare undo}: void the entry logged last. */
@Command(name = "undo", mixinStandardHelpOptions = true, description = {
    "Void the entry logged last: it stays in the journal but no longer counts.",
    "Only an entry logged within the last day; older ones by id with `backcare log void ID`.",
    "Run again to void the one logged before it. The same as `backcare log void last`."},
    footerHeading = "%nExamples:%n",
    footer = {"  backcare undo", "  backcare undo --note \"wrong day\""})
final class UndoCommand implements Callable<Integer> {
  private final Context context;

  UndoCommand(Context context) {
    this.context = context;
  }

  @Option(names = "--note", paramLabel = "TEXT", description = "Why.")
  String note;

  @Override
  public Integer call() {
    return undo(context, note);
  }

  /** Voids the entry logged last, and says what it voided and how to log it again. */
  static int undo(Context context, String note) {
    Event last = lastLogged(context.events()).orElseThrow(() ->
        BackcareException.badInput("nothing to undo: the journal has no entry that counts"));
    Duration ago = Duration.between(last.logged().toInstant(), context.now().toInstant());
    if (ago.compareTo(UNDO_WINDOW) > 0) {
      throw BackcareException.badInput("the last entry, " + EntryList.describe(last)
          + ", was logged more than a day ago; to void it, name it: backcare log void "
          + last.id());
    }
    Correction c = LogVoidCommand.voidEntry(context, last.id(), note);
    context.out().println("Voided " + EntryList.describe(last) + ".");
    Optional<String> redo = Redo.of(last, minutes(context));
    context.out().println(redo.map(r -> "To log it again: " + r)
        .orElse("To log it again, use backcare " + (last.type().equals("plan-start")
            ? "plan start" : "log " + last.type()) + " (correction " + c.id() + ")."));
    replaced(context, last).ifPresent(old -> {
      context.out().println("It had replaced " + EntryList.describe(old) + ", which stays void.");
      Redo.of(old, minutes(context))
          .ifPresent(r -> context.out().println("To log that again: " + r));
    });
    return 0;
  }

  /** Whether an exercise is dosed in minutes, for the command that logs an entry again. */
  private static Predicate<String> minutes(Context context) {
    return id -> context.library().exercise(id)
        .map(e -> e.dose().kind() == DoseKind.MINUTES).orElse(false);
  }

  /** The entry that {@code entry} replaced with {@code --replace}, if it did. */
  private static Optional<Event> replaced(Context context, Event entry) {
    List<Event> events = context.events();
    return events.stream()
        .filter(e -> e instanceof Correction c
            && c.note().equals(Optional.of(Replace.NOTE + entry.id())))
        .map(e -> ((Correction) e).target())
        .findFirst()
        .flatMap(id -> events.stream().filter(e -> e.id().equals(id)).findFirst());
  }

  /**
   * The entry {@code undo} voids: the last one logged (at one time, the last in the file), not a
   * correction and not already voided.
   */
  static Optional<Event> lastLogged(List<Event> events) {
    Set<String> voided = new HashSet<>();
    for (Event e : events) {
      if (e instanceof Correction c) {
        voided.add(c.target());
      }
    }
    Event last = null;
    for (Event e : events) {
      if (e instanceof Correction || voided.contains(e.id())) {
        continue;
      }
      if (last == null || !e.logged().toInstant().isBefore(last.logged().toInstant())) {
        last = e;
      }
    }
    return Optional.ofNullable(last);
  }

  /** How long after logging an entry {@code undo} still takes it back. */
  static final Duration UNDO_WINDOW = Duration.ofDays(1);
}
