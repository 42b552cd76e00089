package org.partyaffairs.workforce.operations;

import java.time.Instant;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.NotifyAcquisitionRejectedJobsHandler;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The job executor is {@link RecoveringJobExecutor}, set up from {@code camunda.bpm.job-execution}
 * exactly as the starter sets up its own (which then steps aside), and a release of stranded jobs
 * every {@code workforce.jobs.release-interval} (2 s): cheap, it asks the database only when this
 * node holds a stranded job.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "camunda.bpm.job-execution", name = "enabled", havingValue = "true", matchIfMissing = true)
class RecoveringJobExecution {

  @Bean
  static JobExecutor jobExecutor(@Qualifier("camundaTaskExecutor") TaskExecutor taskExecutor,
      CamundaBpmProperties properties, JobRecovery recovery) {
    RecoveringJobExecutor executor = new RecoveringJobExecutor(recovery);
    executor.setTaskExecutor(taskExecutor);
    NotifyAcquisitionRejectedJobsHandler handOverLater = new NotifyAcquisitionRejectedJobsHandler();
    executor.setRejectedJobsHandler((jobIds, engine, jobExecutor) -> {
      recovery.rejected(jobIds, Instant.now());
      handOverLater.jobsRejected(jobIds, engine, jobExecutor);
    });
    JobExecutionProperty settings = properties.getJobExecution();
    if (settings.getLockTimeInMillis() != null) {
      executor.setLockTimeInMillis(settings.getLockTimeInMillis());
    }
    if (settings.getMaxJobsPerAcquisition() != null) {
      executor.setMaxJobsPerAcquisition(settings.getMaxJobsPerAcquisition());
    }
    if (settings.getWaitTimeInMillis() != null) {
      executor.setWaitTimeInMillis(settings.getWaitTimeInMillis());
    }
    if (settings.getMaxWait() != null) {
      executor.setMaxWait(settings.getMaxWait());
    }
    if (settings.getBackoffTimeInMillis() != null) {
      executor.setBackoffTimeInMillis(settings.getBackoffTimeInMillis());
    }
    if (settings.getMaxBackoff() != null) {
      executor.setMaxBackoff(settings.getMaxBackoff());
    }
    if (settings.getBackoffDecreaseThreshold() != null) {
      executor.setBackoffDecreaseThreshold(settings.getBackoffDecreaseThreshold());
    }
    if (settings.getWaitIncreaseFactor() != null) {
      executor.setWaitIncreaseFactor(settings.getWaitIncreaseFactor());
    }
    return executor;
  }

  @Bean
  StrandedJobRelease strandedJobRelease(JobExecutor jobExecutor) {
    return new StrandedJobRelease((RecoveringJobExecutor) jobExecutor);
  }

  /** Releases this node's stranded jobs once the database answers again. */
  static final class StrandedJobRelease {

    private final RecoveringJobExecutor jobExecutor;

    StrandedJobRelease(RecoveringJobExecutor jobExecutor) {
      this.jobExecutor = jobExecutor;
    }

    @Scheduled(initialDelayString = "${workforce.jobs.release-interval:2s}",
        fixedDelayString = "${workforce.jobs.release-interval:2s}")
    void release() {
      jobExecutor.releaseStranded();
    }
  }
}
