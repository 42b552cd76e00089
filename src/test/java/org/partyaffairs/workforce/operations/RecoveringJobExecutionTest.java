package org.partyaffairs.workforce.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.SyncTaskExecutor;

/** The product's job executor takes {@code camunda.bpm.job-execution} as the starter's own would. */
class RecoveringJobExecutionTest {

  @Test
  void theJobExecutionSettingsReachTheRecoveringExecutorAndUnsetOnesKeepCamundasDefaults() {
    CamundaBpmProperties properties = new CamundaBpmProperties();
    properties.getJobExecution().setLockTimeInMillis(120_000);
    properties.getJobExecution().setMaxJobsPerAcquisition(16);
    properties.getJobExecution().setWaitTimeInMillis(2_000);
    properties.getJobExecution().setMaxWait(4_000L);

    JobExecutor executor = RecoveringJobExecution.jobExecutor(new SyncTaskExecutor(), properties, new JobRecovery());

    assertThat(executor).isInstanceOf(RecoveringJobExecutor.class);
    assertThat(executor.getLockTimeInMillis()).isEqualTo(120_000);
    assertThat(executor.getMaxJobsPerAcquisition()).isEqualTo(16);
    assertThat(executor.getWaitTimeInMillis()).isEqualTo(2_000);
    assertThat(executor.getMaxWait()).isEqualTo(4_000L);
    assertThat(executor.getBackoffTimeInMillis()).as("Camunda's default").isZero();
    assertThat(executor.getRejectedJobsHandler()).isNotNull();
  }
}
