package org.partyaffairs.workforce.leave;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import org.partyaffairs.workforce.absence.ApprovedLeave;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approved leave on record, as the absence record reads it (001 第十八条(四)): an approved
 * request covers its days from the first day to the approved last day, or to the day the worker came
 * back when that was earlier (a leave already reported back).
 */
@Component
@Transactional(readOnly = true)
class ApprovedLeaveOnRecord implements ApprovedLeave {

  private final LeaveRequestRepository leaves;

  ApprovedLeaveOnRecord(LeaveRequestRepository leaves) {
    this.leaves = leaves;
  }

  @Override
  public Optional<Span> covering(Long workerId, Collection<LocalDate> days) {
    if (days.isEmpty()) {
      return Optional.empty();
    }
    LocalDate first = Collections.min(days);
    LocalDate last = Collections.max(days);
    return leaves.overlapping(workerId, EnumSet.of(LeaveStatus.APPROVED, LeaveStatus.RETURNED), first, last).stream()
        .filter(leave -> days.stream().anyMatch(day -> !day.isBefore(leave.getFirstDay())
            && !day.isAfter(leave.coveredUntil())))
        .findFirst()
        .map(leave -> new Span(leave.businessKey(), leave.getFirstDay(), leave.coveredUntil()));
  }
}
