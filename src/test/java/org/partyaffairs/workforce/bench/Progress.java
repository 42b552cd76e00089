package org.partyaffairs.workforce.bench;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.partyaffairs.workforce.support.Await;

/** Waits for a count to reach its goal, printing progress every ten seconds: long waits show they move. */
final class Progress {

  private static final Duration REPORT_EVERY = Duration.ofSeconds(10);
  private static final Duration POLL = Duration.ofMillis(200);

  private final String what;
  private final long goal;
  private final long start = System.nanoTime();
  private long nextReport = start + REPORT_EVERY.toNanos();

  private Progress(String what, long goal) {
    this.what = what;
    this.goal = goal;
  }

  /** Answers the seconds it took; fails after the timeout, naming what was awaited and how far it got. */
  static double await(String what, long goal, LongSupplier count, Duration timeout) {
    Progress progress = new Progress(what, goal);
    Await.until(what, timeout, POLL, () -> progress.report(count.getAsLong()), reached -> reached >= goal,
        () -> "goal " + goal);
    return progress.seconds();
  }

  private long report(long reached) {
    if (reached < goal && System.nanoTime() > nextReport) {
      System.out.printf("[bench]   %s: %,d of %,d after %.0f s%n", what, reached, goal, seconds());
      nextReport = System.nanoTime() + REPORT_EVERY.toNanos();
    }
    return reached;
  }

  private double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }
}
