package dev.backcare.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backcare plan}: show the plan, or start and change it. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = "Show your plan: phase, week, today's doses, the next phase, the rules.",
    subcommands = {PlanShowCommand.class, PlanStartCommand.class, PlanAddCommand.class,
        PlanRemoveCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  backcare plan start",
      "  backcare plan start --date 2026-03-02 --exercises knee-rolls,cat-camel",
      "  backcare plan",
      "  backcare plan add cat-camel",
      "  backcare plan remove pelvic-tilt",
      "  backcare plan --json",
      "  backcare plan --ics plan.ics"
    })
final class PlanCommand implements Callable<Integer> {
  private final Context context;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Mixin CalendarOptions calendar;

  PlanCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    return PlanShowCommand.show(context, json, calendar);
  }
}
