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

  /** The small journal's HTML report, three weeks, written by the packaged jar. */
  Path report() throws Exception {
    HtmlReportTest.smallJournal(home);
    Path report = home.resolve("report.html");
    Run written = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", "target/backcare.jar", "report", "--weeks", "3", "--format", "html", "-o",
        report.toString()));
    assertEquals(0, written.exit(), Files.readString(home.resolve("stderr.txt")));
    return report;
  }

  @Test
  void chromiumFindsTheChartsAndPaintsThem() throws Exception {
    Path report = report();
    String url = report.toUri().toString();

    Run dom = run(browser("--dump-dom", url));
    assertEquals(0, dom.exit(), Files.readString(home.resolve("stderr.txt")));
    for (String chart : List.of("pain", "sessions", "reps", "minutes")) {
      assertEquals(1, count(dom.out(), "<svg [^>]*id=\"w2026-03-02-" + chart
          + "\"[^>]*role=\"img\""), chart);
    }
    // The weeks' charts; the whole period's chart, above them, is checked on its own below.
    String page = dom.out().substring(dom.out().indexOf("<section class=\"week\""));
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

  /**
   * A copy of the page with a script that measures the whole-period chart as the browser laid it
   * out: every label's box against the chart's viewBox, the week labels against each other, the
   * chart's box on the page, and the page's width against the window's. The report itself has
   * no script; only this copy does.
   */
  static final String PROBE = """
      <script>
      const out = [];
      const svg = document.getElementById('whole-chart');
      const vb = svg.viewBox.baseVal;
      let last = null;
      for (const t of svg.querySelectorAll('text')) {
        const b = t.getBBox();
        if (b.width === 0 || b.x < vb.x || b.y < vb.y || b.x + b.width > vb.x + vb.width
            || b.y + b.height > vb.y + vb.height) {
          out.push('clipped: ' + t.textContent);
        }
        if (t.classList.contains('day')) {
          if (last && last.x + last.width > b.x) out.push('overlap: ' + t.textContent);
          last = b;
        }
      }
      const r = svg.getBoundingClientRect();
      out.push('chart ' + [r.left, r.top, r.right, r.bottom].map(Math.round).join(' '));
      out.push('page ' + document.documentElement.clientWidth + ' '
          + document.documentElement.scrollWidth);
      const pre = document.createElement('pre');
      pre.id = 'probe';
      pre.textContent = out.join('\\n');
      document.body.appendChild(pre);
      </script>
      """;

  /** The probe's lines, from the page Chromium dumped after running it. */
  List<String> probe(Path page, int width) throws Exception {
    Run dom = run(browser("--window-size=" + width + ",1000", "--dump-dom",
        page.toUri().toString()));
    assertEquals(0, dom.exit(), Files.readString(home.resolve("stderr.txt")));
    Matcher m = Pattern.compile("(?s)<pre id=\"probe\">(.*?)</pre>").matcher(dom.out());
    assertTrue(m.find(), "the probe ran: " + dom.out());
    return List.of(m.group(1).split("\n"));
  }

  /** The numbers after {@code name} on the probe's line that starts with it. */
  static int[] figures(List<String> probe, String name) {
    String line = probe.stream().filter(l -> l.startsWith(name + " ")).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in " + probe));
    String[] parts = line.substring(name.length() + 1).split(" ");
    int[] out = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Integer.parseInt(parts[i]);
    }
    return out;
  }

  /** The chart fits the window, and no label of it is clipped or overlaps another. */
  static int[] fits(List<String> probe, int width, String where) {
    assertEquals(List.of(), probe.stream()
        .filter(l -> l.startsWith("clipped") || l.startsWith("overlap")).toList(), where);
    int[] page = figures(probe, "page");
    assertTrue(page[1] <= page[0], where + ": the page scrolls sideways: " + probe);
    int[] chart = figures(probe, "chart");
    assertTrue(chart[0] >= 0 && chart[2] <= width, where + ": the chart is cut: " + probe);
    assertTrue(chart[2] - chart[0] > width / 2, where + ": the chart is too small: " + probe);
    return chart;
  }

  @Test
  void theWholePeriodChartIsPaintedAndNothingOfItClipped() throws Exception {
    Path report = report();
    String html = Files.readString(report);
    assertTrue(html.indexOf("id=\"whole-chart\"") < html.indexOf("<section class=\"week\""),
        "the whole period comes before the weeks");

    Path probe = home.resolve("probe.html");
    Files.writeString(probe, html.replace("</body>", PROBE + "</body>"));
    int[] chart = fits(probe(probe, 1200), 1200, "at 1200 px");
    // Print: A4 less the page's 14 mm margins is 182 mm, 688 CSS pixels, with the print rules.
    Path print = home.resolve("print.html");
    Files.writeString(print, html.replace("@media print", "@media all")
        .replace("</body>", PROBE + "</body>"));
    fits(probe(print, 688), 688, "in print");

    Path png = home.resolve("whole.png");
    Run shot = run(browser("--hide-scrollbars", "--window-size=1200,1000",
        "--screenshot=" + png, report.toUri().toString()));
    assertEquals(0, shot.exit(), Files.readString(home.resolve("stderr.txt")));
    BufferedImage image = ImageIO.read(png.toFile());
    BufferedImage inChart = image.getSubimage(chart[0], chart[1], chart[2] - chart[0],
        Math.min(image.getHeight(), chart[3]) - chart[1]);
    assertTrue(pixels(inChart, 0x0b5cad) > 30, "the worst pain during: dots and line");
    assertTrue(pixels(inChart, 0x6639a6) > 30, "the morning pain: squares and line");
    assertTrue(pixels(inChart, 0xb3261e) > 100, "the ceiling and the triangle above it");
    assertTrue(pixels(inChart, 0x6e7781) > 1000, "the week's sessions as a bar");

    Path pdf = home.resolve("report.pdf");
    Run printed = run(browser("--no-pdf-header-footer", "--print-to-pdf=" + pdf,
        report.toUri().toString()));
    assertEquals(0, printed.exit(), Files.readString(home.resolve("stderr.txt")));
    assertTrue(Files.readString(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
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
