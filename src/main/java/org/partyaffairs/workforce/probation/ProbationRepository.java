package org.partyaffairs.workforce.probation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProbationRepository extends JpaRepository<Probation, Long> {

  Optional<Probation> findByProcessInstanceId(String processInstanceId);

  boolean existsByWorkerIdAndStatus(Long workerId, ProbationStatus status);
}
