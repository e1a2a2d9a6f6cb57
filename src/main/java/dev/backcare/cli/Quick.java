package dev.backcare.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The commands run most, {@code today} every morning and {@code report} every week, without
 * building picocli's model of the command line, which costs more than everything {@code today}
 * itself does. Only the plain forms are taken: the command's own options as {@code --name value}
 * or {@code --name=value}, and the global {@code --journal}, {@code --library} and
 * {@code --debug}, each at most once. Values are passed on as picocli would pass them, so every
 * check of a value and its message stays in one place. Anything else, from {@code --help} to a
 * typo, is left to picocli, so its messages stay the only ones. A test runs every form both ways
 * and checks they print the same.
 */
final class Quick {
  /** Each quick command's options in a canonical order; a value-taking one ends in "=". */
  private static final Map<String, List<String>> OPTIONS = Map.of(
      "today", List.of("--json", "--brief"),
      "report", List.of("--week=", "--weeks=", "--from=", "--to=", "--format=", "--output=",
          "--color"));

  private String command;
  private Path journal;
  private Path library;
  private boolean debug;
  /** The command's options given: canonical name to value ("true"/"false" for a flag). */
  private final Map<String, String> given = new HashMap<>();

  private Quick() {}

  /** The command these arguments ask for, or null if picocli should read them. */
  static Quick parse(String[] args) {
    Quick q = new Quick();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String name = a;
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      if (q.command == null && value == null && OPTIONS.containsKey(name)) {
        q.command = name;
        continue;
      }
      String option = canonical(name);
      if (!seen.add(option)) {
        return null;
      }
      boolean takesValue;
      if (option.equals("--journal") || option.equals("--library")) {
        takesValue = true;
      } else if (option.equals("--debug")) {
        takesValue = false;
      } else if (q.command != null && OPTIONS.get(q.command).contains(option + "=")) {
        takesValue = true;
      } else if (q.command != null && OPTIONS.get(q.command).contains(option)) {
        takesValue = false;
      } else {
        return null;
      }
      if (!takesValue) {
        if (value != null) {
          return null;
        }
        if (option.equals("--debug")) {
          q.debug = true;
        } else {
          q.given.put(option, name.startsWith("--no-") ? "false" : "true");
        }
        continue;
      }
      if (value == null) {
        if (i + 1 == args.length) {
          return null;
        }
        value = args[++i];
      }
      if (!plain(value) || option.equals("--weeks") && !count(value)) {
        return null;
      }
      if (option.equals("--journal") || option.equals("--library") || option.equals("--output")) {
        Path p = path(value);
        if (p == null) {
          return null;
        }
        if (option.equals("--journal")) {
          q.journal = p;
          continue;
        }
        if (option.equals("--library")) {
          q.library = p;
          continue;
        }
      }
      q.given.put(option, value);
    }
    return q.command != null ? q : null;
  }

  /** One name for the spellings of an option. */
  private static String canonical(String name) {
    return switch (name) {
      case "-o" -> "--output";
      case "--no-color" -> "--color";
      default -> name;
    };
  }

  /** A value picocli would take as it is: not empty, not like an option, a file list or a command. */
  private static boolean plain(String value) {
    return !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@")
        && !Cli.commandNames().contains(value);
  }

  /** A number of weeks picocli reads the same way: digits with no leading zero, as an int. */
  private static boolean count(String value) {
    if (value.length() > 9 || value.length() > 1 && value.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** A file name picocli would take as it is; null for one it would refuse. */
  private static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** Runs the command as picocli would have, errors included. */
  int run(Context context) {
    if (journal != null) {
      context.journalFlag(journal);
    }
    if (library != null) {
      context.libraryFlag(library);
    }
    context.debug(debug);
    Callable<Integer> call;
    if (command.equals("today")) {
      TodayCommand today = new TodayCommand(context);
      today.json = given.containsKey("--json");
      today.brief = given.containsKey("--brief");
      call = today;
    } else {
      ReportCommand report = new ReportCommand(context);
      report.range = new ReportRange();
      report.range.week = given.get("--week");
      String weeks = given.get("--weeks");
      report.range.weeks = weeks == null ? null : Integer.valueOf(weeks);
      report.range.from = given.get("--from");
      report.range.to = given.get("--to");
      report.format = given.getOrDefault("--format", "text");
      String output = given.get("--output");
      report.output = output == null ? null : Path.of(output);
      String color = given.get("--color");
      report.color = color == null ? null : Boolean.valueOf(color);
      call = report;
    }
    try {
      return call.call();
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
    a.add(command);
    for (String option : OPTIONS.get(command)) {
      String name = option.endsWith("=") ? option.substring(0, option.length() - 1) : option;
      String value = given.get(name);
      if (value != null) {
        a.add(option.endsWith("=") ? option + value
            : value.equals("true") ? name : "--no-" + name.substring(2));
      }
    }
    return a;
  }
}
