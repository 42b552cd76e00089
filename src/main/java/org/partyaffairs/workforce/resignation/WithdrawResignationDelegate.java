package org.partyaffairs.workforce.resignation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partyaffairs.workforce.worker.Departures;
import org.springframework.stereotype.Component;

/** Task_WithdrawResignation: the worker was dismissed before the resignation took effect. */
@Component("withdrawResignation")
class WithdrawResignationDelegate implements JavaDelegate {

  private final ResignationService service;

  WithdrawResignationDelegate(ResignationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.withdraw(execution.getProcessInstanceId(), String.valueOf(execution.getVariable(Departures.LEFT_AS)));
  }
}
