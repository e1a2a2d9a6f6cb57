package dev.backcare.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build time only, and left out of the jar: writes the completion scripts that a release installs,
 * {@code backcare} for bash-completion's folder and {@code _backcare} for zsh's site-functions.
 * Its one argument is the folder to write them to.
 */
public final class CompletionScripts {
  /**
   * zsh loads a file of its function path whose first line is {@code #compdef backcare} the first
   * time Tab is pressed after backcare: this one then defines bash's completion through zsh's
   * bashcompinit, which from then on completes backcare, and completes the word asked for now.
   */
  static final String ZSH_HEAD = """
      #compdef backcare
      # backcare completion for zsh: the bash script below, through zsh's bashcompinit.
      autoload -U +X bashcompinit && bashcompinit
      """ + CompletionCommand.ZSH_COMPOPT;
  static final String ZSH_TAIL = "_bash_complete -F _complete_backcare\n";

  private CompletionScripts() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args[0]));
    String bash = CompletionCommand.bash(Cli.model());
    Files.writeString(dir.resolve("backcare"), bash, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("_backcare"), ZSH_HEAD + bash + ZSH_TAIL, StandardCharsets.UTF_8);
  }
}
