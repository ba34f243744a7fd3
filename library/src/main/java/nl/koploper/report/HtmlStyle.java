package nl.koploper.report;

import java.util.Locale;
import nl.koploper.api.Priority;

/**
 * The style sheet of the HTML report, inlined so that the file needs nothing else: system fonts,
 * one column that fits a phone, tables that scroll sideways on their own rather than widening the
 * page, and a print layout that needs no background colours and keeps a recommendation on one page.
 */
final class HtmlStyle {
  private static final String CSS =
      """
      *{box-sizing:border-box}
      html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
      body{margin:0;background:#ffffff;color:$TEXT;\
      font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
      main{max-width:62rem;margin:0 auto;padding:1rem 1rem 3rem}
      h1{font-size:1.6rem;line-height:1.25;margin:1rem 0 .5rem}
      h2{font-size:1.3rem;margin:2rem 0 .75rem;padding-bottom:.25rem;border-bottom:2px solid $GRID}
      h3{font-size:1.1rem;margin:0 0 .5rem}
      h4{font-size:1rem;margin:1rem 0 .25rem}
      p{margin:.5rem 0}
      code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
      .muted{color:$MUTED}
      .charts{display:flex;flex-wrap:wrap;gap:1.5rem 2.5rem;align-items:flex-start}
      figure{margin:0;max-width:100%}
      figcaption{color:$MUTED;font-size:.9rem;margin-top:.25rem;max-width:40rem}
      svg.chart{display:block;max-width:100%;height:auto}
      .nowrap{white-space:nowrap}
      .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.5rem 0}
      table{border-collapse:collapse;width:100%;font-size:.95rem}
      th,td{border-bottom:1px solid $GRID;padding:.35rem .6rem;text-align:left;vertical-align:top}
      thead th{border-bottom:2px solid $TEXT}
      tbody th{font-weight:normal}
      .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      .rec{border:1px solid $GRID;border-radius:6px;padding:1rem;margin:1rem 0}
      .badge{display:inline-block;padding:0 .5rem;border-radius:4px;color:#ffffff;font-weight:bold;\
      letter-spacing:.03em}
      $PRIORITIES
      ul{margin:.25rem 0;padding-left:1.5rem}
      @media (max-width:40rem){body{font-size:15px}main{padding:.75rem}.rec{padding:.75rem}}
      @media print{
      body{font-size:10.5pt;color:#000000}
      main{max-width:none;padding:0}
      .rec,figure,tr{break-inside:avoid;page-break-inside:avoid}
      h2,h3,h4{break-after:avoid;page-break-after:avoid}
      .scroll{overflow:visible}
      .badge{background:none !important;color:#000000;border:1px solid #000000}
      }
      """;

  private HtmlStyle() {}

  /** The style sheet, its colours taken from {@link Palette}. */
  static String css() {
    StringBuilder priorities = new StringBuilder();
    for (Priority p : Priority.values()) {
      priorities
          .append(".p-")
          .append(p.name().toLowerCase(Locale.ROOT))
          .append("{background:")
          .append(Palette.priority(p))
          .append("}");
    }
    return CSS.replace("$TEXT", Palette.TEXT)
        .replace("$GRID", Palette.GRID)
        .replace("$MUTED", Palette.MUTED)
        .replace("$PRIORITIES", priorities);
  }
}
