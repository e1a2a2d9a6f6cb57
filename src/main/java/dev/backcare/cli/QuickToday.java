package dev.backcare.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code backcare today}, the command typed every morning, without building picocli's model of
 * the command line, which costs more than everything {@code today} itself does. Only the plain
 * forms are taken: {@code today} with {@code --json} and {@code --brief}, and the global
 * {@code --journal}, {@code --library} and {@code --debug}, each at most once. Anything else, from
 * {@code --help} to a typo, is left to picocli, so its messages stay the only ones. A test runs
 * every form both ways and checks they print the same.
 */
final class QuickToday {
  private Path journal;
  private Path library;
  private boolean debug;
  private boolean json;
  private boolean brief;

  private QuickToday() {}

  /** The {@code today} these arguments ask for, or null if picocli should read them. */
  static QuickToday parse(String[] args) {
    QuickToday q = new QuickToday();
    Set<String> seen = new HashSet<>();
    boolean named = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String name = a;
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      if (!seen.add(name)) {
        return null;
      }
      switch (name) {
        case "today" -> named = true;
        case "--json", "--brief" -> {
          if (!named || value != null) {
            return null;
          }
          q.json |= name.equals("--json");
          q.brief |= name.equals("--brief");
        }
        case "--debug" -> {
          if (value != null) {
            return null;
          }
          q.debug = true;
        }
        case "--journal", "--library" -> {
          if (value == null) {
            if (i + 1 == args.length) {
              return null;
            }
            value = args[++i];
          }
          Path p = path(value);
          if (p == null) {
            return null;
          }
          if (name.equals("--journal")) {
            q.journal = p;
          } else {
            q.library = p;
          }
        }
        default -> {
          return null;
        }
      }
    }
    return named ? q : null;
  }

  /** A file name picocli would take as it is; null for one it would question or refuse. */
  private static Path path(String value) {
    if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")
        || Cli.commandNames().contains(value)) {
      return null;
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** Runs {@code today} as picocli would have, errors included. */
  int run(Context context) {
    if (journal != null) {
      context.journalFlag(journal);
    }
    if (library != null) {
      context.libraryFlag(library);
    }
    context.debug(debug);
    TodayCommand today = new TodayCommand(context);
    today.json = json;
    today.brief = brief;
    try {
      return today.call();
    } catch (Exception e) {
      return Cli.handle(e, context);
    }
  }

  /** The arguments this stands for, in a canonical order; for tests. */
  List<String> args() {
    List<String> a = new ArrayList<>();
    if (journal != null) {
      a.add("--journal=" + journal);
    }
    if (library != null) {
      a.add("--library=" + library);
    }
    if (debug) {
      a.add("--debug");
    }
    a.add("today");
    if (json) {
      a.add("--json");
    }
    if (brief) {
      a.add("--brief");
    }
    return a;
  }
}
