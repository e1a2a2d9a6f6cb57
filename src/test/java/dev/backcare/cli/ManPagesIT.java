package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The build leaves a man page for every command in target/man, and man can read it. */
class ManPagesIT {
  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.backcare.cli.HelpTest#commands")
  void everyCommandHasAManPage(HelpTest.Cmd cmd) throws Exception {
    String name = cmd.toString().replace(' ', '-');
    Path page = Path.of("target/man", name + ".1");
    assertTrue(Files.isRegularFile(page), page + " is missing");
    String troff = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(troff.contains("\n.TH \"" + name.toUpperCase(Locale.ROOT).replace("-", "\\-")
        + "\" \"1\""), troff);
    var usage = cmd.line().getCommandSpec().usageMessage();
    String summary = (usage.header().length > 0 ? usage.header() : usage.description())[0];
    String text = CompletionIT.onPath("man") ? man(page) : troff;
    assertTrue(plain(text).contains(plain(summary)), summary + "\nnot in:\n" + text);
  }

  /** The page as {@code man -l} shows it, without bold or underlining. */
  private static String man(Path page) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("man", "-l", page.toString());
    pb.environment().put("MANPAGER", "cat");
    pb.environment().put("MANWIDTH", "80");
    Process p = pb.redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out.replaceAll(".\b", "");
  }

  /** Text with troff escapes, typographic dashes and quotes, and line breaks made plain. */
  private static String plain(String text) {
    return text.replace("\\-", "-").replace("\\(cq", "'").replace("\\(aq", "'")
        .replaceAll("[\u2010\u2212]", "-").replaceAll("[\u2018\u2019]", "'")
        .replaceAll("\\s+", " ");
  }
}
