package nl.koploper.api;

/**
 * One lesson's maturity for the region and the benchmark.
 *
 * @param number 1–7
 * @param key a stable key such as {@code early-funding}
 * @param title the lesson's title in the result's language
 * @param score maturity 0–100, higher is stronger; null when nothing of the lesson is known
 * @param benchmarkScore the benchmark's maturity, or null (no benchmark, or nothing known)
 * @param dataCoverage fraction (0–1) of the lesson's facts that the region's file gives
 */
public record LessonResult(
    int number,
    String key,
    String title,
    Double score,
    Double benchmarkScore,
    double dataCoverage) {}
