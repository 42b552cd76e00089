package org.partyaffairs.workforce.post;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/** Completion of Task_ReviseApplication: the edited application, re-validated, as a new round. */
@Component("resubmitPostApplication")
class ResubmitPostApplicationListener extends TaskCompletion {

  private final PostEstablishmentService service;
  private final CurrentActor actor;

  ResubmitPostApplicationListener(PostEstablishmentService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    PostApplication application = service.resubmit(execution.getProcessInstanceId(), actor.get(),
        PostApplicationForm.read(execution));
    PostApplicationForm.show(execution, application);
  }
}
