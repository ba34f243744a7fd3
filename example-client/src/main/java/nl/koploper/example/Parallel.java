package nl.koploper.example;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.koploper.api.Advisor;
import nl.koploper.api.Language;
import nl.koploper.facts.Availability;
import nl.koploper.facts.Facts;
import nl.koploper.facts.FactsLoader;
import nl.koploper.report.JsonReport;

/**
 * Shares one {@link Advisor} between threads and checks that every answer is the answer one thread
 * gives: each region (and a what-if of it) assessed alone and against a benchmark, in both
 * languages, rendered as the JSON contract, on 8 threads in shuffled orders. Exits 1 on any
 * difference.
 */
public final class Parallel {
  private static final int THREADS = 8;
  private static final int ROUNDS = 4;

  private Parallel() {}

  public static void main(String[] args) throws Exception {
    Advisor advisor = Advisor.bundled();
    List<Facts> regions = new ArrayList<>();
    for (String name : List.of("netherlands", "flanders", "denmark")) {
      Facts facts = FactsLoader.load(Path.of("facts", name + ".yaml"));
      regions.add(facts);
      regions.add(facts.with("earlyFunding.earlyRndSubsidies", Availability.BROAD));
    }
    Facts flanders = regions.get(2);
    List<Callable<String>> tasks = new ArrayList<>();
    for (Facts region : regions) {
      for (Language language : Language.values()) {
        tasks.add(() -> JsonReport.render(advisor.assess(region, null, language)));
        tasks.add(() -> JsonReport.render(advisor.assess(region, flanders, language)));
      }
    }
    int mismatches = mismatches(tasks, THREADS, ROUNDS);
    int answers = tasks.size() * THREADS * ROUNDS;
    if (mismatches > 0) {
      System.out.println(
          mismatches
              + " of "
              + answers
              + " answers on "
              + THREADS
              + " threads differ from one thread's");
      System.exit(1);
    }
    System.out.println(
        THREADS
            + " threads, "
            + answers
            + " assessments of "
            + tasks.size()
            + " kinds: every one equal to one thread's");
  }

  /**
   * Runs every task once on this thread, then each task {@code rounds} times on each of {@code
   * threads} threads (each thread in its own shuffled order), and counts the answers that differ
   * from the first.
   */
  static int mismatches(List<Callable<String>> tasks, int threads, int rounds) throws Exception {
    List<String> expected = new ArrayList<>();
    for (Callable<String> task : tasks) {
      expected.add(task.call());
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long seed = t;
        results.add(pool.submit(() -> differing(tasks, expected, rounds, new Random(seed))));
      }
      int mismatches = 0;
      for (Future<Integer> result : results) {
        mismatches += result.get();
      }
      return mismatches;
    } finally {
      pool.shutdown();
    }
  }

  private static int differing(
      List<Callable<String>> tasks, List<String> expected, int rounds, Random random)
      throws Exception {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      order.add(i);
    }
    int differing = 0;
    for (int round = 0; round < rounds; round++) {
      Collections.shuffle(order, random);
      for (int i : order) {
        if (!tasks.get(i).call().equals(expected.get(i))) {
          differing++;
        }
      }
    }
    return differing;
  }
}
