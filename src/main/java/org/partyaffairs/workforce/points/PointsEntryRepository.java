package org.partyaffairs.workforce.points;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PointsEntryRepository extends JpaRepository<PointsEntry, Long> {

  List<PointsEntry> findByLedgerIdOrderById(Long ledgerId);

  Optional<PointsEntry> findByProcessInstanceId(String processInstanceId);
}
