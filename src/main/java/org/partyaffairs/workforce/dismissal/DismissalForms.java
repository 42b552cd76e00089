package org.partyaffairs.workforce.dismissal;

import static org.partyaffairs.workforce.dismissal.DismissalProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * What the town and the city submit in DismissalProcess ({@code ${dismissalForms}}). The gateways
 * read only what is set here from the validated values, never what a form sent.
 */
@Component("dismissalForms")
class DismissalForms extends TaskCompletion {

  private final DismissalService dismissals;
  private final CurrentActor actor;

  DismissalForms(DismissalService dismissals, CurrentActor actor) {
    this.dismissals = dismissals;
    this.actor = actor;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    String processInstanceId = execution.getProcessInstanceId();
    switch (execution.getCurrentActivityId()) {
      case TASK_DRAFT_DISMISSAL_OPINION -> dismissals.draftOpinion(processInstanceId, actor.get(),
          FormValues.requiredText("处理意见", execution.getVariable(OPINION), 2000));
      case TASK_DECIDE_DISMISSAL -> execution.setVariable(DISMISS, dismissals.decide(processInstanceId, actor.get(),
          FormValues.requiredChoice("决定", execution.getVariable(DECISION), DismissalDecision.class),
          FormValues.optionalText("理由", execution.getVariable(DECISION_REASON), 1000)));
      case TASK_APPROVE_DISMISSAL -> execution.setVariable(APPROVED, dismissals.approve(processInstanceId,
          actor.get(), FormValues.requiredChoice("审批意见", execution.getVariable(APPROVAL), ApprovalDecision.class),
          FormValues.optionalText("理由", execution.getVariable(APPROVAL_REASON), 1000)));
      case TASK_FILE_DISMISSAL -> dismissals.file(processInstanceId, actor.get(),
          FormValues.requiredText("备案号", execution.getVariable(FILING_NUMBER), 64));
      default -> throw new IllegalStateException("No dismissal form on " + execution.getCurrentActivityId());
    }
  }
}
