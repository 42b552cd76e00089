package org.partyaffairs.workforce.bench;

import java.time.Duration;
import java.util.function.LongSupplier;

/** Waits for a count to reach its goal, printing progress every ten seconds: long waits show they move. */
final class Await {

  private static final Duration PROGRESS = Duration.ofSeconds(10);

  private Await() {
  }

  /** Answers the seconds it took; fails after the timeout, naming what was awaited and how far it got. */
  static double count(String what, long goal, LongSupplier count, Duration timeout) {
    long start = System.nanoTime();
    long nextReport = start + PROGRESS.toNanos();
    long last;
    while ((last = count.getAsLong()) < goal) {
      long now = System.nanoTime();
      if (now - start > timeout.toNanos()) {
        throw new IllegalStateException(what + ": " + last + " of " + goal + " after " + timeout);
      }
      if (now > nextReport) {
        System.out.printf("[bench]   %s: %,d of %,d after %.0f s%n", what, last, goal, (now - start) / 1e9);
        nextReport = now + PROGRESS.toNanos();
      }
      sleep(Duration.ofMillis(200));
    }
    return (System.nanoTime() - start) / 1e9;
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
