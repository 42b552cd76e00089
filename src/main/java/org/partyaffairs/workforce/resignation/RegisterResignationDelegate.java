package org.partyaffairs.workforce.resignation;

import static org.partyaffairs.workforce.resignation.ResignationProcessVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterResignation, synchronous right after the start form: a refused application fails
 * the start itself, so the applicant sees the message and no instance is left behind.
 */
@Component("registerResignation")
class RegisterResignationDelegate implements JavaDelegate {

  private final ResignationService service;
  private final CurrentActor actor;
  private final OrganisationUnitRepository units;
  private final WorkforceProperties properties;

  RegisterResignationDelegate(ResignationService service, CurrentActor actor, OrganisationUnitRepository units,
      WorkforceProperties properties) {
    this.service = service;
    this.actor = actor;
    this.units = units;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
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
        LAST_WORKING_DAY, resignation.getLastWorkingDay().toString()));
  }
}
