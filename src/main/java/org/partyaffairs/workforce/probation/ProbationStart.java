package org.partyaffairs.workforce.probation;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Starts the probation of a worker just hired (by the recruitment, or the demo data). */
@Component
public class ProbationStart {

  private final RuntimeService runtime;

  ProbationStart(RuntimeService runtime) {
    this.runtime = runtime;
  }

  public ProcessInstance of(Long workerId, LocalDate hiredOn) {
    return runtime.startProcessInstanceByKey(ProbationProcessVariables.PROCESS_KEY, Map.of(
        ProbationProcessVariables.WORKER_ID, workerId, ProbationProcessVariables.HIRED_ON, hiredOn.toString()));
  }
}
