package nl.koploper.report;

import nl.koploper.api.Evidence;
import nl.koploper.api.Recommendation;

/**
 * How every human-readable format marks what rests on estimates: "(estimate)" beside an estimated
 * value, and a note on a recommendation's first line when every fact it rests on is an estimate.
 * One place, so text, Markdown, HTML and CSV say it in the same words.
 */
final class EstimateMarks {
  private EstimateMarks() {}

  /** The region's value of the evidence, marked when it is an estimate. */
  static String value(Evidence e, Messages m) {
    return e.estimate() ? e.value() + " " + m.get("estimate.mark") : e.value();
  }

  /** The benchmark's value of the evidence (not null), marked when it is an estimate. */
  static String benchmark(Evidence e, Messages m) {
    return e.benchmarkEstimate() ? e.benchmark() + " " + m.get("estimate.mark") : e.benchmark();
  }

  /** A value before a change ({@code written} as the format writes it), marked when estimated. */
  static String from(nl.koploper.api.WhatIf.Change c, String written, Messages m) {
    return c.fromEstimate() ? written + " " + m.get("estimate.mark") : written;
  }

  /** A value after a change ({@code written} as the format writes it), marked when estimated. */
  static String to(nl.koploper.api.WhatIf.Change c, String written, Messages m) {
    return c.toEstimate() ? written + " " + m.get("estimate.mark") : written;
  }

  /**
   * What to add to a recommendation's first line: " — rests only on estimates" when it does, else
   * nothing.
   */
  static String firstLine(Recommendation r, Messages m) {
    return r.restsOnEstimates() ? " — " + m.get("estimate.restsOnEstimates") : "";
  }
}
