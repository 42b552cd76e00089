package org.partyaffairs.workforce.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness ({@code /actuator/health/readiness}): a node meant to run jobs whose job
 * executor has stopped would leave timers and asynchronous steps to the other nodes, or to nobody.
 * A node started without a job executor on purpose ({@code camunda.bpm.job-execution.enabled=false},
 * a web-only node) is ready without one and says so.
 */
@Component("jobAcquisition")
class JobAcquisitionHealth implements HealthIndicator {

  private final JobExecutor jobExecutor;
  private final boolean meantToRun;

  JobAcquisitionHealth(ProcessEngine engine, @Value("${camunda.bpm.job-execution.enabled:true}") boolean meantToRun) {
    this.jobExecutor = ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getJobExecutor();
    this.meantToRun = meantToRun;
  }

  @Override
  public Health health() {
    if (!meantToRun) {
      return Health.up().withDetail("jobExecutor", "本节点未启用作业执行器（按配置）").build();
    }
    if (jobExecutor == null || !jobExecutor.isActive()) {
      return Health.down().withDetail("jobExecutor", "作业执行器未运行").build();
    }
    return Health.up().withDetail("jobExecutor", "运行中").withDetail("lockOwner", jobExecutor.getLockOwner()).build();
  }
}
