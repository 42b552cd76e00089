package org.partyaffairs.workforce.post;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CreatePosts (asynchronous, retried, idempotent): the approved posts become records of the town. */
@Component("createPosts")
class CreatePostsDelegate implements JavaDelegate {

  private final PostEstablishmentService service;

  CreatePostsDelegate(PostEstablishmentService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.createPosts(execution.getProcessInstanceId());
  }
}
