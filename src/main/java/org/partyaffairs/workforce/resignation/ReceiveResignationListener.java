package org.partyaffairs.workforce.resignation;

import static org.partyaffairs.workforce.resignation.ResignationProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Completion of Task_ReceiveResignation: re-validates the form and records the receipt. The
 * decision that follows is due 30 days after it (劳动合同法 第三十七条): {@code decisionDueOn}.
 */
@Component("receiveResignation")
class ReceiveResignationListener extends TaskCompletion {

  private final ResignationService service;
  private final CurrentActor actor;

  ReceiveResignationListener(ResignationService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    execution.setVariable(DECISION_DUE_ON, service.receive(execution.getProcessInstanceId(), actor.get(),
        Boolean.TRUE.equals(execution.getVariable(WRITTEN_APPLICATION_RECEIVED)),
        FormValues.optionalText("接收说明", execution.getVariable(RECEIPT_NOTE), 500)).toString());
  }
}
