package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report written by the packaged jar, rendered by a real browser: headless Chromium
 * (the Debian package {@code chromium}) must find the charts in the page and paint them.
 */
class HtmlReportIT {
  @TempDir Path home;

  record Run(int exit, String out) {}

  Run run(List<String> command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("HOME", home.toString());
    pb.environment().put("TZ", "Europe/Berlin");
    pb.environment().put("BACKCARE_NOW", HtmlReportTest.NOW);
    pb.environment().remove("BACKCARE_JOURNAL");
    pb.environment().remove("XDG_DATA_HOME");
    pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.redirectError(home.resolve("stderr.txt").toFile());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail(command.get(0) + " did not finish");
    }
    return new Run(p.exitValue(), out);
  }

  static String chromium() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, "chromium");
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return fail("chromium is not installed: install the Debian package chromium"
        + " (apt-get install chromium); this test renders the HTML report with it");
  }

  List<String> browser(String... args) {
    List<String> command = new ArrayList<>(List.of(chromium(), "--headless", "--no-sandbox",
        "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--user-data-dir=" + home.resolve("chromium")));
    command.addAll(List.of(args));
    return command;
  }

  static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void chromiumFindsTheChartsAndPaintsThem() throws Exception {
    HtmlReportTest.smallJournal(home);
    Path report = home.resolve("report.html");
    Run written = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", "target/backcare.jar", "report", "--weeks", "3", "--format", "html", "-o",
        report.toString()));
    assertEquals(0, written.exit(), Files.readString(home.resolve("stderr.txt")));
    String url = report.toUri().toString();

    Run dom = run(browser("--dump-dom", url));
    assertEquals(0, dom.exit(), Files.readString(home.resolve("stderr.txt")));
    String page = dom.out();
    for (String chart : List.of("pain", "sessions", "reps", "seconds")) {
      assertEquals(1, count(page, "<svg [^>]*id=\"w2026-03-02-" + chart + "\"[^>]*role=\"img\""),
          chart);
    }
    assertEquals(2, count(page, "<circle class=\"mark during\""), "dots: pain 3 and 4");
    assertEquals(1, count(page, "<path class=\"mark during above\""), "a triangle: pain 7");
    assertEquals(3, count(page, "<rect class=\"mark morning\""), "squares: mornings");
    assertEquals(1, count(page, "<line class=\"ceiling\" [^>]*data-pain=\"5\""), "the ceiling");
    assertEquals(3, count(page, "<text class=\"next [a-z-]+\""), "next mornings");
    assertEquals(2, count(page, "Nothing logged this week\\."));

    Path png = home.resolve("report.png");
    Run shot = run(browser("--hide-scrollbars", "--window-size=1000,2000",
        "--screenshot=" + png, url));
    assertEquals(0, shot.exit(), Files.readString(home.resolve("stderr.txt")));
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1000, image.getWidth());
    assertEquals(2000, image.getHeight());
    assertTrue(pixels(image, 0x0b5cad) > 200, "the blue marks and bars are painted");
    assertTrue(pixels(image, 0xb3261e) > 50, "the ceiling and the mark above it are painted");
  }

  static int pixels(BufferedImage image, int rgb) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        n += (image.getRGB(x, y) & 0xffffff) == rgb ? 1 : 0;
      }
    }
    return n;
  }
}
