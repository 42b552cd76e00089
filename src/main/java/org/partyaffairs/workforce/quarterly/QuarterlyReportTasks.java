package org.partyaffairs.workforce.quarterly;

import static org.partyaffairs.workforce.quarterly.QuarterlyReportProcessVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partyaffairs.workforce.deadline.WorkingDays;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.Quarter;
import org.springframework.stereotype.Component;

/**
 * The service tasks of {@code QuarterlyReportProcess} ({@code ${quarterlyReportTasks}}), one method
 * per task, told apart by the activity ids of {@link QuarterlyReportProcessVariables}.
 */
@Component("quarterlyReportTasks")
class QuarterlyReportTasks implements JavaDelegate {

  private final QuarterlyReportService service;
  private final OrganisationUnitRepository units;
  private final WorkingDays workingDays;

  QuarterlyReportTasks(QuarterlyReportService service, OrganisationUnitRepository units, WorkingDays workingDays) {
    this.service = service;
    this.units = units;
    this.workingDays = workingDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_OPEN_QUARTERLY_REPORT -> openQuarterlyReport(execution);
      case TASK_RECORD_MISSING_REPORT -> service.recordMissing(execution.getProcessInstanceId());
      default -> throw new IllegalStateException("No quarterly report step " + execution.getCurrentActivityId());
    }
  }

  /**
   * Task_OpenQuarterlyReport, synchronous right after the start: the record (one per worker and
   * quarter), its due day and the facts the forms show. A refused start leaves no instance behind.
   */
  private void openQuarterlyReport(DelegateExecution execution) {
    Long workerId = FormValues.optionalId("工作者编号", execution.getVariable(WORKER_ID));
    if (workerId == null) {
      throw new InvalidRequestException("季度工作汇报须指定工作者");
    }
    QuarterlyReport report = service.open(execution.getProcessInstanceId(), workerId,
        Quarter.parse(execution.getVariable(QUARTER)), execution.getTenantId());
    execution.setProcessBusinessKey(report.businessKey());
    Map<String, Object> variables = new HashMap<>();
    variables.put(WORKER_ID, report.getWorker().getId());
    variables.put(QUARTER, report.quarter().code());
    variables.put(WORKER_NAME, report.getWorker().getName());
    variables.put(TOWN_NAME, units.getReferenceById(execution.getTenantId()).getName());
    variables.put(QUARTER_LABEL, report.quarter().label());
    variables.put(REPORT_DUE_ON, report.getDueOn().toString());
    variables.put(REPORT_OVERDUE_AT, workingDays.startOf(report.getDueOn().plusDays(1)));
    execution.setVariables(variables);
  }
}
