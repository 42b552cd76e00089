package org.partyaffairs.workforce.worker;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Insert and read only: the trail is never changed once written. */
public interface TrailRepository extends Repository<TrailEntry, Long> {

  TrailEntry save(TrailEntry entry);

  List<TrailEntry> findByWorkerIdOrderByOccurredAtAscIdAsc(Long workerId);

  Page<TrailEntry> findByWorkerIdOrderByOccurredAtAscIdAsc(Long workerId, Pageable page);
}
