package org.partyaffairs.workforce.dismissal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DismissalGroundRepository extends JpaRepository<DismissalGround, Long> {

  boolean existsByWorkerIdAndGroundAndGroundYear(Long workerId, String ground, int groundYear);

  List<DismissalGround> findByWorkerIdOrderById(Long workerId);

  /** Grounds found on the worker that no dismissal has decided on yet. */
  List<DismissalGround> findByWorkerIdAndDismissalIdIsNullOrderById(Long workerId);
}
