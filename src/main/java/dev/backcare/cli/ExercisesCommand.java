package dev.backcare.cli;

import dev.backcare.domain.Exercise;
import dev.backcare.domain.Phase;
import dev.backcare.text.Printable;
import dev.backcare.text.Wrap;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code backcare exercises [ID]}: the library, or one exercise in full. */
@Command(name = "exercises", mixinStandardHelpOptions = true,
    description = "List the exercises of the library, or show one in full.",
    footerHeading = "%nExamples:%n", footer = {"  backcare exercises", "  backcare exercises bridge",
        "  backcare exercises --json"})
final class ExercisesCommand implements Callable<Integer> {
  private final Context context;

  @Parameters(paramLabel = "ID", arity = "0..1", description = "An exercise to show in full.",
      completionCandidates = ExerciseIds.class)
  String id;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  ExercisesCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintWriter out = context.out();
    if (json) {
      ExercisesJson.write(id == null ? context.library().exercises()
          : List.of(ExerciseArg.exercise(id.strip(), context.library())), out);
      return 0;
    }
    if (id != null) {
      show(ExerciseArg.exercise(id.strip(), context.library()), out, context.width());
      return 0;
    }
    for (Exercise e : context.library().exercises()) {
      String row = String.format("%-20s %-28s %-9s %s", e.id(), Printable.text(e.name()),
          e.category().id(), phases(e));
      if (row.length() <= context.width()) {
        out.println(row);
      } else {
        // Too narrow for the table: the id and name, then the rest under them.
        Wrap.print(out, "", e.id() + ": " + e.name(), context.width());
        Wrap.print(out, "    ", e.category().id() + "; " + phases(e), context.width());
      }
    }
    return 0;
  }

  private static void show(Exercise e, PrintWriter out, int width) {
    Wrap.print(out, "", e.name() + " [" + e.id() + "]: " + e.category().id() + ", " + phases(e)
        + " phase" + (e.phases().size() == 1 ? "" : "s"), width);
    Wrap.print(out, "", "Position: " + e.position(), width);
    Wrap.print(out, "", e.instructions(), width);
    for (String cue : e.cues()) {
      Wrap.print(out, "- ", cue, width);
    }
    for (String caution : e.cautions()) {
      Wrap.print(out, "! ", caution, width);
    }
    e.regression().ifPresent(r -> Wrap.print(out, "", "Easier: " + r, width));
    e.progression().ifPresent(p -> Wrap.print(out, "", "Harder: " + p, width));
  }

  private static String phases(Exercise e) {
    return e.phases().stream().map(Phase::id).collect(Collectors.joining(", "));
  }
}
