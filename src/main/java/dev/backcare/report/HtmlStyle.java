package dev.backcare.report;

/**
 * The HTML report's style sheet: system fonts only, colours with at least 4.5:1 contrast for text
 * on white (3:1 for marks), one column on a phone, and print rules that keep a chart on one page.
 */
final class HtmlStyle {
  static final String CSS = """

      :root { color-scheme: light; }
      body { margin: 0; background: #fff; color: #1f2328;
        font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
          sans-serif; }
      main { max-width: 1040px; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
      h1 { font-size: 1.6rem; margin: 0; }
      h2 { font-size: 1.2rem; margin: 2.25rem 0 .75rem; padding-bottom: .25rem;
        border-bottom: 2px solid #d0d7de; }
      h3 { font-size: 1rem; margin: 0; }
      .period { font-size: 1.1rem; margin: 0 0 .5rem; }
      dl { margin: 0; }
      dd { margin: 0; }
      .facts { display: flex; flex-wrap: wrap; gap: .25rem 1.75rem; color: #57606a; }
      .facts div { display: flex; gap: .4rem; }
      .facts dt::after { content: ":"; }
      .summary { margin-bottom: 1.25rem; }
      .summary div { display: grid; grid-template-columns: 9.5rem 1fr; gap: .75rem;
        padding: .2rem .6rem; border-left: 4px solid transparent; }
      .summary dt { font-weight: 600; }
      .summary .warn { border-left-color: #b3261e; background: #fcefee; }
      .summary .good { border-left-color: #1a7f37; background: #ecf7ef; }
      .notes { margin: 0; padding-left: 1.1rem; overflow-wrap: anywhere; }
      .nothing { color: #57606a; font-style: italic; }
      .charts { display: grid; gap: 1.25rem 2rem;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 400px), 1fr)); }
      figure { margin: 0; break-inside: avoid; page-break-inside: avoid; }
      .legend { list-style: none; margin: .2rem 0 .4rem; padding: 0; display: flex;
        flex-wrap: wrap; gap: 0 1rem; font-size: .85rem; color: #57606a; }
      .legend svg { vertical-align: -2px; }
      .legend b { font-size: 1rem; }
      svg.chart { display: block; width: 100%; max-width: 490px; height: auto; font-size: 13px; }
      svg.chart.whole { max-width: 960px; }
      .axis-title { fill: #1f2328; font-weight: 600; }
      .week-bar { fill: #6e7781; }
      .grid { stroke: #e3e6ea; }
      .axis { stroke: #57606a; }
      .tick, .day { fill: #57606a; }
      .day.future { fill: #6e7781; }
      .ceiling { stroke: #b3261e; stroke-width: 1.5; stroke-dasharray: 6 4; }
      .ceiling-label { fill: #b3261e; font-size: 12px; font-weight: 600; }
      .chart .series { fill: none; stroke-width: 2; }
      .series.during { stroke: #0b5cad; }
      .series.morning { stroke: #6639a6; stroke-width: 1.5; stroke-dasharray: 1 3;
        stroke-linecap: round; }
      .during { fill: #0b5cad; }
      .morning { fill: #fff; stroke: #6639a6; stroke-width: 2; }
      .above { fill: #b3261e; }
      .value { font-size: 12px; fill: #1f2328; paint-order: stroke; stroke: #fff;
        stroke-width: 3px; stroke-linejoin: round; }
      .value.above { fill: #b3261e; font-weight: 700; }
      .next { font-size: 16px; font-weight: 700; fill: #57606a; }
      .better { fill: #1a7f37; color: #1a7f37; }
      .worse { fill: #b3261e; color: #b3261e; }
      .done { fill: #0b5cad; }
      .done.off-plan { fill: #b3261e; }
      .prescribed { fill: none; stroke: #1f2328; stroke-width: 2; }
      .cell { fill: #1f2328; }
      .cell.warn { fill: #b3261e; font-weight: 700; }
      .exercise { fill: #1f2328; }
      .before { fill: #d0d7de; stroke: #57606a; }
      .now { fill: #0b5cad; }
      .now.above { fill: #b3261e; }
      .insights table { border-collapse: collapse; }
      .insights th, .insights td { text-align: left; vertical-align: top; padding: .3rem .6rem;
        border-bottom: 1px solid #d0d7de; }
      @media (max-width: 560px) {
        main { padding: .75rem .75rem 2rem; }
        .summary div { grid-template-columns: 1fr; gap: 0; }
        svg.chart { font-size: 14px; }
        .chart .value, .chart .ceiling-label { font-size: 13px; }
      }
      @media print {
        body { font-size: 10.5pt; }
        main { max-width: none; padding: 0; }
        h2 { break-after: avoid; page-break-after: avoid; }
        .summary div { break-inside: avoid; }
        .charts { grid-template-columns: 1fr 1fr; gap: .75rem 1.25rem; }
        svg.chart.whole, .whole .chart .value, .whole .chart .ceiling-label { font-size: 16px; }
        * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
      }
      @page { margin: 14mm; }
      """;

  private HtmlStyle() {}
}
