package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.text.Printable;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code backcare help [COMMAND [SUBCOMMAND]]}: the same help as {@code COMMAND --help}. */
@Command(
    name = "help",
    helpCommand = true,
    mixinStandardHelpOptions = true,
    description = "Show the help of a command: the same as `backcare COMMAND --help`.",
    footerHeading = "%nExamples:%n",
    footer = {"  backcare help", "  backcare help today", "  backcare help log session"})
final class HelpCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "COMMAND", arity = "0..*", completionCandidates = Names.class,
      description = "A command, and perhaps one of its own, such as `log session`.")
  List<String> names = List.of();

  @Override
  public Integer call() {
    CommandLine shown = spec.root().commandLine();
    for (String name : names) {
      CommandLine sub = shown.getSubcommands().get(name);
      if (sub == null) {
        String of = shown == spec.root().commandLine() ? "backcare"
            : shown.getCommandSpec().qualifiedName();
        throw BackcareException.badInput("\"" + Printable.line(name, 40) + "\" is not a command"
            + " of " + of + "; the commands are: "
            + String.join(", ", shown.getSubcommands().keySet()));
      }
      shown = sub;
    }
    shown.usage(shown.getOut(), shown.getColorScheme());
    return 0;
  }

  /** The command names, for shell completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Cli.commandNames().iterator();
    }
  }
}
