package dev.backcare.cli;

import dev.backcare.ExitCode;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/** Lists the exit codes, from {@link ExitCode}, in the help of a command and all below it. */
final class ExitCodeHelp {
  private ExitCodeHelp() {}

  static void addTo(CommandLine cmd) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (ExitCode c : ExitCode.values()) {
      codes.put(String.valueOf(c.code()), c.meaning());
    }
    cmd.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
    cmd.getSubcommands().values().forEach(ExitCodeHelp::addTo);
  }
}
