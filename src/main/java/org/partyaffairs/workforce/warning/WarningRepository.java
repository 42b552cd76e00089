package org.partyaffairs.workforce.warning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WarningRepository extends JpaRepository<Warning, Long> {

  Optional<Warning> findByProcessInstanceId(String processInstanceId);

  List<Warning> findByWorkerIdOrderById(Long workerId);
}
