package org.partyaffairs.workforce.certification;

import static org.partyaffairs.workforce.certification.AllowanceProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.springframework.stereotype.Component;

/** What the city office submits in {@code RedCollarAllowanceProcess} ({@code ${allowanceForms}}). */
@Component("allowanceForms")
class AllowanceForms extends TaskCompletion {

  private final AllowanceService service;
  private final CurrentActor actor;

  AllowanceForms(AllowanceService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_CONFIRM_ALLOWANCE_LIST -> confirm(execution);
      default -> throw new IllegalStateException("No allowance form " + execution.getCurrentActivityId());
    }
  }

  /** Completion of Task_ConfirmAllowanceList: 确认 must be ticked. */
  private void confirm(DelegateExecution execution) {
    if (!FormValues.flag("确认名单", execution.getVariable(CONFIRMED))) {
      throw new InvalidRequestException("请勾选「确认名单」，确认已核对本年度红领津贴发放名单");
    }
    service.confirm(execution.getProcessInstanceId(), actor.get(),
        FormValues.optionalText("确认说明", execution.getVariable(NOTE), 1000));
  }
}
