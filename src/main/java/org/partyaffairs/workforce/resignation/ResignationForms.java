package org.partyaffairs.workforce.resignation;

import static org.partyaffairs.workforce.resignation.ResignationProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * What the people of {@code ResignationProcess} submit ({@code ${resignationForms}}, the end
 * listener of each user task), one method per task, told apart by the activity ids of {@link
 * ResignationProcessVariables}. The gateways read only what is set here from the validated values,
 * never what a form sent.
 */
@Component("resignationForms")
class ResignationForms extends TaskCompletion {

  private final ResignationService service;
  private final CurrentActor actor;

  ResignationForms(ResignationService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_RECEIVE_RESIGNATION -> receiveResignation(execution);
      case TASK_DECIDE_RESIGNATION -> decideResignation(execution);
      case TASK_FILE_RESIGNATION -> fileResignation(execution);
      default -> throw new IllegalStateException("No resignation form " + execution.getCurrentActivityId());
    }
  }

  /**
   * Completion of Task_ReceiveResignation: re-validates the form and records the receipt. The
   * decision that follows is due 30 days after it (劳动合同法 第三十七条): {@code decisionDueOn}.
   */
  private void receiveResignation(DelegateExecution execution) {
    execution.setVariable(DECISION_DUE_ON, service.receive(execution.getProcessInstanceId(), actor.get(),
        Boolean.TRUE.equals(execution.getVariable(WRITTEN_APPLICATION_RECEIVED)),
        FormValues.optionalText("接收说明", execution.getVariable(RECEIPT_NOTE), 500)).toString());
  }

  /** Completion of Task_DecideResignation: a decision outside AGREE/DISAGREE is refused. */
  private void decideResignation(DelegateExecution execution) {
    boolean agreed = service.decide(execution.getProcessInstanceId(), actor.get(),
        FormValues.requiredChoice("决定", execution.getVariable(DECISION), ResignationDecision.class),
        FormValues.optionalText("理由", execution.getVariable(DECISION_REASON), 1000));
    execution.setVariable(AGREED, agreed);
  }

  /** Completion of Task_FileResignation: the city office's filing number is required. */
  private void fileResignation(DelegateExecution execution) {
    service.file(execution.getProcessInstanceId(), actor.get(),
        FormValues.requiredText("备案号", execution.getVariable(FILING_NUMBER), 64));
  }
}
