package org.partyaffairs.workforce.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Work released at the same moment in as many threads, as in Camunda's CompetingJoinTest: each
 * call waits on one latch, then all go. Answers what each call returned or threw, in order.
 */
public final class AtOnce {

  /** What one call returned, or the exception it threw. */
  public record Outcome<T>(T value, Throwable failure) {

    public boolean failed() {
      return failure != null;
    }
  }

  private AtOnce() {
  }

  public static <T> List<Outcome<T>> call(List<Callable<T>> calls) throws InterruptedException {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(calls.size());
    try {
      List<Future<T>> running = new ArrayList<>();
      for (Callable<T> call : calls) {
        running.add(threads.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      start.countDown();
      List<Outcome<T>> outcomes = new ArrayList<>();
      for (Future<T> result : running) {
        try {
          outcomes.add(new Outcome<>(result.get(60, TimeUnit.SECONDS), null));
        } catch (ExecutionException e) {
          outcomes.add(new Outcome<>(null, e.getCause()));
        } catch (TimeoutException e) {
          throw new IllegalStateException("a call released at once did not finish within 60 s", e);
        }
      }
      return outcomes;
    } finally {
      threads.shutdownNow();
    }
  }

  /** Runs the work at once and answers what it threw, one entry per failed run. */
  public static List<Throwable> failures(List<Runnable> work) throws InterruptedException {
    List<Callable<Void>> calls = work.stream().<Callable<Void>>map(run -> () -> {
      run.run();
      return null;
    }).toList();
    return call(calls).stream().filter(Outcome::failed).map(Outcome::failure).toList();
  }
}
