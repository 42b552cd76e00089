package org.partyaffairs.workforce.warning;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WarningRepository extends JpaRepository<Warning, Long> {

  Optional<Warning> findByProcessInstanceId(String processInstanceId);
}
