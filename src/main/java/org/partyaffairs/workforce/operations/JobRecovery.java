package org.partyaffairs.workforce.operations;

import java.sql.SQLTransientException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.partyaffairs.workforce.shared.Causes;
import org.partyaffairs.workforce.shared.DatabaseOutage;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;

/**
 * What this node remembers of its jobs' passing failures (issue 28, item 8): a job that failed only
 * because the database was away, or lost a deadlock, is not a broken job and should not wait the
 * five minutes of the models' {@code R3/PT5M} nor use up one of its three tries.
 *
 * <ul>
 *   <li>A passing failure that could be written waits {@link #waitBefore(int) 5 s, doubling, at most
 *       60 s} and keeps its retries ({@link RetrySoon}); after {@value #PASSING_TRIES} such tries in a
 *       row it is treated as any failure (the model's cycle, retries used up, an incident at the end).</li>
 *   <li>A failure that could not be written, because the database was away, leaves the job locked by
 *       this node for the whole lock time (2 minutes). Such a job is <em>stranded</em>: remembered
 *       here and released by {@link RecoveringJobExecution.StrandedJobRelease} as soon as the database answers.</li>
 *   <li>So is a job the executor's queue turned away (full) and that was not handed to it again within
 *       {@link #REJECTED_FOR} — Camunda keeps such jobs in memory for the next acquisition and forgets
 *       them when that acquisition fails, as it does while the database is away.</li>
 * </ul>
 *
 * Node-local on purpose: counts of passing tries are lost with the node (the next node starts at
 * 5 s again), and only the node that locked a job may release it.
 */
@Component
public class JobRecovery {

  /** Passing failures in a row before a job's failures count as real ones. */
  static final int PASSING_TRIES = 20;

  private static final Duration FIRST_WAIT = Duration.ofSeconds(5);
  private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

  /** Forgotten when too many jobs fail at once (a long outage): those start again at 5 s. */
  private static final int REMEMBERED = 10_000;

  /** A turned-away job is handed over again at the next acquisition, seconds later, or never. */
  static final Duration REJECTED_FOR = Duration.ofSeconds(10);

  private final Map<String, Instant> rejected = new ConcurrentHashMap<>();
  private final Map<String, Integer> passingFailures = new ConcurrentHashMap<>();
  private final Set<String> stranded = ConcurrentHashMap.newKeySet();
  private final Set<String> running = ConcurrentHashMap.newKeySet();

  /** Whether a job's failure is passing: the database out of reach, a deadlock, a lock wait. */
  static boolean isPassing(Throwable failure) {
    return DatabaseOutage.causedBy(failure) || Causes.find(failure, Throwable.class,
        cause -> cause instanceof SQLTransientException || cause instanceof TransientDataAccessException).isPresent();
  }

  /** The wait before the n-th try after a passing failure (1-based): 5 s, 10, 20, 40, then 60 s. */
  static Duration waitBefore(int passingFailure) {
    int doublings = Math.min(passingFailure - 1, 10);
    Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }

  /** Counts one more passing failure of the job; the count after it. */
  int passingFailure(String jobId) {
    if (passingFailures.size() >= REMEMBERED) {
      passingFailures.clear();
    }
    return passingFailures.merge(jobId, 1, Integer::sum);
  }

  void started(String jobId) {
    running.add(jobId);
    rejected.remove(jobId);
  }

  /** The executor's queue turned the jobs away; they stay locked by this node meanwhile. */
  void rejected(List<String> jobIds, Instant now) {
    jobIds.forEach(jobId -> rejected.put(jobId, now));
  }

  /** The job ran to its end, or its failure was written: nothing of it is left to remember. */
  void succeeded(String jobId) {
    passingFailures.remove(jobId);
  }

  void ended(String jobId) {
    running.remove(jobId);
  }

  /** The job's failure could not be written: it stays locked by this node until released. */
  void strand(String jobId) {
    stranded.add(jobId);
  }

  /**
   * Stranded jobs not running again on this node, for the release; turned-away jobs not handed over
   * again since {@link #REJECTED_FOR} count as stranded from then on.
   */
  List<String> strandedIdle(Instant now) {
    rejected.forEach((jobId, when) -> {
      if (when.plus(REJECTED_FOR).isBefore(now) && rejected.remove(jobId, when)) {
        stranded.add(jobId);
      }
    });
    return stranded.stream().filter(id -> !running.contains(id)).toList();
  }

  void released(String jobId) {
    stranded.remove(jobId);
  }

  /** Jobs this node holds stranded, for health and metrics. */
  public int strandedCount() {
    return stranded.size();
  }
}
