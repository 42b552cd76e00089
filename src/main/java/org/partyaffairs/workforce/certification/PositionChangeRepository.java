package org.partyaffairs.workforce.certification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PositionChangeRepository extends JpaRepository<PositionChange, Long> {

  List<PositionChange> findByCertificateIdOrderById(Long certificateId);

  boolean existsByProcessInstanceIdAndWorkerId(String processInstanceId, Long workerId);
}
