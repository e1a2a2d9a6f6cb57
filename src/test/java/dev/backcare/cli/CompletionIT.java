package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code backcare completion}: the script, sourced in a real bash (and zsh, if there is one). */
class CompletionIT {
  @TempDir Path home;

  private Path script(String shell) throws IOException {
    Harness.Result r = new Harness(home, "UTC").run((String) null, "completion", shell);
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    Path file = home.resolve("backcare." + shell);
    Files.writeString(file, r.out());
    return file;
  }

  /** What Tab offers after {@code line}, through the script in {@code shell}. */
  private static List<String> complete(String shell, Path script, String line) throws Exception {
    String call = BashCompletion.CALL;
    List<String> command = shell.equals("zsh")
        ? List.of("zsh", "-f", "-c", "setopt ksharrays; " + call.replace("read -r -a", "read -r -A"),
            "zsh", script.toString(), line)
        : List.of("bash", "--norc", "--noprofile", "-c", call, "bash", script.toString(), line);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    List<String> words = new ArrayList<>(out.lines().filter(l -> !l.isEmpty()).toList());
    words.sort(null);
    return words;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      backcare lo                          | log
      backcare log s                       | session symptom
      backcare today --j                   | --journal --json
      backcare today --js                  | --json
      backcare plan add bri                | bridge
      backcare exercises cat               | cat-camel
      backcare log session --exercise kne  | knee-plank knee-rolls
      backcare log symptom ting            | tingling
      backcare completion z                | zsh
      backcare rep                         | replay report
      backcare repo                        | report
      backcare wh                          | what-if
      backcare report --format m           | markdown
      backcare report --format h           | html
      """)
  void bashCompletes(String line, String expected) throws Exception {
    Path script = script("bash");
    assertEquals(List.of(expected.split(" ")), complete("bash", script, line));
    if (onPath("zsh")) {
      // In zsh, bashcompinit's compgen offers every word; zsh's compadd then keeps those that
      // start with what is typed.
      String typed = line.substring(line.lastIndexOf(' ') + 1);
      assertEquals(List.of(expected.split(" ")), complete("zsh", script("zsh"), line).stream()
          .filter(w -> w.startsWith(typed)).toList());
    }
  }

  @Test
  void anUnknownShellIsOneLine() {
    Harness.Result r = new Harness(home, "UTC").run((String) null, "completion", "fish");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertEquals("backcare: unknown shell \"fish\"; use bash or zsh\n", r.err());
  }

  static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
