package org.partyaffairs.workforce.probation;

import static org.partyaffairs.workforce.probation.ProbationProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/** Completion of Task_AssignMentor (师带徒). */
@Component("assignMentor")
class AssignMentorListener extends TaskCompletion {

  private final ProbationService service;
  private final CurrentActor actor;

  AssignMentorListener(ProbationService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    service.assignMentor(execution.getProcessInstanceId(), actor.get(),
        FormValues.requiredText("带教师傅姓名", execution.getVariable(MENTOR_NAME), 50),
        FormValues.requiredText("带教师傅职务", execution.getVariable(MENTOR_POSITION), 100));
  }
}
