package dev.backcare.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code backcare plan remove ID}. */
@Command(name = "remove", mixinStandardHelpOptions = true,
    description = "Take an exercise out of your plan.",
    footerHeading = "%nExamples:%n", footer = {"  backcare plan remove pelvic-tilt"})
final class PlanRemoveCommand implements Callable<Integer> {
  private final Context context;

  @Parameters(paramLabel = "ID", description = "The exercise id.",
      completionCandidates = ExerciseIds.class)
  String id;

  PlanRemoveCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    return PlanAddCommand.change(context, id, false);
  }
}
