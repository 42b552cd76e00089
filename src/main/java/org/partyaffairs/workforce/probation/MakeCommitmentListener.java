package org.partyaffairs.workforce.probation;

import static org.partyaffairs.workforce.probation.ProbationProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/** Completion of Task_MakeCommitment (公开承诺). */
@Component("makeCommitment")
class MakeCommitmentListener extends TaskCompletion {

  private final ProbationService service;
  private final CurrentActor actor;
  private final WorkforceProperties properties;

  MakeCommitmentListener(ProbationService service, CurrentActor actor, WorkforceProperties properties) {
    this.service = service;
    this.actor = actor;
    this.properties = properties;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    service.commit(execution.getProcessInstanceId(), actor.get(),
        FormValues.requiredText("工作承诺", execution.getVariable(WORK_COMMITMENT), 2000),
        FormValues.requiredText("廉洁自律承诺", execution.getVariable(INTEGRITY_COMMITMENT), 2000),
        FormValues.requiredDate("公开承诺日期", execution.getVariable(COMMITMENT_MADE_ON), properties.zone()));
  }
}
