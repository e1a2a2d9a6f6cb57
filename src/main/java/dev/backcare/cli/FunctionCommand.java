package dev.backcare.cli;

import picocli.CommandLine.Command;

/** {@code backcare function}: the same as {@code backcare log function}. */
@Command(
    name = "function",
    mixinStandardHelpOptions = true,
    description = {
      "Rate up to three activities your back makes hard, each 0 (unable) to 10 (as before the"
          + " problem). The same as `backcare log function`."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  backcare function \"putting on socks=3\" \"walking 30 min=4\"",
      "  backcare function 4 5"
    })
final class FunctionCommand extends LogFunctionCommand {
  FunctionCommand(Context context) {
    super(context);
  }
}
