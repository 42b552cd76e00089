package org.partyaffairs.workforce.probation;

import static org.partyaffairs.workforce.probation.ProbationProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/** Completion of either filing task: the city office files the disqualification. */
@Component("fileDisqualification")
class FileDisqualificationListener extends TaskCompletion {

  private final ProbationService service;
  private final CurrentActor actor;

  FileDisqualificationListener(ProbationService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    service.file(execution.getProcessInstanceId(), actor.get(),
        FormValues.requiredText("备案号", execution.getVariable(FILING_NUMBER), 64));
  }
}
