package org.partyaffairs.workforce.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * The heap while a scenario runs, sampled every 100 ms: the most it held (garbage included, what
 * the process needs from the machine) and the most that was still live right after a collection
 * (what the work itself needs).
 */
final class HeapSampler implements AutoCloseable {

  private static final long MIB = 1024 * 1024;

  private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile long peakUsed;
  private volatile long peakLive;

  HeapSampler() {
    System.gc();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    sampler = new Thread(this::sample, "bench-heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    while (running) {
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      long live = heapPools.stream().map(MemoryPoolMXBean::getCollectionUsage)
          .filter(usage -> usage != null).mapToLong(MemoryUsage::getUsed).sum();
      peakUsed = Math.max(peakUsed, used);
      peakLive = Math.max(peakLive, live);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  double peakUsedMiB() {
    return (double) peakUsed / MIB;
  }

  double peakLiveMiB() {
    return (double) peakLive / MIB;
  }

  static double maxHeapMiB() {
    return (double) Runtime.getRuntime().maxMemory() / MIB;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
