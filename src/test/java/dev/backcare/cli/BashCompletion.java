package dev.backcare.cli;

/** How the tests ask a completion script what Tab offers, in bash (or zsh, with its changes). */
public final class BashCompletion {
  /**
   * Sources the script "$1", sets bash's completion variables for the line "$2" (the words typed
   * so far; a trailing space starts a new word), calls the function and prints each word offered.
   * compopt works only while the shell itself is completing, so here it does nothing.
   */
  public static final String CALL = """
      source "$1"
      compopt() { :; }
      COMP_LINE="$2"; COMP_POINT=${#COMP_LINE}
      read -r -a COMP_WORDS <<< "$COMP_LINE"
      [[ "$COMP_LINE" == *' ' ]] && COMP_WORDS+=('')
      COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
      _complete_backcare
      printf '%s\\n' "${COMPREPLY[@]}"
      """;

  private BashCompletion() {}
}
