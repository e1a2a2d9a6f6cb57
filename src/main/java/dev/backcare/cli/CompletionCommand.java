package dev.backcare.cli;

import dev.backcare.BackcareException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code backcare completion bash|zsh}: a shell completion script, made by picocli. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a shell completion script for bash or zsh.",
      "With it, Tab completes backcare's commands, options, exercise ids and symptoms.",
      "For zsh it is the bash script after two lines that turn on zsh's bash-style",
      "completion (bashcompinit)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  backcare completion bash > ~/.local/share/bash-completion/completions/backcare",
      "  source <(backcare completion bash)             (in ~/.bashrc)",
      "  source <(backcare completion zsh)              (in ~/.zshrc)"
    })
final class CompletionCommand implements Callable<Integer> {
  /** bashcompinit has no compopt, which the bash script calls: zsh would print an error. */
  static final String ZSH_COMPOPT = "whence compopt > /dev/null || compopt() { :; }\n";
  static final String ZSH_PRELUDE = """
      # backcare completion for zsh: the bash script below, through zsh's bashcompinit.
      if ! type compdef > /dev/null 2>&1; then autoload -U +X compinit && compinit; fi
      autoload -U +X bashcompinit && bashcompinit
      """ + ZSH_COMPOPT;

  private final Context context;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.", completionCandidates = Shells.class)
  String shell;

  CompletionCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String prelude = switch (shell.strip()) {
      case "bash" -> "";
      case "zsh" -> ZSH_PRELUDE;
      default -> throw BackcareException.badInput("unknown shell \"" + shell
          + "\"; use bash or zsh");
    };
    context.out().print(prelude + bash(spec.root().commandLine()));
    context.out().flush();
    return 0;
  }

  /** The bash script for the whole command line {@code root}. */
  static String bash(CommandLine root) {
    return AutoComplete.bash("backcare", root);
  }

  /** The shells there is a script for. */
  static final class Shells implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("bash", "zsh").iterator();
    }
  }
}
