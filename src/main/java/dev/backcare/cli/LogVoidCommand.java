package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.domain.Event.Correction;
import dev.backcare.domain.History;
import dev.backcare.text.Printable;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code backcare log void ID}: correct a mistake by voiding an earlier entry. */
@Command(
    name = "void",
    mixinStandardHelpOptions = true,
    description = {
      "Correct a mistaken entry: it stays in the journal but no longer counts.",
      "Each saved entry's id is printed when it is saved; `last` is the entry logged last",
      "(as `backcare undo`)."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  backcare log void k3xm9q2a --note \"logged twice\"", "  backcare log void last"})
final class LogVoidCommand implements Callable<Integer> {
  private final Context context;

  @Parameters(paramLabel = "ID", description = "The id of the entry to void, or `last`.")
  String target;

  @Option(names = "--note", paramLabel = "TEXT", description = "Why.")
  String note;

  LogVoidCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String id = target.strip();
    if (id.equals("last")) {
      return UndoCommand.undo(context, note);
    }
    // Most corrections are of something logged lately: only an older entry needs the whole journal.
    History h = context.history();
    String type = h.typeOf(id).orElseThrow(() -> BackcareException.badInput(
        "no entry has the id \"" + id + "\"; ids are printed when entries are saved"));
    if (type.equals("void")) {
      throw BackcareException.badInput("\"" + id + "\" is itself a correction; it cannot be"
          + " voided (log the entry again instead)");
    }
    if (h.isVoided(id)) {
      throw BackcareException.badInput("the " + type + " " + id + " is already void");
    }
    Correction c = voidEntry(context, id, note);
    context.out().println("Voided the " + type + " " + Printable.line(id, 64) + " (correction "
        + c.id() + ").");
    return 0;
  }

  /** Appends the correction that voids the entry {@code id}, with an optional note. */
  static Correction voidEntry(Context context, String id, String note) {
    Correction c = new Correction(Saving.newId(context), context.now(), id,
        Optional.ofNullable(note).map(String::strip).filter(n -> !n.isEmpty()));
    context.append(c);
    return c;
  }
}
