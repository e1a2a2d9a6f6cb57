package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backcare.domain.LocalZone;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Flags, then the environment, then the config file, then the built-in default, for every
 * setting. In the tables "-" is nothing, "~/" is HOME, and the config file is
 * ~/.config/backcare/config.yaml holding one line ("\n" starts another).
 */
class SettingsTest {
  static final LocalDateTime NOW = LocalDateTime.parse("2026-03-02T08:00");
  @TempDir Path home;

  /** Settings with HOME = {@code home}, {@code config} in the default config file. */
  static Settings settings(Path home, String config, String variables, String journalFlag,
      String libraryFlag) {
    Map<String, String> env = new HashMap<>(
        Map.of("HOME", home.toString(), "TZ", "UTC", "BACKCARE_NOW", NOW.toString()));
    if (variables != null) {
      for (String v : variables.split(" ")) {
        env.put(v.substring(0, v.indexOf('=')), expand(home, v.substring(v.indexOf('=') + 1)));
      }
    }
    if (config != null) {
      write(home.resolve(".config/backcare/config.yaml"), config.replace("\\n", "\n"));
    }
    return Settings.from(env, journalFlag == null ? null : Path.of(expand(home, journalFlag)),
        libraryFlag == null ? null : Path.of(expand(home, libraryFlag)), false);
  }

  static String expand(Path home, String path) {
    return path.startsWith("~/") ? home.resolve(path.substring(2)).toString() : path;
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # config               | environment                | flag       | journal                               | built-in
      -                      | -                          | -          | ~/.local/share/backcare/journal.jsonl | true
      -                      | XDG_DATA_HOME=/data        | -          | /data/backcare/journal.jsonl          | true
      -                      | XDG_DATA_HOME=data         | -          | ~/.local/share/backcare/journal.jsonl | true
      journal: diary.jsonl   | XDG_DATA_HOME=/data        | -          | ~/.config/backcare/diary.jsonl        | false
      journal: ~/diary.jsonl | -                          | -          | ~/diary.jsonl                         | false
      journal: /j/d.jsonl    | -                          | -          | /j/d.jsonl                            | false
      journal: ~/diary.jsonl | BACKCARE_JOURNAL=/e.jsonl  | -          | /e.jsonl                              | false
      journal: ~/diary.jsonl | BACKCARE_JOURNAL=/e.jsonl  | /f.jsonl   | /f.jsonl                              | false
      """)
  void journal(String config, String env, String flag, String journal, boolean builtIn) {
    Settings s = settings(home, config, env, flag, null);
    assertEquals(Path.of(expand(home, journal)), s.journal());
    assertEquals(builtIn, s.defaultJournal(), "the built-in location (made with mode 0700)");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # config               | environment                | flag       | library (- is bundled)
      -                      | -                          | -          | -
      library: clinic.yaml   | -                          | -          | ~/.config/backcare/clinic.yaml
      library: ../c.yaml     | -                          | -          | ~/.config/backcare/../c.yaml
      library: ~/c.yaml      | BACKCARE_LIBRARY=/e.yaml   | -          | /e.yaml
      library: ~/c.yaml      | BACKCARE_LIBRARY=/e.yaml   | /f.yaml    | /f.yaml
      -                      | -                          | /f.yaml    | /f.yaml
      """)
  void library(String config, String env, String flag, String library) {
    assertEquals(Optional.ofNullable(library).map(l -> Path.of(expand(home, l))),
        settings(home, config, env, null, flag).library());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # config                | environment                | week starts
      -                       | -                          | MONDAY
      weekStart: sunday       | -                          | SUNDAY
      weekStart: Saturday     | -                          | SATURDAY
      weekStart: '  TUESDAY ' | -                          | TUESDAY
      weekStart: sunday       | BACKCARE_WEEK_START=monday | MONDAY
      -                       | BACKCARE_WEEK_START=Friday | FRIDAY
      """)
  void weekStart(String config, String env, DayOfWeek expected) {
    assertEquals(expected, settings(home, config, env, null, null).weekStart());
  }

  /** The environment (BACKCARE_COLOR, then NO_COLOR) wins over the config, as for every key. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # config       | environment                           | colour (- is auto)
      -              | -                                     | -
      -              | NO_COLOR=1                            | false
      -              | NO_COLOR=                             | -
      color: auto    | NO_COLOR=1                            | false
      color: never   | -                                     | false
      color: Always  | -                                     | true
      color: always  | NO_COLOR=1                            | false
      color: always  | NO_COLOR=                             | true
      color: never   | BACKCARE_COLOR=always                 | true
      color: never   | BACKCARE_COLOR=auto                   | -
      color: always  | BACKCARE_COLOR=never                  | false
      color: always  | BACKCARE_COLOR=auto NO_COLOR=1        | false
      """)
  void color(String config, String env, Boolean expected) {
    assertEquals(Optional.ofNullable(expected), settings(home, config, env, null, null).color());
  }

  @Test
  void allKeysAtOnce() {
    Settings s = settings(home, "# mine\\njournal: ~/d.jsonl\\nlibrary: ~/c.yaml\\n"
        + "color: never\\nweekStart: sunday\\n", null, null, null);
    assertEquals(new Settings(home.resolve("d.jsonl"), false, Optional.of(home.resolve("c.yaml")),
        NOW.atOffset(ZoneOffset.UTC), LocalZone.of("UTC"), false, DayOfWeek.SUNDAY,
        Optional.of(false), Settings.DEFAULT_COLUMNS), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "# journal: ~/d.jsonl\\n\\n", "---\\n", "--- # nothing yet\\n"})
  void anEmptyOrCommentedOutConfigSetsNothing(String config) {
    assertEquals(settings(home, null, null, null, null), settings(home, config, null, null, null));
  }

  @Test
  void xdgConfigHomeWhenAbsolute() {
    write(home.resolve("xdg/backcare/config.yaml"), "weekStart: sunday\n");
    write(home.resolve(".config/backcare/config.yaml"), "weekStart: friday\n");
    String xdg = home.resolve("xdg").toString();
    assertEquals(DayOfWeek.SUNDAY,
        settings(home, null, "XDG_CONFIG_HOME=" + xdg, null, null).weekStart());
    assertEquals(DayOfWeek.FRIDAY,
        settings(home, null, "XDG_CONFIG_HOME=xdg", null, null).weekStart());
  }

  @Test
  void backcareConfigNamesAnotherFile() {
    write(home.resolve(".config/backcare/config.yaml"), "weekStart: friday\n");
    write(home.resolve("setups/two.yaml"), "weekStart: sunday\njournal: two.jsonl\n");
    Settings s = settings(home, null, "BACKCARE_CONFIG=~/setups/two.yaml", null, null);
    assertEquals(DayOfWeek.SUNDAY, s.weekStart());
    assertEquals(home.resolve("setups/two.jsonl"), s.journal());
    assertEquals(DayOfWeek.MONDAY,
        settings(home, null, "BACKCARE_CONFIG=/dev/null", null, null).weekStart());
  }

  @Test
  void theReadmesExampleConfigIsValid() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int from = readme.indexOf("```yaml\n", readme.indexOf("### Config")) + "```yaml\n".length();
    String example = readme.substring(from, readme.indexOf("```", from));
    Settings s = settings(home, example.replace("\n", "\\n"), null, null, null);
    assertEquals(home.resolve("Documents/back/journal.jsonl"), s.journal());
    assertEquals(Optional.of(home.resolve(".config/backcare/clinic-exercises.yaml")), s.library());
    assertEquals(Optional.of(false), s.color());
    assertEquals(DayOfWeek.SUNDAY, s.weekStart());
  }
}
