package org.partyaffairs.workforce.resignation;

import static org.partyaffairs.workforce.resignation.ResignationProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/** Completion of Task_DecideResignation: a decision outside AGREE/DISAGREE is refused. */
@Component("decideResignation")
class DecideResignationListener extends TaskCompletion {

  private final ResignationService service;
  private final CurrentActor actor;

  DecideResignationListener(ResignationService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    boolean agreed = service.decide(execution.getProcessInstanceId(), actor.get(),
        FormValues.requiredChoice("决定", execution.getVariable(DECISION), ResignationDecision.class),
        FormValues.optionalText("理由", execution.getVariable(DECISION_REASON), 1000));
    execution.setVariable(AGREED, agreed);
  }
}
