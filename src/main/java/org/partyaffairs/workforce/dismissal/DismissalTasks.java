package org.partyaffairs.workforce.dismissal;

import static org.partyaffairs.workforce.dismissal.DismissalProcessVariables.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.worker.Departures;
import org.partyaffairs.workforce.worker.Subjects;
import org.springframework.stereotype.Component;

/** The service tasks of DismissalProcess ({@code ${dismissalTasks}}), told apart by id. */
@Component("dismissalTasks")
class DismissalTasks implements JavaDelegate {

  private final DismissalService dismissals;
  private final CurrentActor actor;
  private final Subjects subjects;

  DismissalTasks(DismissalService dismissals, CurrentActor actor, Subjects subjects) {
    this.dismissals = dismissals;
    this.actor = actor;
    this.subjects = subjects;
  }

  @Override
  public void execute(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_ESTABLISH_DISMISSAL_GROUNDS -> propose(execution);
      case TASK_END_EMPLOYMENT -> execution.setVariable(BENEFITS_END_ON,
          dismissals.endEmployment(execution.getProcessInstanceId()).getBenefitsEndOn().toString());
      case TASK_WITHDRAW_DISMISSAL -> dismissals.withdraw(execution.getProcessInstanceId(),
          String.valueOf(execution.getVariable(Departures.LEFT_AS)));
      default -> throw new IllegalStateException("No dismissal step " + execution.getCurrentActivityId());
    }
  }

  /** Synchronous after the start form: refused grounds fail the start itself, nothing is left behind. */
  private void propose(DelegateExecution execution) {
    Actor proposer = actor.get();
    boolean otherGround = FormValues.flag("其它严重问题", execution.getVariable(OTHER_GROUND));
    String otherReason = FormValues.optionalText("其它情形的理由", execution.getVariable(OTHER_REASON), 1000);
    if (otherGround && otherReason == null) {
      throw new InvalidRequestException("以第十四条 7（其它严重问题）解聘的，须写明理由");
    }
    DismissalService.Findings findings = new DismissalService.Findings(
        FormValues.flag("违反工作纪律造成严重后果", execution.getVariable(SERIOUS_INCIDENT)),
        FormValues.flag("受到治安行政处罚", execution.getVariable(PUBLIC_SECURITY_PENALTY)),
        FormValues.flag("被判处管制以上刑事处罚", execution.getVariable(CRIMINAL_PENALTY)),
        FormValues.flag("被处以行政拘留", execution.getVariable(ADMINISTRATIVE_DETENTION)),
        otherGround ? otherReason : null);
    Dismissal dismissal = dismissals.propose(proposer,
        FormValues.optionalId("工作者编号", execution.getVariable(WORKER_ID)), findings,
        FormValues.requiredText("证据材料", execution.getVariable(EVIDENCE), 2000),
        FormValues.optionalText("管理办法", execution.getVariable(POLICY), 16),
        execution.getProcessInstanceId(), execution.getTenantId());
    execution.setProcessBusinessKey(dismissal.businessKey());
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put(WORKER_ID, dismissal.getWorkerId());
    shown.put(WORKER_NAME, subjects.workerName(dismissal.getWorkerId()));
    shown.put(TOWN_NAME, subjects.townName(execution.getTenantId()));
    shown.put(GROUNDS, String.join("\n", DismissalService.describe(dismissal.getGrounds())));
    shown.put(EVIDENCE, dismissal.getEvidence());
    shown.put(CITY_APPROVAL_REQUIRED, dismissal.needsCityApproval());
    execution.setVariables(shown);
  }
}
