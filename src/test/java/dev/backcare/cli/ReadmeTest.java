package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked example (docs/worked-example.md, linked from the README) is the golden file
 * story.test, shown as a person would type it; cases after a "#-" line run in the golden test but
 * are left out of the page. The sample report (docs/reports.md) is the first case of report.test;
 * docs/guide.md shows the first case of insights.test and the first two of why.test.
 * {@code -Dgolden.update=true} rewrites the pages' copies.
 */
class ReadmeTest {
  static final Path EXAMPLE = Path.of("docs/worked-example.md");
  static final Path REPORTS = Path.of("docs/reports.md");
  static final Path GUIDE = Path.of("docs/guide.md");
  static final String BEGIN = "<!-- story:begin (generated from src/test/golden/story.test) -->\n";
  static final String END = "<!-- story:end -->\n";

  @Test
  void readmeShowsTheGoldenStory() throws IOException {
    check(EXAMPLE, BEGIN, END, story());
  }

  @Test
  void readmeShowsTheGoldenReport() throws IOException {
    check(REPORTS, "<!-- report:begin (generated from src/test/golden/report.test) -->\n",
        "<!-- report:end -->\n", firstCase("report.test", "$ backcare report"));
  }

  @Test
  void readmeShowsTheGoldenInsights() throws IOException {
    check(GUIDE, "<!-- insights:begin (generated from src/test/golden/insights.test) -->\n",
        "<!-- insights:end -->\n", firstCase("insights.test", "$ backcare insights --days 35"));
  }

  @Test
  void readmeShowsTheGoldenWhyAndWhatIf() throws IOException {
    check(GUIDE, "<!-- why:begin (generated from src/test/golden/why.test) -->\n",
        "<!-- why:end -->\n", cases("why.test", "$ backcare today --why --brief",
            "$ backcare what-if pain 7"));
  }

  /** The first case of a golden file, shown as the command a person types and its output. */
  private static String firstCase(String file, String shownAs) throws IOException {
    return cases(file, shownAs);
  }

  /** The first cases of a golden file, each shown as the command a person types, and output. */
  private static String cases(String file, String... shownAs) throws IOException {
    List<GoldenTest.Case> all = GoldenTest.parse(
        Files.readAllLines(GoldenTest.DIR.resolve(file)));
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < shownAs.length; i++) {
      b.append(i == 0 ? "" : "\n").append(shownAs[i]).append('\n');
      all.get(i).out().forEach(l -> b.append(l).append('\n'));
    }
    return b.toString();
  }

  /** {@code page} holds {@code content} in a console block between the two markers. */
  private static void check(Path page, String begin, String end, String content)
      throws IOException {
    String readme = Files.readString(page, StandardCharsets.UTF_8);
    int from = readme.indexOf(begin);
    int to = readme.indexOf(end);
    assertTrue(from >= 0 && to > from, page + " has no markers " + begin.strip());
    String expected = begin + "```console\n" + content + "```\n" + end;
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(page, readme.substring(0, from) + expected
          + readme.substring(to + end.length()), StandardCharsets.UTF_8);
      return;
    }
    assertEquals(expected, readme.substring(from, to + end.length()));
  }

  static String story() throws IOException {
    List<String> lines = Files.readAllLines(GoldenTest.DIR.resolve("story.test"));
    StringBuilder b = new StringBuilder();
    for (GoldenTest.Case c : GoldenTest.parse(lines)) {
      List<String> shown = c.comments().stream().filter(l -> !l.equals("#-")).toList();
      shown.forEach(l -> b.append(l).append('\n'));
      if (c.comments().contains("#-")) {
        b.append(shown.isEmpty() ? "" : "\n");
        continue;
      }
      b.append("$ ").append(c.command().substring(c.command().indexOf("backcare")))
          .append('\n');
      c.out().forEach(l -> b.append(l).append('\n'));
      c.err().forEach(l -> b.append(l).append('\n'));
      b.append('\n');
    }
    return b.toString();
  }
}
