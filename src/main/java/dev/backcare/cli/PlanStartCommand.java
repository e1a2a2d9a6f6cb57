package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.ExitCode;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.Event.Symptom;
import dev.backcare.domain.Exercise;
import dev.backcare.domain.Phase;
import dev.backcare.domain.StopSign;
import dev.backcare.rules.TodayText;
import dev.backcare.text.Wrap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backcare plan start}: begin a program. */
@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    description = {
      "Begin a program on a date (default: today).",
      "Without --exercises it starts with the initial phase's exercises;",
      "start with the two that feel best.",
      "On a terminal it first asks about stop signs (a fall, fever, weight loss, leg",
      "symptoms, numbness around the genitals or buttocks, bladder or bowel changes)",
      "and logs each yes; elsewhere it lists them on stderr."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  backcare plan start", "  backcare plan start --exercises knee-rolls,cat-camel",
        "  backcare plan start --date 2026-03-02"})
final class PlanStartCommand implements Callable<Integer> {
  private final Context context;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The first day of the plan.")
  String date;

  @Option(names = "--exercises", paramLabel = "ID,ID...", split = ",",
      completionCandidates = ExerciseIds.class,
      description = "The exercises to start with (they must suit the initial phase).")
  List<String> exercises = new ArrayList<>();

  @Option(names = "--extension-eases", description = "Bending backward eases your pain or moves"
      + " it toward the middle of your back: prone press-ups may come in. On a terminal, asked.")
  boolean extensionEases;

  PlanStartCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    LocalDate start = date == null ? context.now().toLocalDate()
        : When.planStart(parse(date), context.settings().zonedNow());
    List<String> ids = new ArrayList<>();
    for (String raw : exercises) {
      Exercise e = ExerciseArg.exercise(raw.strip(), context.library());
      PlanAddCommand.checkFits(e, Phase.INITIAL);
      PlanAddCommand.checkExtension(e, extensionEases, start);
      if (ids.contains(e.id())) {
        throw BackcareException.badInput("--exercises lists " + e.id() + " twice");
      }
      ids.add(e.id());
    }
    PlanQuestions.Answers answers;
    try {
      answers = context.terminal() ? PlanQuestions.ask(extensionEases)
          : new PlanQuestions.Answers(List.of(), extensionEases);
    } catch (Prompter.Cancelled stop) {
      context.out().println("Cancelled. Nothing was saved.");
      return ExitCode.CANCELLED.code();
    }
    List<StopSign> signs = answers.signs();
    var before = context.history().planStart();
    PlanStart p = new PlanStart(Saving.newId(context), context.now(), start,
        List.copyOf(ids), answers.extensionEases());
    context.append(p);
    context.out().println("Saved plan " + p.id() + ": it starts on " + start + " with "
        + (ids.isEmpty() ? "the initial phase's exercises" : String.join(", ", ids)) + ".");
    before.ifPresent(b -> context.out().println("It replaces the plan that started on "
        + b.start() + "; that history stays in the journal."));
    for (StopSign sign : signs) {
      Symptom s = new Symptom(Saving.newId(context), context.now(), sign, Optional.empty());
      context.append(s);
      context.out().println("Saved symptom " + s.id() + ": " + sign.description() + ".");
    }
    if (!signs.isEmpty()) {
      Wrap.print(context.out(), "", Saving.stopAdvice(context.history().openSymptoms()),
          TodayText.WIDTH);
    }
    context.out().println("Next: backcare today");
    if (!context.terminal()) {
      PlanQuestions.list(context);
    }
    return 0;
  }

  private static LocalDate parse(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw BackcareException.badInput("--date must be a date such as 2026-03-02, got \""
          + text + "\"");
    }
  }
}
