package org.partyaffairs.workforce.warning;

import static org.partyaffairs.workforce.warning.WarningProcessVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.worker.Departures;
import org.partyaffairs.workforce.worker.Subjects;
import org.springframework.stereotype.Component;

/** The service tasks of WarningTalkProcess ({@code ${warningTasks}}), told apart by id. */
@Component("warningTasks")
class WarningTasks implements JavaDelegate {

  private final WarningService warnings;
  private final CurrentActor actor;
  private final Subjects subjects;

  WarningTasks(WarningService warnings, CurrentActor actor, Subjects subjects) {
    this.warnings = warnings;
    this.actor = actor;
    this.subjects = subjects;
  }

  @Override
  public void execute(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_REGISTER_WARNING -> register(execution);
      case TASK_REVOKE_ASSESSMENT_ELIGIBILITY -> warnings.revokeEligibility(execution.getProcessInstanceId());
      case TASK_END_WARNING_ON_DEPARTURE -> warnings.endByDeparture(execution.getProcessInstanceId(),
          String.valueOf(execution.getVariable(Departures.LEFT_AS)));
      default -> throw new IllegalStateException("No warning step " + execution.getCurrentActivityId());
    }
  }

  /** Synchronous after the start form: a refused warning fails the start itself, nothing is left behind. */
  private void register(DelegateExecution execution) {
    Warning warning = warnings.register(actor.get(),
        FormValues.optionalId("工作者编号", execution.getVariable(WORKER_ID)),
        FormValues.requiredChoice("告诫情形", execution.getVariable(GROUND), WarningGround.class),
        FormValues.requiredText("告诫理由", execution.getVariable(REASON), 1000),
        execution.getProcessInstanceId(), execution.getTenantId());
    execution.setProcessBusinessKey(warning.businessKey());
    execution.setVariables(Map.of(
        WORKER_ID, warning.getWorkerId(),
        WORKER_NAME, subjects.workerName(warning.getWorkerId()),
        TOWN_NAME, subjects.townName(execution.getTenantId()),
        GROUND_LABEL, "第十三条 " + warning.getGround().number() + "：" + warning.getGround().label(),
        REASON, warning.getReason()));
  }
}
