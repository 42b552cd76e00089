package org.partyaffairs.workforce.resignation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EndServiceByResignation (asynchronous, retried): the worker becomes RESIGNED. */
@Component("endServiceByResignation")
class EndServiceDelegate implements JavaDelegate {

  private final ResignationService service;

  EndServiceDelegate(ResignationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.endService(execution.getProcessInstanceId());
  }
}
