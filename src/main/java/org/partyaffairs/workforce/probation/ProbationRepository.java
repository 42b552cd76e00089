package org.partyaffairs.workforce.probation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProbationRepository extends JpaRepository<Probation, Long> {

  Optional<Probation> findByProcessInstanceId(String processInstanceId);

  /** The worker's latest probation (a worker is hired once; a rehire would have a later one). */
  Optional<Probation> findFirstByWorkerIdOrderByIdDesc(Long workerId);

  boolean existsByWorkerIdAndStatus(Long workerId, ProbationStatus status);

  /** The probations in this state of these workers (at most one open probation per worker, ProbationService). */
  List<Probation> findByWorkerIdInAndStatus(Collection<Long> workerIds, ProbationStatus status);
}
