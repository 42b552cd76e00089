package org.partyaffairs.workforce.report;

import static org.partyaffairs.workforce.report.HalfYearReportProcessVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * The service tasks of {@code HalfYearReportProcess} ({@code ${halfYearReportTasks}}), one method
 * per task, told apart by the activity ids of {@link HalfYearReportProcessVariables}.
 */
@Component("halfYearReportTasks")
class HalfYearReportTasks implements JavaDelegate {

  private final HalfYearReportService service;
  private final CurrentActor actor;

  HalfYearReportTasks(HalfYearReportService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_COMPILE_FIGURES -> compileFigures(execution);
      case TASK_SUBMIT_REPORT -> submitReport(execution);
      default -> throw new IllegalStateException("No half-year report step " + execution.getCurrentActivityId());
    }
  }

  /**
   * Task_CompileFigures, synchronous right after the start form: a half year not yet begun or a
   * second report fails the start itself, so the department sees why and no instance is left behind.
   */
  private void compileFigures(DelegateExecution execution) {
    HalfYearReport report = service.start(actor.get(), execution.getVariable(HALF_YEAR), execution.getTenantId(),
        execution.getProcessInstanceId());
    HalfYearFigures figures = service.figuresOf(report);
    execution.setProcessBusinessKey(report.businessKey());
    execution.setVariables(Map.of(
        HALF_YEAR, figures.halfYear(),
        HALF_YEAR_LABEL, figures.halfYearLabel(),
        TOWN_NAME, figures.townName(),
        REPORT_ID, report.getId(),
        FIGURES_SUMMARY, figures.summary(),
        REPORT_XLSX, HalfYearReportController.xlsxPath(report.getId()),
        REPORT_PDF, HalfYearReportController.pdfPath(report.getId())));
  }

  /** Task_SubmitReport (asynchronous, retried): the report is marked as gone to the city. */
  private void submitReport(DelegateExecution execution) {
    service.submit(execution.getProcessInstanceId());
  }
}
