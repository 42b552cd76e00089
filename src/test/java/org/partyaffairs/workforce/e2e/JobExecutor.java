package org.partyaffairs.workforce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Asynchronous steps run on the job executor in the background of a browser test. */
final class JobExecutor {

  private JobExecutor() {
  }

  /** Waits up to a minute for an effect of the job executor. */
  static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 60 s for the job executor").isLessThan(deadline);
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
