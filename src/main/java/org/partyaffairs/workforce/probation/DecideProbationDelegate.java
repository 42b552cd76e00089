package org.partyaffairs.workforce.probation;

import static org.partyaffairs.workforce.probation.ProbationProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_DecideProbationOutcome (asynchronous, retried, idempotent): probation-outcome and its consequence. */
@Component("decideProbation")
class DecideProbationDelegate implements JavaDelegate {

  private final ProbationService service;

  DecideProbationDelegate(ProbationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Probation probation = service.decide(execution.getProcessInstanceId());
    boolean passed = probation.getStatus() == ProbationStatus.PASSED;
    execution.setVariable(PASSED, passed);
    if (!passed) {
      execution.setVariable(DISQUALIFICATION_REASONS, service.describeReasons(probation));
    }
  }
}
