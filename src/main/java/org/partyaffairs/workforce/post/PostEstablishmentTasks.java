package org.partyaffairs.workforce.post;

import static org.partyaffairs.workforce.post.PostEstablishmentProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * The service tasks of {@code PostEstablishmentProcess} ({@code ${postEstablishmentTasks}}), one
 * method per task, told apart by the activity ids of {@link PostEstablishmentProcessVariables}.
 */
@Component("postEstablishmentTasks")
class PostEstablishmentTasks implements JavaDelegate {

  private final PostEstablishmentService service;
  private final CurrentActor actor;
  private final OrganisationUnitRepository units;

  PostEstablishmentTasks(PostEstablishmentService service, CurrentActor actor, OrganisationUnitRepository units) {
    this.service = service;
    this.actor = actor;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_REGISTER_POST_APPLICATION -> registerApplication(execution);
      case TASK_CREATE_POSTS -> createPosts(execution);
      default -> throw new IllegalStateException("No post establishment step " + execution.getCurrentActivityId());
    }
  }

  /**
   * Task_RegisterPostApplication, synchronous right after the start form: an invalid application
   * fails the start itself, so the town sees the message and no instance is left behind.
   */
  private void registerApplication(DelegateExecution execution) {
    PostApplication application = service.apply(actor.get(), execution.getTenantId(),
        PostApplicationForm.read(execution), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(application.businessKey());
    execution.setVariable(TOWN_NAME, units.getReferenceById(execution.getTenantId()).getName());
    PostApplicationForm.show(execution, application);
  }

  /** Task_CreatePosts (asynchronous, retried, idempotent): the approved posts become records of the town. */
  private void createPosts(DelegateExecution execution) {
    service.createPosts(execution.getProcessInstanceId());
  }
}
