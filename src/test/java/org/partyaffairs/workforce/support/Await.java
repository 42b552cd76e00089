package org.partyaffairs.workforce.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polling for tests and benchmarks that watch an application work on its own (its job executor). */
public final class Await {

  private Await() {
  }

  /**
   * Polls {@code value} until {@code done} answers true for it, and answers it. On timeout fails
   * naming what was awaited, the last value and {@code state} (the pending work, the logs to read).
   */
  public static <T> T until(String what, Duration timeout, Duration poll, Supplier<T> value, Predicate<T> done,
      Supplier<String> state) {
    Instant deadline = Instant.now().plus(timeout);
    T last = value.get();
    while (!done.test(last)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Timed out after " + timeout + " waiting for " + what + ": last " + last + "; "
            + state.get());
      }
      sleep(poll);
      last = value.get();
    }
    return last;
  }

  /** Sleeps; an interrupt ends the wait as a failure, with the thread's interrupt flag kept. */
  public static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
