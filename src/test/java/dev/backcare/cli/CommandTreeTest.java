package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Starting fast builds only the command a line names; every other line gets the whole tree, so
 * help, suggestions for typos and completion still see every command.
 */
class CommandTreeTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "today                               | today",
      "today --json                        | today",
      "--journal j.jsonl today             | today",
      "--journal=j.jsonl --debug report    | report",
      "--library today log pain 2          | log",
      "--library lib.yaml --journal x log  | log",
      "--debug --journal today plan        | plan",
      "--help today                        | -",
      "--version                           | -",
      "tody                                | -",
      "--journal j.jsonl                   | -",
      "--journal                           | -",
      "''                                  | -",
      "-- today                            | -",
      "completion                          | completion",
  })
  void theCommandALineNames(String line, String expected) {
    assertEquals(expected, Cli.commandNamed(args(line)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "--journal j.jsonl today | today",
      "log pain 2              | log",
      "--help                  | today plan log report exercises completion",
      "--journal j.jsonl tody  | today plan log report exercises completion",
      "completion              | today plan log report exercises completion",
  })
  void onlyThatCommandIsBuilt(String line, String built) {
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    Context context = new Context(Map.of(), InputStream.nullInputStream(), none, none, false);
    assertEquals(List.of(built.split(" ")),
        List.copyOf(Cli.commandLine(context, args(line)).getSubcommands().keySet()));
  }

  private static String[] args(String line) {
    return line.isEmpty() ? new String[0] : line.split(" ");
  }
}
