package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.domain.Event.PlanStart;
import dev.backcare.domain.History;
import dev.backcare.rules.Coach;
import dev.backcare.rules.PlanJson;
import dev.backcare.rules.PlanText;
import dev.backcare.rules.Recommendation;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backcare plan show}: the same as {@code backcare plan}. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show your plan (the same as `backcare plan`).",
    footerHeading = "%nExamples:%n", footer = {"  backcare plan show", "  backcare plan show --json"})
final class PlanShowCommand implements Callable<Integer> {
  private final Context context;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Mixin CalendarOptions calendar;

  PlanShowCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    return show(context, json, calendar);
  }

  static int show(Context context, boolean json, CalendarOptions calendar) {
    boolean ics = calendar.wanted(json);
    Optional<PlanStart> plan = context.history().planStart();
    if (plan.isEmpty()) {
      throw BackcareException.badInput("no plan yet" + (context.noJournalThere()
          ? " (" + context.settings().journal() + ": no journal there)" : "")
          + ": start one with `backcare plan start`");
    }
    if (ics) {
      return PlanIcs.write(context, calendar);
    }
    Recommendation r = Coach.prescribe(context.library(), context.history(),
        context.now().toLocalDate());
    if (json) {
      PlanJson.write(context.library(), r, context.out());
    } else {
      PlanText.write(context.library(), r, context.out(), context.width());
    }
    return 0;
  }
}
