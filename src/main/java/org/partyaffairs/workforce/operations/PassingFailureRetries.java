package org.partyaffairs.workforce.operations;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.springframework.stereotype.Component;

/**
 * A job's failure is written by {@link RetrySoon} when its cause passes (the database away, a
 * deadlock), by Camunda's own {@link DefaultJobRetryCmd} otherwise: real failures keep the models'
 * retry cycles ({@code R3/PT5M}) and end in an incident as before.
 */
@Component
class PassingFailureRetries extends AbstractProcessEnginePlugin {

  private final JobRecovery recovery;

  PassingFailureRetries(JobRecovery recovery) {
    this.recovery = recovery;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setFailedJobCommandFactory((jobId, failure) -> JobRecovery.isPassing(failure)
        ? new RetrySoon(jobId, failure, recovery) : new DefaultJobRetryCmd(jobId, failure));
  }
}
