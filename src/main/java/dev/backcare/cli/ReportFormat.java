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
  TEXT {
    @Override
    void render(WeeklyReport r, PrintWriter out, boolean color) {
      new TextReport(out, color).render(r);
    }
  },
  JSON {
    @Override
    void render(WeeklyReport r, PrintWriter out, boolean color) {
      ReportJson.write(r, out);
    }
  },
  CSV {
    @Override
    void render(WeeklyReport r, PrintWriter out, boolean color) {
      CsvReport.render(r, out);
    }
  },
  MARKDOWN {
    @Override
    void render(WeeklyReport r, PrintWriter out, boolean color) {
      MarkdownReport.render(r, out);
    }
  },
  HTML {
    @Override
    void render(WeeklyReport r, PrintWriter out, boolean color) {
      HtmlReport.render(r, out);
    }
  };

  abstract void render(WeeklyReport r, PrintWriter out, boolean color);

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
