package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Starting builds only the command a line names, as picocli reads it against the commands' names;
 * a line that names none (--help, a typo) or names completion or help gets the whole tree, so
 * help, suggestions for typos and completion still see every command.
 */
class CommandTreeTest {
  static final PrintWriter NONE = new PrintWriter(Writer.nullWriter());
  static final Context CONTEXT =
      new Context(Map.of(), InputStream.nullInputStream(), NONE, NONE, false);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "today                                  | today",
      "today --json                           | today",
      "--journal j.jsonl today                | today",
      "--journal=j.jsonl --debug report       | report",
      "--library lib.yaml --journal x log     | log",
      "log session --during 3 --after 9       | log",
      "today --help                           | today",
      "plan start --date 2026-03-02           | plan",
      "history --days 7                       | history",
      "undo                                   | undo",
      "--help                                 | -",
      "--version                              | -",
      "tody                                   | -",
      "--journal j.jsonl                      | -",
      "--journal                              | -",
      "''                                     | -",
      "completion bash                        | -",
      "help                                   | -",
      "help log session                       | -",
  })
  void theCommandALineNames(String line, String expected) {
    assertEquals(Optional.ofNullable(expected), Cli.named(CONTEXT, args(line)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "--journal j.jsonl today | today",
      "log pain 2              | log",
      "what-if pain 6          | what-if",
      "--help                  | today plan log history function undo report replay insights"
          + " what-if exercises completion help",
      "--journal j.jsonl tody  | today plan log history function undo report replay insights"
          + " what-if exercises completion help",
      "completion              | today plan log history function undo report replay insights"
          + " what-if exercises completion help",
  })
  void onlyThatCommandIsBuilt(String line, String built) {
    String[] args = args(line);
    assertEquals(List.of(built.split(" ")), List.copyOf(
        Cli.commandLine(CONTEXT, Cli.named(CONTEXT, args)).getSubcommands().keySet()));
  }

  private static String[] args(String line) {
    return line.isEmpty() ? new String[0] : line.split(" ");
  }
}
