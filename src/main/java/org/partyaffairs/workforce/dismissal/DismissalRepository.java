package org.partyaffairs.workforce.dismissal;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DismissalRepository extends JpaRepository<Dismissal, Long> {

  Optional<Dismissal> findByProcessInstanceId(String processInstanceId);

  Optional<Dismissal> findFirstByWorkerIdAndStatusIn(Long workerId, Collection<DismissalStatus> statuses);
}
