package org.partyaffairs.workforce.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A plain single-threaded harness: run the operation for a warm-up period, then count how many
 * complete in the measured period. Results feed a sink so that the JIT cannot drop the work.
 */
final class Measure {

  private static volatile int sink;

  private Measure() {
  }

  /** Operations per second, warm, on this thread; {@code op} receives the iteration number. */
  static double opsPerSecond(IntFunction<Object> op, Duration warmUp, Duration measured) {
    run(op, warmUp);
    return run(op, measured);
  }

  /**
   * Operations per second of each operation, measured in alternating rounds after all are warm, so
   * that a system that keeps warming up (an engine on a growing database) does not favour the one
   * measured last; each answer is the median of its rounds.
   */
  static Map<String, Double> interleaved(Map<String, IntFunction<Object>> ops, Duration warmUp, Duration measured,
      int rounds) {
    ops.values().forEach(op -> run(op, warmUp));
    Map<String, List<Double>> results = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      ops.forEach((name, op) -> results.computeIfAbsent(name, k -> new ArrayList<>())
          .add(run(op, measured.dividedBy(rounds))));
    }
    Map<String, Double> medians = new LinkedHashMap<>();
    results.forEach((name, rates) -> medians.put(name, rates.stream().sorted().toList().get(rates.size() / 2)));
    return medians;
  }

  private static double run(IntFunction<Object> op, Duration period) {
    long start = System.nanoTime();
    long end = start + period.toNanos();
    int count = 0;
    int hash = 0;
    long now;
    do {
      for (int i = 0; i < 64; i++) {
        hash += System.identityHashCode(op.apply(count++));
      }
      now = System.nanoTime();
    } while (now < end);
    sink += hash;
    return count / ((now - start) / 1e9);
  }
}
