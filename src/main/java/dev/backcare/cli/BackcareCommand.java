package dev.backcare.cli;

import dev.backcare.ExitCode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: global options, and the usage when run with no command. */
@Command(
    name = "backcare",
    mixinStandardHelpOptions = true,
    header = "Gentle exercises for a new back problem, paced day by day by written rules.",
    description = {
      "Each morning run `backcare today`; do the session it gives; log it with",
      "`backcare log session`; the next morning log how your back feels with",
      "`backcare log pain N`. The rules (pain ceiling 5 of 10, the next-day rule,",
      "stop signs, phases) decide the next session and say why."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  backcare plan start",
      "  backcare log pain 2",
      "  backcare today",
      "  backcare log session --during 3",
      "  backcare report",
      "  backcare exercises",
      "",
      "Config file: $XDG_CONFIG_HOME/backcare/config.yaml, by default",
      "~/.config/backcare/config.yaml, or the file BACKCARE_CONFIG names. It sets",
      "journal, library, color and weekStart; the environment overrides it, and",
      "flags override both.",
      "",
      "Environment: BACKCARE_JOURNAL, BACKCARE_LIBRARY, BACKCARE_COLOR (auto, always,",
      "never), NO_COLOR, BACKCARE_WEEK_START (monday to sunday), BACKCARE_CONFIG,",
      "BACKCARE_NOW (a fixed 'now', e.g. 2026-03-02T08:30), XDG_DATA_HOME,",
      "XDG_CONFIG_HOME, TZ."
    })
public final class BackcareCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

  public BackcareCommand(Context context) {
    this.context = context;
  }

  @Option(names = "--journal", paramLabel = "FILE", scope = ScopeType.INHERIT,
      description = "The journal file (default: $XDG_DATA_HOME/backcare/journal.jsonl).")
  void journal(Path file) {
    context.journalFlag(file);
  }

  @Option(names = "--library", paramLabel = "FILE", scope = ScopeType.INHERIT,
      description = "An exercise library to use instead of the bundled exercises.yaml.")
  void library(Path file) {
    context.libraryFlag(file);
  }

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Show stack traces of errors.")
  void debug(boolean on) {
    context.debug(on);
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(context.err());
    return ExitCode.BAD_INPUT.code();
  }
}
