package dev.backcare.cli;

import dev.backcare.BackcareException;
import dev.backcare.report.CsvReport;
import dev.backcare.report.HtmlReport;
import dev.backcare.report.MarkdownReport;
import dev.backcare.report.TextReport;
import dev.backcare.report.WeeklyReport;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/** The formats {@code backcare report} can print. */
enum ReportFormat {
  TEXT((r, out, color) -> new TextReport(out, color).render(r)),
  JSON((r, out, color) -> ReportJson.write(r, out)),
  CSV((r, out, color) -> CsvReport.render(r, out)),
  MARKDOWN((r, out, color) -> MarkdownReport.render(r, out)),
  HTML((r, out, color) -> HtmlReport.render(r, out));

  /** Writes a report; only the text format has colour. */
  private interface Renderer {
    void render(WeeklyReport r, PrintWriter out, boolean color);
  }

  private final Renderer renderer;

  ReportFormat(Renderer renderer) {
    this.renderer = renderer;
  }

  void render(WeeklyReport r, PrintWriter out, boolean color) {
    renderer.render(r, out, color);
  }

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static ReportFormat parse(String text) {
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
