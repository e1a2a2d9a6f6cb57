package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code backcare help [COMMAND [SUB]]} prints exactly what {@code --help} prints. */
class HelpCommandTest {
  @TempDir Path home;

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.backcare.cli.HelpTest#commands")
  void helpCommandIsHelpFlag(HelpTest.Cmd cmd) {
    List<String> words = new ArrayList<>(List.of(cmd.toString().split(" ")));
    words.remove(0);
    List<String> flag = new ArrayList<>(words);
    flag.add("--help");
    words.add(0, "help");
    Harness h = new Harness(home, "UTC");
    Harness.Result byFlag = h.run(HelpTest.NOW, flag.toArray(new String[0]));
    Harness.Result byCommand = h.run(HelpTest.NOW, words.toArray(new String[0]));
    assertEquals(0, byCommand.exit(), byCommand.err());
    assertEquals(byFlag.out(), byCommand.out());
    assertEquals("", byCommand.err());
  }

  @Test
  void helpNamesTheSubcommandItShows() {
    Harness.Result r = new Harness(home, "UTC").run(HelpTest.NOW, "help", "log", "session");
    assertTrue(r.out().startsWith("Usage: backcare log session "), r.out());
  }

  @Test
  void anUnknownCommandIsBadInput() {
    Harness.Result r = new Harness(home, "UTC").run(HelpTest.NOW, "help", "log", "sesion");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertEquals("backcare: \"sesion\" is not a command of backcare log; the commands are:"
        + " session, pain, symptom, cleared, function, void, list\n", r.err());
  }
}
