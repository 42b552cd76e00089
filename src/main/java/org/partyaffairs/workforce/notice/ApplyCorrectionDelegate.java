package org.partyaffairs.workforce.notice;

import static org.partyaffairs.workforce.notice.NoticeProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/** Task_ApplyCorrection (asynchronous, retried, safe to run twice): the record is corrected by its owner. */
@Component("applyCorrection")
class ApplyCorrectionDelegate implements JavaDelegate {

  private final NoticeService notices;
  private final CurrentActor actor;

  ApplyCorrectionDelegate(NoticeService notices, CurrentActor actor) {
    this.notices = notices;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.applyCorrection(FormValues.optionalId("异议编号", execution.getVariable(OBJECTION_ID)),
        execution.getProcessInstanceId(), actor.get());
    execution.getProcessInstance().setVariable(OPEN_OBJECTIONS, notices.openObjections(execution.getProcessInstanceId()));
  }
}
