package org.partyaffairs.workforce.leave;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LeaveRequestRepository extends JpaRepository<LeaveRequest, Long> {

  Optional<LeaveRequest> findByProcessInstanceId(String processInstanceId);

  List<LeaveRequest> findByWorkerIdOrderByFirstDayDesc(Long workerId);

  /** The worker's requests in these states that start on or before {@code last} and end on or after {@code first}. */
  @Query("select l from LeaveRequest l where l.worker.id = :workerId and l.status in :statuses"
      + " and l.firstDay <= :last and l.lastDay >= :first order by l.firstDay")
  List<LeaveRequest> overlapping(Long workerId, Collection<LeaveStatus> statuses, LocalDate first, LocalDate last);
}
