package org.partyaffairs.workforce.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** The people at work: a fixed number of threads, each doing one item at a time, as many users would. */
final class Crew implements AutoCloseable {

  private final ExecutorService threads;

  Crew(int size) {
    threads = Executors.newFixedThreadPool(size);
  }

  /** Does every item and returns when all are done; the first failure fails the whole. */
  <T> void each(List<T> items, Consumer<T> work) {
    List<Future<?>> done = new ArrayList<>(items.size());
    for (T item : items) {
      done.add(threads.submit(() -> work.accept(item)));
    }
    for (Future<?> future : done) {
      try {
        future.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("Benchmark work failed: " + e.getCause(), e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
