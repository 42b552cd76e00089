package org.partyaffairs.workforce.resignation;

import static org.partyaffairs.workforce.resignation.ResignationProcessVariables.*;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.worker.Departures;
import org.springframework.stereotype.Component;

/**
 * The service tasks of {@code ResignationProcess} ({@code ${resignationTasks}}), one method per
 * task, told apart by the activity ids of {@link ResignationProcessVariables}.
 */
@Component("resignationTasks")
class ResignationTasks implements JavaDelegate {

  private final ResignationService service;
  private final CurrentActor actor;
  private final OrganisationUnitRepository units;
  private final WorkforceProperties properties;

  ResignationTasks(ResignationService service, CurrentActor actor, OrganisationUnitRepository units,
      WorkforceProperties properties) {
    this.service = service;
    this.actor = actor;
    this.units = units;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_REGISTER_RESIGNATION -> registerResignation(execution);
      case TASK_END_SERVICE_BY_RESIGNATION -> endService(execution);
      case TASK_WITHDRAW_RESIGNATION -> withdrawResignation(execution);
      default -> throw new IllegalStateException("No resignation step " + execution.getCurrentActivityId());
    }
  }

  /**
   * Task_RegisterResignation, synchronous right after the start form: a refused application fails
   * the start itself, so the applicant sees the message and no instance is left behind.
   */
  private void registerResignation(DelegateExecution execution) {
    Resignation resignation = service.submit(actor.get(),
        FormValues.optionalId("工作者编号", execution.getVariable(WORKER_ID)),
        FormValues.requiredText("辞职理由", execution.getVariable(REASON), 1000),
        FormValues.requiredDate("拟最后工作日", execution.getVariable(LAST_WORKING_DAY), properties.zone()),
        execution.getProcessInstanceId(), execution.getTenantId());
    execution.setProcessBusinessKey(resignation.businessKey());
    execution.setVariables(Map.of(
        WORKER_ID, resignation.getWorker().getId(),
        WORKER_NAME, resignation.getWorker().getName(),
        TOWN_NAME, units.getReferenceById(execution.getTenantId()).getName(),
        REASON, resignation.getReason(),
        LAST_WORKING_DAY, resignation.getLastWorkingDay().toString(),
        LAST_WORKING_DAY_ENDS_AT, Date.from(resignation.getLastWorkingDay().plusDays(1)
            .atStartOfDay(properties.zone()).toInstant())));
  }

  /**
   * Task_EndServiceByResignation (asynchronous, retried), after Event_LastWorkingDayEnded: the
   * worker becomes RESIGNED, the post falls vacant, the account closes.
   */
  private void endService(DelegateExecution execution) {
    service.endService(execution.getProcessInstanceId());
  }

  /** Task_WithdrawResignation: the worker was dismissed before the resignation took effect. */
  private void withdrawResignation(DelegateExecution execution) {
    service.withdraw(execution.getProcessInstanceId(), String.valueOf(execution.getVariable(Departures.LEFT_AS)));
  }
}
