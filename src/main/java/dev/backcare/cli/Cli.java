package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.ExitCode;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** Builds the command line and maps every failure to one line on stderr and an exit code. */
public final class Cli {
  private Cli() {}

  public static int run(String[] args, Map<String, String> env, InputStream in, PrintStream out,
      PrintStream err, boolean terminal) {
    PrintWriter o = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    Context context = new Context(env, in, o, e, terminal);
    try {
      CommandLine cli = commandLine(context);
      return cli.execute(args);
    } finally {
      o.flush();
      e.flush();
    }
  }

  /** The command tree with nowhere to print, for what reads the model: man pages, tests. */
  static CommandLine model() {
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    return commandLine(new Context(Map.of(), InputStream.nullInputStream(), none, none, false));
  }

  static CommandLine commandLine(Context context) {
    CommandLine cli = new CommandLine(BackcareCommand.class, new Factory(context));
    cli.setOut(context.out());
    cli.setErr(context.err());
    cli.setExecutionExceptionHandler((ex, line, parsed) -> handle(ex, context));
    cli.setParameterExceptionHandler(Cli::usage);
    cli.setExitCodeExceptionMapper(ex -> ExitCode.INTERNAL.code());
    CommonHelp.addTo(cli);
    return cli;
  }

  private static int handle(Exception ex, Context context) {
    if (ex instanceof BackcareException b) {
      context.err().println("backcare: " + b.getMessage());
      if (context.debug()) {
        b.printStackTrace(context.err());
      }
      return b.exitCode().code();
    }
    if (ex instanceof CommandLine.ParameterException p) {
      return usage(p, new String[0]);
    }
    context.err().println("backcare: an unexpected error: " + ex
        + (context.debug() ? "" : " (run again with --debug for details)"));
    if (context.debug()) {
      ex.printStackTrace(context.err());
    }
    return ExitCode.INTERNAL.code();
  }

  private static int usage(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("backcare: " + ex.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more.");
    return ExitCode.BAD_INPUT.code();
  }

  /** Creates commands, handing each the run's {@link Context} if its constructor takes one. */
  private record Factory(Context context) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        return cls.getDeclaredConstructor(Context.class).newInstance(context);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(cls);
      }
    }
  }
}
