package org.partyaffairs.workforce.exchange;

import static org.partyaffairs.workforce.exchange.ExchangeProcessVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * The service tasks of {@code ExchangeProcess} ({@code ${exchangeTasks}}), one method per task, told
 * apart by the activity ids of {@link ExchangeProcessVariables}.
 */
@Component("exchangeTasks")
class ExchangeTasks implements JavaDelegate {

  private final ExchangeService service;
  private final CurrentActor actor;
  private final OrganisationUnitRepository units;

  ExchangeTasks(ExchangeService service, CurrentActor actor, OrganisationUnitRepository units) {
    this.service = service;
    this.actor = actor;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_REGISTER_EXCHANGE_PROPOSAL -> registerExchangeProposal(execution);
      case TASK_MOVE_WORKER -> moveWorker(execution);
      default -> throw new IllegalStateException("No exchange step " + execution.getCurrentActivityId());
    }
  }

  /**
   * Task_RegisterExchangeProposal, synchronous right after the start form: the checks and
   * exchange-eligibility; a refused proposal fails the start itself, so the committee sees the
   * message and no instance is left behind. Sets the facts the later forms show read-only.
   */
  private void registerExchangeProposal(DelegateExecution execution) {
    ExchangeProposal proposal = service.propose(actor.get(),
        FormValues.optionalId("交流的工作者", execution.getVariable(WORKER_ID)),
        FormValues.optionalId("拟交流到的岗位", execution.getVariable(POST_ID)),
        FormValues.optionalText("拟任职务", execution.getVariable(NEW_ROLE), 200),
        FormValues.requiredText("交流理由", execution.getVariable(REASON), 1000),
        execution.getProcessInstanceId(), execution.getTenantId());
    execution.setProcessBusinessKey(proposal.businessKey());
    Map<String, Object> variables = new HashMap<>();
    variables.put(WORKER_ID, proposal.getWorker().getId());
    variables.put(POST_ID, proposal.getToPostId());
    variables.put(NEW_ROLE, proposal.getNewRole());
    variables.put(REASON, proposal.getReason());
    variables.put(WORKER_NAME, proposal.getWorker().getName());
    variables.put(TOWN_NAME, units.getReferenceById(execution.getTenantId()).getName());
    variables.put(FROM_STATION, proposal.getFromStation());
    variables.put(TO_STATION, proposal.getToStation());
    variables.put(PROPOSED_ROLE, proposal.getNewRole() == null ? "—" : proposal.getNewRole());
    variables.put(COMMITTEE_JUSTIFICATION, "—（符合优先交流条件，无须说明）");
    variables.put(POST_TAKEN_UP_ON, proposal.getPostTakenUpOn().toString());
    variables.put(FULL_YEARS_IN_POST, proposal.getFullYearsInPost());
    variables.put(RECENT_GRADES, service.gradesText(proposal.getWorker().getId()));
    variables.put(ELIGIBILITY, ExchangeService.eligibilityText(proposal));
    variables.put(ELIGIBLE, proposal.isEligible());
    execution.setVariables(variables);
  }

  /** Task_MoveWorker (asynchronous, retried, idempotent): the old post vacant, the new one filled. */
  private void moveWorker(DelegateExecution execution) {
    service.move(execution.getProcessInstanceId());
  }
}
