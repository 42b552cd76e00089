package org.partyaffairs.workforce.operations;

import java.util.Date;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The failure of a job for a passing cause ({@link JobRecovery#isPassing}): the job is tried again
 * after a short, growing wait and keeps its retries; the exception is written on the job, as for any
 * failure, so Cockpit shows why it waits. Camunda 7.24's own retry cycle waits the same way: the
 * job's due date moved to the next try, its lock released.
 */
class RetrySoon extends JobRetryCmd {

  private static final Logger log = LoggerFactory.getLogger(RetrySoon.class);

  private final JobRecovery recovery;

  RetrySoon(String jobId, Throwable failure, JobRecovery recovery) {
    super(jobId, failure);
    this.recovery = recovery;
  }

  @Override
  public Object execute(CommandContext commandContext) {
    JobEntity job = getJob();
    if (job == null) {
      return null;
    }
    int failures = recovery.passingFailure(jobId);
    if (failures > JobRecovery.PASSING_TRIES) {
      log.warn("Job {} failed for a passing cause {} times in a row: its failures now count as real ones", jobId,
          failures);
      recovery.succeeded(jobId);
      return new DefaultJobRetryCmd(jobId, exception).execute(commandContext);
    }
    long wait = JobRecovery.waitBefore(failures).toMillis();
    job.setDuedate(new Date(ClockUtil.getCurrentTime().getTime() + wait));
    job.unlock();
    logException(job);
    notifyAcquisition(commandContext);
    log.warn("Job {} ({}) failed for a passing cause, try {} in a row: again in {} s, its {} retries kept", jobId,
        job.getActivityId(), failures, wait / 1000, job.getRetries());
    return null;
  }
}
