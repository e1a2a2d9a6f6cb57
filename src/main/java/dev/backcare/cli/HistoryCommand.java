package dev.backcare.cli;

import picocli.CommandLine.Command;

/** {@code backcare history}: the same as {@code backcare log list}. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = {
      "List the journal's entries, one line each, in time order (newest last).",
      "The same as `backcare log list`."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  backcare history --days 7", "  backcare history --kind session --json"})
final class HistoryCommand extends LogListCommand {
  HistoryCommand(Context context) {
    super(context);
  }
}
