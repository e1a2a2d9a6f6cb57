package dev.backcare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code report --format html} on a small journal: one self-contained, well-formed page whose
 * charts show exactly what was logged, and weeks without entries that say so.
 */
class HtmlReportTest {
  static final String NOW = "2026-03-18T12:00";
  static final String SVG_NS = "xmlns=\"http://www.w3.org/2000/svg\"";

  @TempDir Path home;
  Harness h;
  String html;
  Document page;

  static void ok(Harness h, String now, String... args) {
    Harness.Result r = h.run(now, args);
    assertEquals(0, r.exit(), () -> String.join(" ", args) + ": " + r.err());
  }

  /**
   * Week 2026-W10 in Berlin: three mornings (2, 2, 3) and three sessions (peak pain 3, 7 and 4),
   * the last with an exercise in repetitions and one in seconds; nothing after.
   */
  static Harness smallJournal(Path home) {
    Harness h = new Harness(home, "Europe/Berlin");
    ok(h, "2026-03-02T07:00", "plan", "start");
    ok(h, "2026-03-02T07:30", "log", "pain", "2");
    ok(h, "2026-03-02T09:00", "log", "session", "--during", "3");
    ok(h, "2026-03-03T07:30", "log", "pain", "2");
    ok(h, "2026-03-03T09:00", "log", "session", "--during", "7");
    ok(h, "2026-03-04T07:30", "log", "pain", "3");
    ok(h, "2026-03-05T09:00", "log", "session", "--during", "4", "--exercise", "knee-rolls:2x5",
        "--exercise", "walking:10m");
    return h;
  }

  @BeforeEach
  void journal() throws Exception {
    h = smallJournal(home);
    Harness.Result r = h.run(NOW, "report", "--weeks", "3", "--format", "html");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    html = r.out();
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    page = f.newDocumentBuilder().parse(new ByteArrayInputStream(
        html.getBytes(StandardCharsets.UTF_8)));
  }

  List<Element> all(String xpath) throws Exception {
    NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
        .evaluate(xpath, page, XPathConstants.NODESET);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  static String withClass(String names) {
    StringBuilder b = new StringBuilder();
    for (String n : names.split(" ")) {
      b.append("[contains(concat(' ', @class, ' '), ' ").append(n).append(" ')]");
    }
    return b.toString();
  }

  static List<String> pains(List<Element> marks) {
    return marks.stream().map(e -> e.getAttribute("data-pain")).toList();
  }

  @Test
  void selfContainedWellFormedAndTitled() throws Exception {
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
    String lower = html.replace(SVG_NS, "").toLowerCase(Locale.ROOT);
    for (String banned : List.of("http:", "https:", "<script", "<link", "@import", "url(",
        "<img", "<iframe", "src=")) {
      assertFalse(lower.contains(banned), banned);
    }
    assertEquals("backcare report: Mon 2 Mar to Sun 22 Mar 2026",
        all("/html/head/title").get(0).getTextContent());
    assertTrue(html.contains("@media print"));
    List<String> headings = all("//h2").stream().map(Element::getTextContent).toList();
    assertEquals(List.of("The whole period", "2026-W10: Mon 2 \u2013 Sun 8 Mar 2026",
        "2026-W11: Mon 9 \u2013 Sun 15 Mar 2026",
        "2026-W12: Mon 16 \u2013 Sun 22 Mar 2026 (so far)",
        "Which days came before worse mornings"),
        headings);
  }

  @Test
  void everyChartIsAnImageWithATitleAndADescription() throws Exception {
    List<Element> charts = all("//svg" + withClass("chart"));
    assertEquals(List.of("whole-chart", "w2026-03-02-pain", "w2026-03-02-sessions", "w2026-03-02-reps",
        "w2026-03-02-minutes"), charts.stream().map(e -> e.getAttribute("id")).toList());
    for (Element svg : charts) {
      String id = svg.getAttribute("id");
      assertEquals("img", svg.getAttribute("role"));
      assertEquals(id + "-t " + id + "-d", svg.getAttribute("aria-labelledby"));
      assertFalse(all("//svg[@id='" + id + "']/title[@id='" + id + "-t']").get(0)
          .getTextContent().isBlank());
      assertFalse(all("//svg[@id='" + id + "']/desc[@id='" + id + "-d']").get(0)
          .getTextContent().isBlank());
    }
    assertTrue(all("//svg[@id='w2026-03-02-pain']/desc").get(0).getTextContent().contains(
        "Tue 3 Mar: morning 2, highest during the session 7 (above the ceiling),"
            + " the next morning was worse than before the session"));
  }

  @Test
  void oneMarkPerLoggedPainAndTheCeilingAtFive() throws Exception {
    String chart = "//svg[@id='w2026-03-02-pain']";
    List<Element> during = all(chart + "/*" + withClass("mark during"));
    assertEquals(List.of("3", "7", "4"), pains(during));
    assertEquals(List.of("circle", "path", "circle"),
        during.stream().map(Element::getTagName).toList(), "above the ceiling is a triangle");
    assertEquals(List.of("7"), pains(all(chart + "/*" + withClass("mark above"))));
    assertEquals(List.of("2", "2", "3"), pains(all(chart + "/*" + withClass("mark morning"))));
    assertEquals(6, all("//section[@class='week']//*" + withClass("mark")).size(),
        "no marks elsewhere in the weeks");

    double zero = y(all(chart + "/line" + withClass("grid") + "[@data-pain='0']").get(0));
    double ten = y(all(chart + "/line" + withClass("grid") + "[@data-pain='10']").get(0));
    List<Element> ceiling = all(chart + "/line" + withClass("ceiling"));
    assertEquals(1, ceiling.size());
    assertEquals(zero + (ten - zero) * 5 / 10, y(ceiling.get(0)), 0.05);
    assertEquals(ceiling.get(0).getAttribute("y1"), ceiling.get(0).getAttribute("y2"));
    assertEquals("ceiling 5", all(chart + "/text" + withClass("ceiling-label")).get(0)
        .getTextContent());
    for (Element dot : all(chart + "/circle" + withClass("mark during"))) {
      int pain = Integer.parseInt(dot.getAttribute("data-pain"));
      assertEquals(zero + (ten - zero) * pain / 10, Double.parseDouble(dot.getAttribute("cy")),
          0.05);
    }
  }

  @Test
  void nextMorningsSessionsAndVolume() throws Exception {
    List<String> next = all("//svg[@id='w2026-03-02-pain']/text" + withClass("next")).stream()
        .map(e -> e.getAttribute("class") + " " + e.getLastChild().getTextContent()).toList();
    assertEquals(List.of("next same =", "next worse \u2191", "next not-logged ?"), next);
    List<String> done = all("//svg[@id='w2026-03-02-sessions']/rect" + withClass("done"))
        .stream().map(e -> e.getAttribute("data-sessions")).toList();
    assertEquals(List.of("1", "1", "1"), done);
    String reps = all("//svg[@id='w2026-03-02-reps']").get(0).getTextContent();
    String minutes = all("//svg[@id='w2026-03-02-minutes']").get(0).getTextContent();
    assertTrue(reps.contains("knee-rolls") && !reps.contains("walking"), reps);
    assertTrue(minutes.contains("walking: 10 min (new), the week before 0 min"), minutes);
    assertFalse(minutes.contains("knee-rolls"), minutes);
  }

  @Test
  void theWholePeriodAboveTheWeeks() throws Exception {
    String chart = "//section[@class='whole']/figure/svg[@id='whole-chart']";
    assertEquals(List.of("2", "2", "3"), pains(all(chart + "/*" + withClass("mark morning"))));
    assertEquals(List.of("3", "4"), pains(all(chart + "/*" + withClass("mark during"))
        .stream().filter(e -> !e.getAttribute("class").contains("above")).toList()));
    assertEquals(List.of("7"), pains(all(chart + "/*" + withClass("mark above"))));
    assertEquals("5", all(chart + "/line" + withClass("ceiling")).get(0)
        .getAttribute("data-pain"));
    List<String> bars = all(chart + "/rect" + withClass("week-bar")).stream()
        .map(e -> e.getAttribute("data-sessions")).toList();
    assertEquals(List.of("3"), bars, "sessions in the one week with entries");
    assertTrue(html.indexOf("id=\"whole-chart\"") < html.indexOf("<section class=\"week\""));
  }

  @Test
  void aWeekWithoutEntriesSaysSoAndHasNoCharts() throws Exception {
    for (String week : List.of("w2026-03-09", "w2026-03-16")) {
      String section = "//section[@aria-labelledby='" + week + "']";
      assertEquals("Nothing logged this week.", all(section + "/p").get(0).getTextContent());
      assertEquals(0, all(section + "//svg").size());
      assertEquals(0, all(section + "//dl").size(), "no figures as if they were measured");
    }
  }

  @Test
  void theFileIsTheSamePage() throws Exception {
    Path file = home.resolve("report.html");
    Harness.Result r = h.run(NOW, "report", "--weeks", "3", "--format", "html", "-o",
        file.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("Wrote the report (3 weeks, 2026-03-02 to 2026-03-22) to " + file + ".\n",
        r.out());
    assertEquals(html, Files.readString(file));
  }

  static double y(Element line) {
    return Double.parseDouble(line.getAttribute("y1"));
  }
}
