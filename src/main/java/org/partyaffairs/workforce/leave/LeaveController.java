package org.partyaffairs.workforce.leave;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.partyaffairs.workforce.worker.VisibleWorkers;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A worker's leave requests (001 第十八条(四)), the latest first, read under the same visibility as
 * the worker's record ({@link VisibleWorkers}): the worker themself, their town's organisation
 * department and committee, the city. Anyone else is told the worker does not exist (404).
 */
@Tag(name = "请销假", description = "工作者的请假申请与销假（001 第十八条(四)）")
@RestController
@RequestMapping("/api/workers/{workerId}/leave")
class LeaveController {

  record LeaveView(String businessKey, String processInstanceId, LocalDate firstDay, LocalDate lastDay,
      int workingDays, String reason, String status, String statusLabel, String approver, String decidedBy,
      String refusalReason, LocalDate actualLastDay, Integer lateWorkingDays) {

    static LeaveView of(LeaveRequest leave) {
      return new LeaveView(leave.businessKey(), leave.getProcessInstanceId(), leave.getFirstDay(), leave.getLastDay(),
          leave.getWorkingDays(), leave.getReason(), leave.getStatus().name(), leave.getStatus().label(),
          LeaveService.approverLabel(leave.getApproverTier()), leave.getDecidedBy(), leave.getRefusalReason(),
          leave.getActualLastDay(), leave.getLateWorkingDays());
    }
  }

  record WorkerLeave(Long workerId, String workerName, List<LeaveView> requests) {
  }

  private final VisibleWorkers workers;
  private final LeaveService leaves;

  LeaveController(VisibleWorkers workers, LeaveService leaves) {
    this.workers = workers;
    this.leaves = leaves;
  }

  @Operation(summary = "一名工作者的请假申请（按工作者的可见范围）")
  @GetMapping
  WorkerLeave list(@PathVariable long workerId) {
    Worker worker = workers.get(workerId);
    return new WorkerLeave(worker.getId(), worker.getName(), leaves.of(worker).stream().map(LeaveView::of).toList());
  }
}
