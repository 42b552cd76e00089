package org.partyaffairs.workforce.assessment;

import static org.partyaffairs.workforce.assessment.AssessmentProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/** What the worker and the town submit in AnnualAssessmentProcess ({@code ${assessmentForms}}). */
@Component("assessmentForms")
class AssessmentForms extends TaskCompletion {

  private final AssessmentService assessments;
  private final CurrentActor actor;

  AssessmentForms(AssessmentService assessments, CurrentActor actor) {
    this.assessments = assessments;
    this.actor = actor;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    String processInstanceId = execution.getProcessInstanceId();
    switch (execution.getCurrentActivityId()) {
      case TASK_SUBMIT_SELF_REPORT -> assessments.submitSelfReport(processInstanceId, actor.get(),
          (String) execution.getVariable(SELF_REPORT));
      case TASK_SCORE_EVALUATION_FORM, TASK_SCORE_WEIGHTED, TASK_SCORE_POINTS_LEDGER ->
          assessments.recordScore(processInstanceId, actor.get(), execution::getVariable);
      default -> throw new IllegalStateException("No assessment form on " + execution.getCurrentActivityId());
    }
  }
}
