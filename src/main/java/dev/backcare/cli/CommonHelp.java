package dev.backcare.cli;

import dev.backcare.ExitCode;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * What every command shares, set here once for a command and all below it: the exit codes
 * (from {@link ExitCode}) in its help, and the version its {@code --version} prints.
 */
final class CommonHelp {
  private CommonHelp() {}

  static void addTo(CommandLine cmd) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (ExitCode c : ExitCode.values()) {
      codes.put(String.valueOf(c.code()), c.meaning());
    }
    cmd.getCommandSpec().versionProvider(new Version()).usageMessage()
        .exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
    cmd.getSubcommands().values().forEach(CommonHelp::addTo);
  }
}
