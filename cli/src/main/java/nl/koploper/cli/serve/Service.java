package nl.koploper.cli.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.koploper.api.Advisor;
import nl.koploper.api.Assessment;
import nl.koploper.api.Explanation;
import nl.koploper.api.Language;
import nl.koploper.api.Recommendation;
import nl.koploper.api.Sensitivity;
import nl.koploper.api.WhatIf;
import nl.koploper.facts.FactChange;
import nl.koploper.facts.FactError;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import nl.koploper.facts.InvalidFactsException;
import nl.koploper.facts.UncertainFacts;
import nl.koploper.report.CsvReport;
import nl.koploper.report.ExplainedFiles;
import nl.koploper.report.ExplanationJson;
import nl.koploper.report.ExplanationReport;
import nl.koploper.report.HtmlReport;
import nl.koploper.report.JsonReport;
import nl.koploper.report.MarkdownReport;
import nl.koploper.report.RuleCatalogueJson;
import nl.koploper.report.SensitivityJson;
import nl.koploper.report.SensitivityReport;
import nl.koploper.report.TextReport;
import nl.koploper.report.WhatIfJson;
import nl.koploper.report.WhatIfReport;

/**
 * The service without HTTP: each endpoint of the API as a method from a fact file's bytes and the
 * parameters to an {@link Answer}, made with the library's loaders and renderers exactly as the CLI
 * makes them, so the same input gives the same bytes. The rules run on a bounded pool: a full queue
 * is a {@link Refusal#saturated()}, a run past the time limit a {@link Refusal#timedOut}.
 */
public final class Service implements AutoCloseable {
  /** Samples a sensitivity request may ask for: the CLI's default, to bound one request's cost. */
  static final int MAX_SAMPLES = 10_000;

  static final List<String> REPORT_FORMATS = List.of("text", "json", "markdown", "csv", "html");
  static final List<String> TEXT_OR_JSON = List.of("text", "json");
  static final List<String> TEXT_JSON_OR_HTML = List.of("text", "json", "html");

  private final Advisor advisor;
  private final Benchmarks benchmarks;
  private final ThreadPoolExecutor rules;
  private final long limitMillis;
  private final Metrics metrics;
  private final DecisionLog log;

  private Service(
      Advisor advisor,
      Benchmarks benchmarks,
      ServeConfig config,
      Metrics metrics,
      DecisionLog log) {
    this.advisor = advisor;
    this.benchmarks = benchmarks;
    this.limitMillis = config.ruleTimeLimit().toMillis();
    AtomicInteger n = new AtomicInteger();
    this.rules =
        new ThreadPoolExecutor(
            config.workers(),
            config.workers(),
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(Math.max(1, config.queue())),
            r -> {
              Thread t = new Thread(r, "koploper-rules-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.AbortPolicy());
    this.metrics = metrics;
    this.log = log;
    metrics.queueDepth(() -> rules.getQueue().size());
  }

  /** Loads the benchmarks, opens the decision log and warms the rules up with one assessment. */
  public static Service start(Advisor advisor, ServeConfig config) {
    Benchmarks benchmarks =
        config.benchmarks() == null ? Benchmarks.bundled() : Benchmarks.of(config.benchmarks());
    Benchmarks.Benchmark first = benchmarks.all().iterator().next();
    advisor.assess(first.facts(), null, Language.EN);
    DecisionLog log = config.decisionLog() == null ? null : new DecisionLog(config.decisionLog());
    return new Service(advisor, benchmarks, config, new Metrics(), log);
  }

  Metrics metrics() {
    return metrics;
  }

  Benchmarks benchmarks() {
    return benchmarks;
  }

  Advisor advisor() {
    return advisor;
  }

  /** The rule set's sha256, for the decision log and the form's footer. */
  String ruleSetSha256() {
    return advisor.ruleSet().sha256();
  }

  /** {@code POST /v1/assess}: {@code assess --format F --lang L --benchmark FACTS}. */
  Answer assess(Body body, Params params) {
    params.only(Set.of("benchmark", "lang", "format"));
    Language language = params.language();
    String format = params.format(REPORT_FORMATS);
    Benchmarks.Benchmark benchmark = benchmark(params);
    Facts region = body.facts();
    return run(
        "assess",
        body,
        benchmark,
        language,
        () -> {
          Assessment a = advisor.assess(region, peer(benchmark), language);
          String result =
              switch (format) {
                case "json" -> JsonReport.render(a);
                case "markdown" -> MarkdownReport.render(a);
                case "csv" -> CsvReport.render(a);
                case "html" -> HtmlReport.render(a);
                default -> TextReport.render(a);
              };
          return Answer.ok(typeOf(format), result, codes(a.recommendations()));
        });
  }

  /** {@code POST /v1/what-if}: {@code what-if FACTS --set PATH=VALUE...}. */
  Answer whatIf(Body body, Params params) {
    params.only(Set.of("benchmark", "lang", "format", "set"));
    Language language = params.language();
    String format = params.format(TEXT_JSON_OR_HTML);
    Benchmarks.Benchmark benchmark = benchmark(params);
    List<String> sets = params.all("set");
    if (sets.isEmpty()) {
      throw Refusal.badParameter("set", "give at least one set=PATH=VALUE");
    }
    List<FactError> errors = new ArrayList<>();
    Facts region = null;
    List<FactChange> changes = List.of();
    try {
      region = body.facts();
    } catch (InvalidFactsException e) {
      errors.addAll(e.errors());
    }
    try {
      changes = FactChange.parseAll(sets);
    } catch (InvalidFactsException e) {
      errors.addAll(e.errors());
    }
    if (!errors.isEmpty()) {
      throw new InvalidFactsException(errors);
    }
    Facts facts = region;
    List<FactChange> made = changes;
    return run(
        "what-if",
        body,
        benchmark,
        language,
        () -> {
          WhatIf w = WhatIf.run(advisor, facts, peer(benchmark), language, made);
          String result =
              switch (format) {
                case "json" -> WhatIfJson.render(w);
                case "html" -> WhatIfReport.html(w);
                default -> WhatIfReport.text(w);
              };
          return Answer.ok(typeOf(format), result, codes(w.after().recommendations()));
        });
  }

  /** {@code POST /v1/explain}: {@code explain FACTS CODE}. */
  Answer explain(Body body, Params params) {
    return explain(body, params, null);
  }

  /**
   * An explanation; as HTML, each way out links to {@code whatIfHref}'s address for it, or, where
   * that is null (the API, as the CLI), shows its what-if command.
   */
  Answer explain(Body body, Params params, Function<Explanation.WayOut, String> whatIfHref) {
    params.only(Set.of("benchmark", "lang", "format", "code"));
    Language language = params.language();
    String format = params.format(TEXT_JSON_OR_HTML);
    Benchmarks.Benchmark benchmark = benchmark(params);
    String code = params.one("code", null);
    if (code == null || code.isBlank()) {
      throw Refusal.badParameter("code", "give the code of a recommendation to explain");
    }
    Facts region = body.facts();
    return run(
        "explain",
        body,
        benchmark,
        language,
        () -> {
          Explanation e = Explanation.explain(advisor, region, peer(benchmark), code, language);
          ExplainedFiles files =
              new ExplainedFiles(body.name(), benchmark == null ? null : benchmark.file(), null);
          String result =
              switch (format) {
                case "json" -> ExplanationJson.render(e, files);
                case "html" -> ExplanationReport.html(e, files, whatIfHref);
                default -> ExplanationReport.text(e, files);
              };
          return Answer.ok(typeOf(format), result, List.of(code));
        });
  }

  /** {@code POST /v1/sensitivity}: {@code sensitivity FACTS --samples N --seed S}. */
  Answer sensitivity(Body body, Params params) {
    params.only(Set.of("benchmark", "lang", "format", "samples", "seed"));
    Language language = params.language();
    String format = params.format(TEXT_OR_JSON);
    Benchmarks.Benchmark benchmark = benchmark(params);
    int samples = (int) params.number("samples", MAX_SAMPLES, 1, MAX_SAMPLES);
    long seed = params.number("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
    UncertainFacts region = body.uncertainFacts();
    return run(
        "sensitivity",
        body,
        benchmark,
        language,
        () -> {
          Sensitivity s = advisor.sensitivity(region, peer(benchmark), language, samples, seed);
          String result =
              format.equals("json") ? SensitivityJson.render(s) : SensitivityReport.text(s);
          return Answer.ok(typeOf(format), result);
        });
  }

  /** {@code GET /v1/rules}: {@code rules list --format json}. */
  Answer rules(Params params) {
    params.only(Set.of("lang", "format"));
    Language language = params.language();
    params.format(List.of("json"));
    return Answer.ok(Answer.JSON, RuleCatalogueJson.render(advisor.rules(language)));
  }

  /** {@code GET /v1/benchmarks}: the benchmark codes a request may name. */
  Answer benchmarkList(Params params) {
    params.only(Set.of());
    StringBuilder json = new StringBuilder("{\n  \"schema\": \"koploper/benchmarks/v1\",\n");
    json.append("  \"benchmarks\": [");
    String sep = "\n";
    for (Benchmarks.Benchmark b : benchmarks.all()) {
      json.append(sep)
          .append("    {\"code\": ")
          .append(Json.string(b.code()))
          .append(", \"name\": ")
          .append(Json.string(b.name()))
          .append('}');
      sep = ",\n";
    }
    json.append("\n  ]\n}\n");
    return Answer.ok(Answer.JSON, json.toString());
  }

  private Benchmarks.Benchmark benchmark(Params params) {
    String code = params.one("benchmark", null);
    return code == null || code.isEmpty() ? null : benchmarks.get(code);
  }

  private static Facts peer(Benchmarks.Benchmark b) {
    return b == null ? null : b.facts();
  }

  static List<String> codes(List<Recommendation> recommendations) {
    return recommendations.stream().map(Recommendation::code).toList();
  }

  static String typeOf(String format) {
    return switch (format) {
      case "json" -> Answer.JSON;
      case "markdown" -> "text/markdown; charset=utf-8";
      case "csv" -> "text/csv; charset=utf-8";
      case "html" -> Answer.HTML;
      default -> Answer.TEXT;
    };
  }

  /**
   * Runs the rules of one request on the pool, within the time limit, and logs the decision.
   *
   * @throws Refusal 503 when the queue is full or the rules take too long
   */
  Answer run(
      String endpoint,
      Body body,
      Benchmarks.Benchmark benchmark,
      Language language,
      Callable<Answer> work) {
    long start = System.nanoTime();
    Answer answer = onPool(work);
    metrics.assessed(endpoint);
    if (log != null) {
      log.write(
          endpoint,
          body.sha256(),
          ruleSetSha256(),
          benchmark == null ? null : benchmark.code(),
          language.tag(),
          answer.codes(),
          (System.nanoTime() - start) / 1_000_000);
    }
    return answer;
  }

  private <T> T onPool(Callable<T> work) {
    Future<T> future;
    try {
      future = rules.submit(work);
    } catch (RejectedExecutionException e) {
      throw Refusal.saturated();
    }
    try {
      return future.get(limitMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw Refusal.timedOut(limitMillis / 1000);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw Refusal.saturated();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Stops taking work and lets what was queued finish (after the server has drained). */
  @Override
  public void close() {
    rules.shutdown();
    try {
      rules.awaitTermination(limitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (log != null) {
      log.close();
    }
  }

  /**
   * A fact file received in a request: its bytes and the name messages give it ({@code facts.yaml}
   * or {@code facts.json}, after its media type).
   */
  record Body(byte[] bytes, String name) {
    Facts facts() {
      return FactsLoader.load(bytes, name);
    }

    UncertainFacts uncertainFacts() {
      return FactsLoader.loadUncertain(bytes, name);
    }

    String sha256() {
      return Json.sha256(bytes);
    }

    static Body of(Path name, byte[] bytes) {
      return new Body(bytes, name.toString());
    }
  }
}
