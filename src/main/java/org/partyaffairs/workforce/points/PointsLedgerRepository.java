package org.partyaffairs.workforce.points;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PointsLedgerRepository extends JpaRepository<PointsLedger, Long> {

  @Query("select l from PointsLedger l where l.worker.id = :workerId and l.year = :year")
  Optional<PointsLedger> find(Long workerId, int year);

  /** The ledger locked, so that lines written at the same moment are put one after the other. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select l from PointsLedger l where l.id = :id")
  Optional<PointsLedger> lockById(Long id);

  @Query("select l from PointsLedger l join fetch l.worker where l.townCode = :town and l.year = :year order by l.worker.id")
  List<PointsLedger> ofTown(String town, int year);
}
