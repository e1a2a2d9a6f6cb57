package dev.backcare.cli;

import dev.backcare.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code backcare log}: write one event to the journal; with no command, ask on a terminal. */
@Command(
    name = "log",
    mixinStandardHelpOptions = true,
    description = {
      "Write what happened to the journal.",
      "With no command, on a terminal, it asks about your session step by step."
    },
    subcommands = {LogSessionCommand.class, LogPainCommand.class, LogSymptomCommand.class,
        LogClearedCommand.class, LogFunctionCommand.class, LogVoidCommand.class,
        LogListCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  backcare log                                   (asks, on a terminal)",
      "  backcare log session --during 3 --before 2",
      "  backcare log session --during 4 --exercise bridge:2x8 --exercise walking:15m",
      "  backcare log pain 2",
      "  backcare log symptom tingling",
      "  backcare log function \"putting on socks=3\" \"walking 30 min=4\"",
      "  backcare log void k3xm9q2a",
      "  backcare log list --days 7"
    })
final class LogCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  LogCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (!context.terminal()) {
      context.err().println("backcare: `backcare log` asks questions only on a terminal;"
          + " name what to log instead:");
      spec.commandLine().usage(context.err());
      return ExitCode.BAD_INPUT.code();
    }
    return new LogPrompts(context).run();
  }
}
