package dev.backcare;

import dev.backcare.cli.Cli;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/** The entry point. {@link #run} is what tests call. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.in, System.out, System.err));
  }

  /** Runs one command line and returns its exit code; never calls {@code System.exit}. */
  public static int run(String[] args, Map<String, String> env, InputStream in, PrintStream out,
      PrintStream err) {
    return Cli.run(args, env, in, out, err, in == System.in && System.console() != null);
  }
}
