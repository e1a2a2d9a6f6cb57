package dev.backcare.cli;

import static dev.backcare.cli.SettingsTest.settings;
import static dev.backcare.cli.SettingsTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backcare.BackcareException;
import dev.backcare.ExitCode;
import dev.backcare.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each mistake in a config file (or a setting's variable) and the exact line a person reads; all
 * are bad input, exit 2. The config is ~/.config/backcare/config.yaml ("\n" starts a line).
 */
class BadConfigTest {
  static final String FILE = "~/.config/backcare/config.yaml";
  @TempDir Path home;

  String message(String config, String variables) {
    BackcareException e = assertThrows(BackcareException.class,
        () -> settings(home, config, variables, null, null));
    assertEquals(ExitCode.BAD_INPUT, e.exitCode());
    return e.getMessage();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # config                            | the message after the file's name
      weekstart: sunday                   | :1:1: weekstart: unknown key; did you mean weekStart?
      journal: ~/d.jsonl\\ntheme: dark    | :2:1: theme: unknown key; expected one of color, journal, library, weekStart
      weekStart: funday                   | :1:12: weekStart: expected a day, monday to sunday, got "funday"; did you mean sunday?
      weekStart: mon                      | :1:12: weekStart: expected a day, monday to sunday, got "mon"; did you mean monday?
      weekStart: 1                        | :1:12: weekStart: expected a day, monday to sunday, got "1"
      color: no                           | :1:8: color: expected auto, always or never, got "no"; did you mean never?
      color: yes                          | :1:8: color: expected auto, always or never, got "yes"; did you mean always?
      color: true                         | :1:8: color: expected auto, always or never, got "true"; did you mean always?
      color: 'off'                        | :1:8: color: expected auto, always or never, got "off"; did you mean never?
      color: allways                      | :1:8: color: expected auto, always or never, got "allways"; did you mean always?
      color: [never]                      | :1:8: color: expected auto, always or never, got a list
      journal:                            | :1:9: journal: expected a path, got nothing
      library: ~bob/clinic.yaml           | :1:10: library: write ~/ for your home folder, or a full path; got "~bob/clinic.yaml"
      color: never\\ncolor: always        | :2:1: color: this key appears twice in the same mapping
      journal: &j ~/d\\nlibrary: *j       | :2:10: library: YAML anchors and aliases are not allowed; write values out
      journal: [~/d.jsonl                 | :1:20: not valid YAML: expected ',' or ']', but got <stream end>
      weekStart: sunday\\n  color: never  | :2:8: not valid YAML: mapping values are not allowed here
      - weekStart: sunday                 | :1:1: expected a mapping of keys, got a list
      sunday                              | :1:1: expected a mapping of keys, got "sunday"
      """)
  void aMistakeInTheFile(String config, String message) {
    assertEquals(FILE + message, message(config, null));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      BACKCARE_WEEK_START=sun  | BACKCARE_WEEK_START must be a day, monday to sunday, got "sun"
      BACKCARE_COLOR=yes       | BACKCARE_COLOR must be auto, always or never, got "yes"
      BACKCARE_CONFIG=~/no.yaml | ~/no.yaml: no such config file (named by BACKCARE_CONFIG)
      """)
  void aBadVariable(String variable, String message) {
    assertEquals(SettingsTest.expand(home, message), message(null, variable));
  }

  @Test
  void aFolder() throws Exception {
    Files.createDirectories(home.resolve(".config/backcare/config.yaml"));
    assertEquals(FILE + ": is a folder, not a config file", message(null, null));
  }

  @Test
  void aFileWhereItsFolderShouldBe() throws Exception {
    write(home.resolve(".config/backcare"), "not a folder\n");
    String message = message(null, null);
    // The reason is the system's own words ("Not a directory"), which may be translated.
    assertTrue(message.startsWith(FILE + ": cannot read the config file: "), message);
    assertFalse(message.contains("\n") || message.contains("Exception"), message);
  }

  @Test
  void notUtf8() throws Exception {
    write(home.resolve(".config/backcare/config.yaml"), "");
    Files.write(home.resolve(".config/backcare/config.yaml"),
        "journal: ~/r\u00fccken.jsonl\n".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(FILE + ": the file is not UTF-8 text", message(null, null));
  }

  @Test
  void unreadable() throws Exception {
    Path file = home.resolve(".config/backcare/config.yaml");
    write(file, "weekStart: sunday\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
    String expected = FILE + ": cannot read the config file: permission denied";
    if (!Files.isReadable(file)) {
      assertEquals(expected, message(null, null));
      return;
    }
    // Root may read any file; a child without CAP_DAC_READ_SEARCH obeys the mode like anyone.
    ProcessBuilder child = new ProcessBuilder("setpriv",
        "--inh-caps=-dac_override,-dac_read_search",
        "--bounding-set=-dac_override,-dac_read_search",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "exercises");
    child.environment().put("HOME", home.toString());
    child.environment().remove("XDG_CONFIG_HOME");
    child.environment().remove("BACKCARE_CONFIG");
    Process p = child.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals("backcare: " + expected + "\n", err);
    assertEquals("", out);
    assertEquals(ExitCode.BAD_INPUT.code(), p.exitValue());
  }
}
