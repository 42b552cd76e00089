package org.partyaffairs.workforce.resignation;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResignationRepository extends JpaRepository<Resignation, Long> {

  Optional<Resignation> findByProcessInstanceId(String processInstanceId);

  boolean existsByWorkerIdAndStatusIn(Long workerId, Collection<ResignationStatus> statuses);
}
