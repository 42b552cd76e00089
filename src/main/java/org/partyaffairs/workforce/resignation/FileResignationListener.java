package org.partyaffairs.workforce.resignation;

import static org.partyaffairs.workforce.resignation.ResignationProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/** Completion of Task_FileResignation: the city office's filing number is required. */
@Component("fileResignation")
class FileResignationListener extends TaskCompletion {

  private final ResignationService service;
  private final CurrentActor actor;

  FileResignationListener(ResignationService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    service.file(execution.getProcessInstanceId(), actor.get(),
        FormValues.requiredText("备案号", execution.getVariable(FILING_NUMBER), 64));
  }
}
