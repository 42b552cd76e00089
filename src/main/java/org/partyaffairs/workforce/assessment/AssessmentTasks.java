package org.partyaffairs.workforce.assessment;

import static org.partyaffairs.workforce.assessment.AssessmentProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partyaffairs.workforce.process.FormValues;
import org.springframework.stereotype.Component;

/** The service tasks of AnnualAssessmentProcess ({@code ${assessmentTasks}}), told apart by id. */
@Component("assessmentTasks")
class AssessmentTasks implements JavaDelegate {

  private final AssessmentService assessments;

  AssessmentTasks(AssessmentService assessments) {
    this.assessments = assessments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_OPEN_ASSESSMENT -> open(execution);
      case TASK_GRADE_ASSESSMENT -> assessments.grade(execution.getProcessInstanceId());
      default -> throw new IllegalStateException("No assessment step " + execution.getCurrentActivityId());
    }
  }

  /**
   * The worker, readable in Tasklist and Cockpit: business key {@code 2026-kfq-17}, name and town on
   * every task (and searchable there), the campaign's deadlines as the tasks' due dates.
   */
  private void open(DelegateExecution execution) {
    AssessmentService.Opened opened = assessments.open(
        FormValues.optionalId("考核活动编号", execution.getVariable(CAMPAIGN_ID)),
        FormValues.optionalId("工作者编号", execution.getVariable(WORKER_ID)), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(opened.businessKey());
    execution.setVariable(ASSESSMENT_ID, opened.assessmentId());
    execution.setVariable(WORKER_NAME, opened.workerName());
    execution.setVariable(TOWN_NAME, opened.townName());
    execution.setVariable(WORKER_USER_ID, opened.workerUserId());
    // The due dates of the self-report and the scoring (dueDates, rules/calendar/service-levels.csv)
    execution.setVariable(SELF_REPORT_DUE_ON, opened.selfReportDueOn());
    execution.setVariable(SCORING_DUE_ON, opened.scoringDueOn());
  }
}
