package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.domain.Event.Cleared;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code backcare log cleared}: a professional cleared you to exercise again. */
@Command(
    name = "cleared",
    mixinStandardHelpOptions = true,
    description = "Log that a doctor or physiotherapist cleared you to exercise again.",
    footerHeading = "%nExamples:%n",
    footer = {"  backcare log cleared --note \"GP: fine to go on, gently\""})
final class LogClearedCommand implements Callable<Integer> {
  private final Context context;

  @Mixin EntryOptions entry;



  LogClearedCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (context.history().openSymptoms().isEmpty()) {
      throw BackcareException.badInput("no stop sign is open, so there is nothing to clear");
    }
    Cleared c = new Cleared(Saving.newId(context), entry.at(context),
        entry.note());
    context.append(c);
    context.out().println("Saved clearance " + c.id() + ". Welcome back: start gently.");
    context.out().println("Next: backcare today");
    return 0;
  }
}
