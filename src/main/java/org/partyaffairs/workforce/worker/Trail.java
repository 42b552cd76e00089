package org.partyaffairs.workforce.worker;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends to a worker's trail, always inside the transaction that made the change it records. */
@Component
public class Trail {

  private final TrailRepository entries;
  private final Clock clock;

  Trail(TrailRepository entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  /**
   * @param event a stable code (e.g. {@code RESIGNATION_FILED}) for machines
   * @param detail what happened, in Chinese, for people
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(Worker worker, String event, String detail, String actor, String processInstanceId,
      Article article) {
    entries.save(new TrailEntry(worker.getId(), event, detail, actor, clock.instant(), processInstanceId, article));
  }

  @Transactional(readOnly = true)
  public List<TrailEntry> of(Worker worker) {
    return entries.findByWorkerIdOrderByOccurredAtAscIdAsc(worker.getId());
  }

  /** One page of the trail, oldest first, as the API lists it. */
  @Transactional(readOnly = true)
  public Page<TrailEntry> of(Worker worker, Pageable page) {
    return entries.findByWorkerIdOrderByOccurredAtAscIdAsc(worker.getId(), page);
  }
}
