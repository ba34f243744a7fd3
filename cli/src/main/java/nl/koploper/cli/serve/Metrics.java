package nl.koploper.cli.serve;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.IntSupplier;

/**
 * The service's metrics in Prometheus' client, written in its text format at {@code /metrics}:
 * requests by route and status, their latency, assessments by endpoint, refusals by reason, and the
 * depth of the rules' queue.
 */
final class Metrics {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter requests =
      Counter.builder()
          .name("koploper_http_requests_total")
          .help("HTTP requests answered, by route and status")
          .labelNames("route", "status")
          .register(registry);
  private final Histogram latency =
      Histogram.builder()
          .name("koploper_http_request_duration_seconds")
          .help("Time from a request's arrival to its answer, by route")
          .labelNames("route")
          .classicOnly()
          .classicUpperBounds(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
          .register(registry);
  private final Counter assessments =
      Counter.builder()
          .name("koploper_assessments_total")
          .help("Runs of the rules completed, by endpoint")
          .labelNames("endpoint")
          .register(registry);
  private final Counter refusals =
      Counter.builder()
          .name("koploper_refusals_total")
          .help(
              "Requests refused, by reason (invalid-facts, too-large, saturated, forbidden-host …)")
          .labelNames("reason")
          .register(registry);

  void queueDepth(IntSupplier depth) {
    GaugeWithCallback.builder()
        .name("koploper_rules_queue_depth")
        .help("Requests waiting for a rules worker")
        .callback(cb -> cb.call(depth.getAsInt()))
        .register(registry);
  }

  void answered(String route, int status, long nanos) {
    requests.labelValues(route, Integer.toString(status)).inc();
    latency.labelValues(route).observe(nanos / 1e9);
  }

  void assessed(String endpoint) {
    assessments.labelValues(endpoint).inc();
  }

  void refused(String reason) {
    refusals.labelValues(reason).inc();
  }

  /** The content type of {@link #scrape()}. */
  static String contentType() {
    return PrometheusTextFormatWriter.CONTENT_TYPE;
  }

  String scrape() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PrometheusTextFormatWriter.create().write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
