package org.partyaffairs.workforce.post;

import static org.partyaffairs.workforce.post.PostEstablishmentProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterPostApplication, synchronous right after the start form: an invalid application
 * fails the start itself, so the town sees the message and no instance is left behind.
 */
@Component("registerPostApplication")
class RegisterPostApplicationDelegate implements JavaDelegate {

  private final PostEstablishmentService service;
  private final CurrentActor actor;
  private final OrganisationUnitRepository units;

  RegisterPostApplicationDelegate(PostEstablishmentService service, CurrentActor actor,
      OrganisationUnitRepository units) {
    this.service = service;
    this.actor = actor;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PostApplication application = service.apply(actor.get(), execution.getTenantId(),
        PostApplicationForm.read(execution), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(application.businessKey());
    execution.setVariable(TOWN_NAME, units.getReferenceById(execution.getTenantId()).getName());
    PostApplicationForm.show(execution, application);
  }
}
