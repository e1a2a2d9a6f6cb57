package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.ExitCode;
import dev.backcare.text.Printable;
import dev.backcare.text.PrintableWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/** Builds the command line and maps every failure to one line on stderr and an exit code. */
public final class Cli {
  /** Every command, by name, in the order help lists them. */
  private static final Map<String, Class<?>> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("today", TodayCommand.class);
    COMMANDS.put("plan", PlanCommand.class);
    COMMANDS.put("log", LogCommand.class);
    COMMANDS.put("history", HistoryCommand.class);
    COMMANDS.put("function", FunctionCommand.class);
    COMMANDS.put("undo", UndoCommand.class);
    COMMANDS.put("report", ReportCommand.class);
    COMMANDS.put("replay", ReplayCommand.class);
    COMMANDS.put("insights", InsightsCommand.class);
    COMMANDS.put("what-if", WhatIfCommand.class);
    COMMANDS.put("exercises", ExercisesCommand.class);
    COMMANDS.put("completion", CompletionCommand.class);
    COMMANDS.put("help", HelpCommand.class);
  }

  /** The most of a file name or a value that a message quotes (a path may be 4096 bytes). */
  static final int LONGEST_ECHO = 4096;

  private Cli() {}

  public static int run(String[] args, Map<String, String> env, InputStream in, PrintStream out,
      PrintStream err, boolean terminal) {
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(
        new PrintableWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)), true);
    Context context = new Context(env, in, o, e, terminal);
    try {
      Optional<String> name = named(context, args);
      CommandLine cli = commandLine(context, name);
      if (name.equals(Optional.of("what-if"))) {
        // After the tree is built, so that help and errors still print.
        context.imagine();
      }
      int code = cli.execute(args);
      if (code == 0 && !context.imagined().isEmpty()) {
        WhatIfCommand.print(context);
      }
      return code;
    } finally {
      o.flush();
      e.flush();
    }
  }

  /** The command tree with nowhere to print, for what reads the model: man pages, tests. */
  static CommandLine model() {
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    return commandLine(new Context(Map.of(), InputStream.nullInputStream(), none, none, false),
        Optional.empty());
  }

  /**
   * The command tree: with {@code only}, that command alone; else every command. Building a
   * command's model (picocli reads its annotations) is most of the cost of starting, so a line
   * gets only the command it names (see {@link #named}).
   */
  static CommandLine commandLine(Context context, Optional<String> only) {
    Factory factory = new Factory(context);
    CommandLine cli = new CommandLine(BackcareCommand.class, factory);
    COMMANDS.forEach((name, type) -> {
      if (only.isEmpty() || only.get().equals(name)) {
        cli.addSubcommand(name, new CommandLine(type, factory));
      }
    });
    cli.setOut(context.out());
    cli.setErr(context.err());
    cli.setExecutionExceptionHandler(new Failed(context));
    cli.setParameterExceptionHandler(new Misused());
    // picocli's own Path converter keeps only the text of an InvalidPathException.
    cli.registerConverter(Path.class, new PathConverter());
    cli.setExitCodeExceptionMapper(new Internal());
    CommonHelp.addTo(cli);
    return cli;
  }

  /**
   * The command {@code args} name, as picocli reads them against the root's options and the
   * commands' names alone (each a bare spec that takes whatever follows it). Empty for a line
   * that names none (--help, a typo) or names {@code completion} or {@code help}, which need the
   * whole tree.
   */
  static Optional<String> named(Context context, String[] args) {
    CommandLine probe = new CommandLine(BackcareCommand.class, new Factory(context));
    for (String name : COMMANDS.keySet()) {
      CommandLine bare = new CommandLine(CommandSpec.create());
      bare.setUnmatchedArgumentsAllowed(true);
      bare.setUnmatchedOptionsArePositionalParams(true);
      probe.addSubcommand(name, bare);
    }
    try {
      ParseResult parsed = probe.parseArgs(args);
      return Optional.ofNullable(parsed.subcommand())
          .map(sub -> sub.commandSpec().name())
          .filter(name -> !name.equals("completion") && !name.equals("help"));
    } catch (CommandLine.ParameterException wrong) {
      return Optional.empty();
    }
  }

  /** The names of the commands. */
  static Set<String> commandNames() {
    return COMMANDS.keySet();
  }

  /** What picocli does with an exception a command throws: one line, and its exit code. */
  static int handle(Exception ex, Context context) {
    if (ex instanceof BackcareException b) {
      context.err().println("backcare: " + oneLine(b.getMessage()));
      if (context.debug()) {
        b.printStackTrace(context.err());
      }
      return b.exitCode().code();
    }
    if (ex instanceof CommandLine.ParameterException p) {
      return usage(p, new String[0]);
    }
    if (ex instanceof InvalidPathException bad) {
      context.err().println("backcare: " + unusable(bad));
      return ExitCode.BAD_INPUT.code();
    }
    context.err().println("backcare: an unexpected error: " + oneLine(ex.toString())
        + (context.debug() ? "" : " (run again with --debug for details)"));
    if (context.debug()) {
      ex.printStackTrace(context.err());
    }
    return ExitCode.INTERNAL.code();
  }

  private static int usage(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
      if (t instanceof InvalidPathException bad) {
        err.println("backcare: " + unusable(bad));
        return ExitCode.BAD_INPUT.code();
      }
    }
    err.println("backcare: " + oneLine(ex.getMessage()));
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more.");
    return ExitCode.BAD_INPUT.code();
  }

  /**
   * Why a file name from a flag, the environment or the config cannot be used. Java encodes file
   * names in the charset of the language setting, so under LANG=C a name with "é" has no bytes.
   */
  static String unusable(InvalidPathException e) {
    String why = e.getReason().equals(Settings.UNREADABLE)
        ? "it has bytes the system's language setting cannot read (shown as \uFFFD); run"
            + " backcare with the setting the file was named under, such as LANG=C.UTF-8, or"
            + " rename the file"
        : e.getReason().startsWith("Malformed input or input contains unmappable")
        ? "it has letters the system's language setting cannot write in file names; run"
            + " backcare with a UTF-8 setting, such as LANG=C.UTF-8"
        : Character.toLowerCase(e.getReason().charAt(0)) + e.getReason().substring(1);
    return "cannot use the file name \"" + Printable.line(e.getInput(), LONGEST_ECHO) + "\": "
        + why;
  }

  /**
   * A message as one line: it may quote what was typed or read (a value, a file name, a line of
   * the journal), so its controls and direction marks are escaped and a long one is cut.
   */
  static String oneLine(String message) {
    return Printable.line(String.valueOf(message), LONGEST_ECHO + 400);
  }

  /** A command failed: one line on stderr and the exit code. */
  private record Failed(Context context) implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine line,
        CommandLine.ParseResult parsed) {
      return handle(ex, context);
    }
  }

  /** The command line was wrong: one line, suggestions, and where to find help. */
  private static final class Misused implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
      return usage(ex, args);
    }
  }

  private static final class PathConverter implements CommandLine.ITypeConverter<Path> {
    @Override
    public Path convert(String text) {
      return Settings.path(text);
    }
  }

  private static final class Internal implements CommandLine.IExitCodeExceptionMapper {
    @Override
    public int getExitCode(Throwable ex) {
      return ExitCode.INTERNAL.code();
    }
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
