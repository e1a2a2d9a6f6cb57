package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.report.CsvReport;
import dev.backcare.report.HtmlReport;
import dev.backcare.report.MarkdownReport;
import dev.backcare.report.ReportJson;
import dev.backcare.report.TextReport;
import dev.backcare.report.WeeklyReport;
import dev.backcare.text.Printable;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/** The formats {@code backcare report} can print. */
enum ReportFormat {
  TEXT,
  JSON,
  CSV,
  MARKDOWN,
  HTML;

  /**
   * Writes a report; only the text format has colour, and a width. A switch, not a lambda for
   * each format: linking the first lambda of a run costs milliseconds (see the README's Speed
   * section).
   */
  void render(WeeklyReport r, PrintWriter out, boolean color, int width) {
    switch (this) {
      case TEXT -> new TextReport(out, color, width).render(r);
      case JSON -> ReportJson.write(r, out);
      case CSV -> CsvReport.render(r, out);
      case MARKDOWN -> MarkdownReport.render(r, out);
      case HTML -> HtmlReport.render(r, out);
      default -> throw new IllegalStateException(name());
    }
  }

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format {@code --format} names (null: text), or JSON for {@code --json}. */
  static ReportFormat parse(String text, boolean json) {
    if (text == null) {
      return json ? JSON : TEXT;
    }
    if (json && !text.equals(JSON.id())) {
      throw BackcareException.badInput("--json and --format " + Printable.line(text, 40)
          + " ask for two formats; give one of them");
    }
    for (ReportFormat f : values()) {
      if (f.id().equals(text)) {
        return f;
      }
    }
    throw BackcareException.badInput("--format must be one of " + String.join(", ", ids())
        + "; got \"" + text + "\"");
  }

  static Iterable<String> ids() {
    return Arrays.stream(values()).map(ReportFormat::id).toList();
  }

  /** The format names, for shell completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ids().iterator();
    }
  }
}
