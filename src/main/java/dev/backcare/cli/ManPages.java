package dev.backcare.cli;

import java.io.File;
import java.io.IOException;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build time only, and left out of the jar: writes an AsciiDoc man page for every command, which
 * the build turns into troff in {@code target/man}. Its one argument is the folder to write to.
 */
public final class ManPages {
  private ManPages() {}

  public static void main(String[] args) throws IOException {
    int exit = ManPageGenerator.generateManPage(new File(args[0]), null, new boolean[0], false,
        Cli.model().getCommandSpec());
    if (exit != 0) {
      throw new IllegalStateException("picocli's man page generator failed (" + exit + ")");
    }
  }
}
