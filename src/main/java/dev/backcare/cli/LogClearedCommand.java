package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.domain.Event.Cleared;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backcare log cleared}: a professional cleared you to exercise again. */
@Command(
    name = "cleared",
    mixinStandardHelpOptions = true,
    description = "Log that a doctor or physiotherapist cleared you to exercise again.",
    footerHeading = "%nExamples:%n",
    footer = {"  backcare log cleared --note \"GP: fine to go on, gently\""})
final class LogClearedCommand implements Callable<Integer> {
  private final Context context;

  @Option(names = "--at", paramLabel = "TIME", description = "When (default: now).")
  String at;

  @Option(names = "--note", paramLabel = "TEXT", description = "Who cleared you, and what they said.")
  String note;

  LogClearedCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (context.history().openSymptoms().isEmpty()) {
      throw BackcareException.badInput("no stop sign is open, so there is nothing to clear");
    }
    Cleared c = new Cleared(Saving.newId(context), Saving.at(context, at),
        Optional.ofNullable(note).filter(n -> !n.isBlank()));
    context.append(c);
    context.out().println("Saved clearance " + c.id() + ". Welcome back: start gently."
        + " Run `backcare today` for your session.");
    return 0;
  }
}
