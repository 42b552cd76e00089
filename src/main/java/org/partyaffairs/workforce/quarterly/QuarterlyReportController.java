package org.partyaffairs.workforce.quarterly;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.shared.Quarter;
import org.partyaffairs.workforce.web.Refusal;
import org.partyaffairs.workforce.worker.VisibleWorkers;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Quarterly reports over HTTP (001 第十八条(三)): {@code POST /api/quarterly-reports/{quarter}/towns/{town}}
 * starts a quarter's reports in a town by hand (the city office or an administrator; the same as the
 * schedule does, and as idempotent); {@code GET /api/workers/{id}/quarterly-reports} lists a worker's
 * reports and scores under the visibility of the worker's record (others are told the worker does
 * not exist).
 */
@Tag(name = "季度工作汇报", description = "每季度的书面工作汇报和季度考核（001 第十八条(三)、第二十一条）")
@RestController
class QuarterlyReportController {

  static final String REFUSED = "只有市委\"两新\"工委办公室或系统管理员可以为区镇发起季度工作汇报";

  record ReportView(String businessKey, String quarter, String quarterLabel, String status, String statusLabel,
      LocalDate dueOn, String keyWork, String problems, String nextSteps, String urgentMatters, String submittedBy,
      boolean missed, BigDecimal score, String comment, String scoredBy, String processInstanceId) {

    static ReportView of(QuarterlyReport report) {
      return new ReportView(report.businessKey(), report.quarter().code(), report.quarter().label(),
          report.getStatus().name(), report.getStatus().label(), report.getDueOn(), report.getKeyWork(),
          report.getProblems(), report.getNextSteps(), report.getUrgentMatters(), report.getSubmittedBy(),
          report.wasMissed(), report.getScore(), report.getComment(), report.getScoredBy(),
          report.getProcessInstanceId());
    }
  }

  record WorkerReports(Long workerId, String workerName, List<ReportView> reports) {
  }

  private final QuarterlyReportStarts starts;
  private final QuarterlyReportService reports;
  private final VisibleWorkers workers;
  private final CurrentActor currentActor;

  QuarterlyReportController(QuarterlyReportStarts starts, QuarterlyReportService reports, VisibleWorkers workers,
      CurrentActor currentActor) {
    this.starts = starts;
    this.reports = reports;
    this.workers = workers;
    this.currentActor = currentActor;
  }

  @Operation(summary = "为一个区镇发起一个季度的工作汇报（市委\"两新\"工委办公室或系统管理员；已发起的不重复发起）")
  @PostMapping("/api/quarterly-reports/{quarter}/towns/{town}")
  ResponseEntity<Object> start(@PathVariable String quarter, @PathVariable String town) {
    Actor actor = currentActor.get();
    if (!actor.isMemberOf(Groups.CITY_OFFICE) && !actor.isMemberOf(Groups.ADMINS)) {
      Refusal.log(HttpStatus.FORBIDDEN.value(), REFUSED);
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", REFUSED));
    }
    return ResponseEntity.ok(starts.start(town, Quarter.parse(quarter)));
  }

  @Operation(summary = "一名工作者的季度工作汇报和季度考核成绩（按工作者的可见范围）")
  @GetMapping("/api/workers/{workerId}/quarterly-reports")
  WorkerReports list(@PathVariable long workerId) {
    Worker worker = workers.get(workerId);
    return new WorkerReports(worker.getId(), worker.getName(), reports.of(worker).stream().map(ReportView::of).toList());
  }
}
