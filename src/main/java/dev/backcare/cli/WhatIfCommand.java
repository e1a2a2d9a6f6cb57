package dev.backcare.cli;

import dev.backcare.ExitCode;
import dev.backcare.domain.Event;
import dev.backcare.domain.History;
import dev.backcare.rules.Coach;
import dev.backcare.rules.Recommendation;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code backcare what-if}: the next advice as if an entry had been logged, without logging it.
 * The entry is written as for {@code log}; the run only imagines it (see {@link
 * Context#imagine}), so the journal is not touched.
 */
@Command(
    name = "what-if",
    mixinStandardHelpOptions = true,
    description = {
      "What backcare would say next if you logged an entry, without logging it.",
      "The journal is left exactly as it is. The entry is written as for `backcare log`."
    },
    subcommands = {LogSessionCommand.class, LogPainCommand.class, LogSymptomCommand.class,
        LogClearedCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  backcare what-if session --during 7",
      "  backcare what-if pain 5",
      "  backcare what-if session --during 3 --exercise bridge:2x8",
      "  backcare what-if symptom tingling"
    })
final class WhatIfCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  WhatIfCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    context.err().println("backcare: what-if needs an entry, as for `backcare log`:");
    spec.commandLine().usage(context.err());
    return ExitCode.BAD_INPUT.code();
  }

  /** After the entry's command ran imagining: what was imagined, then what today would say. */
  static void print(Context context) {
    List<Event> imagined = context.imagined();
    PrintWriter out = context.printed();
    out.println("If you logged " + (imagined.size() == 1 ? "this" : "these")
        + " (nothing was saved):");
    imagined.forEach(e -> out.println("  " + EntryList.describeUnsaved(e)));
    out.println();
    out.println("backcare today would say:");
    out.println();
    History h = context.history();
    Recommendation r = Coach.decide(context.library(), h, context.now().toLocalDate());
    TodayCommand.text(context, r, h, false, out);
    out.flush();
  }
}
