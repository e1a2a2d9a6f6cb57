package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.domain.Event.PlanChange;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.History;
import dev.backcare.domain.Phase;
import dev.backcare.rules.Coach;
import dev.backcare.rules.Plans;
import dev.backcare.rules.Recommendation;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code backcare plan add ID}: add an exercise as confidence grows. */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = "Add an exercise to your plan. It must suit your current phase.",
    footerHeading = "%nExamples:%n", footer = {"  backcare plan add cat-camel"})
final class PlanAddCommand implements Callable<Integer> {
  private final Context context;

  @Parameters(paramLabel = "ID", description = "The exercise id (see `backcare exercises`).",
      completionCandidates = ExerciseIds.class)
  String id;

  PlanAddCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    return change(context, id, true);
  }

  static int change(Context context, String rawId, boolean add) {
    if (context.history().planStart().isEmpty()) {
      throw BackcareException.badInput("no plan yet: start one with `backcare plan start`");
    }
    Exercise e = ExerciseArg.exercise(rawId.strip(), context.library());
    Recommendation r = Coach.prescribe(context.library(), context.history(),
        context.now().toLocalDate());
    boolean inPlan = Plans.exercises(context.library(), context.history(), r.phase(),
        context.now().toLocalDate()).contains(e);
    if (add && inPlan) {
      throw BackcareException.badInput(e.id() + " is already in your plan");
    }
    if (!add && !inPlan) {
      throw BackcareException.badInput(e.id() + " is not in your plan for the " + r.phase().id()
          + " phase");
    }
    if (add) {
      checkFits(e, r.phase());
      checkExtension(e, Plans.extensionEases(context.history()),
          context.history().planStart().get().start());
    }
    PlanChange c = new PlanChange(Saving.newId(context), context.now(), add,
        e.id());
    context.append(c);
    context.out().println("Saved plan change " + c.id() + ": " + e.id() + (add ? " added to"
        : " removed from") + " your plan.");
    return 0;
  }

  /** The press-up only for a person whose pain eases when they bend backward. */
  static void checkExtension(Exercise e, boolean eases, LocalDate start) {
    if (e.id().equals(Plans.EXTENSION) && !eases) {
      throw BackcareException.badInput(e.id() + " is only for pain that eases or moves toward the"
          + " middle of your back when you bend backward, and your plan was not started with"
          + " that. If it does, start your plan with: backcare plan start --date " + start
          + " --extension-eases");
    }
  }

  static void checkFits(Exercise e, Phase phase) {
    if (!e.fits(phase)) {
      throw BackcareException.badInput(e.id() + " is not for the " + phase.id() + " phase (it"
          + " suits: " + e.phases().stream().map(Phase::id).collect(Collectors.joining(", "))
          + ")");
    }
  }
}
