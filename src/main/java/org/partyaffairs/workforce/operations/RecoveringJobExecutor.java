package org.partyaffairs.workforce.operations;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobsRunnable;
import org.camunda.bpm.engine.impl.jobexecutor.JobFailureCollector;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.partyaffairs.workforce.shared.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The starter's job executor, watching how each job ends (issue 28, item 8). When a job fails and
 * its failure cannot be written because the database is away, Camunda leaves the job locked by this
 * node for the whole lock time (2 minutes) — after an outage of seconds, the work would stand still
 * for minutes. Such a job is remembered as stranded ({@link JobRecovery}) and {@link #releaseStranded()
 * released} as soon as the database answers again, so it runs within seconds of the database's return.
 */
class RecoveringJobExecutor extends SpringJobExecutor {

  private static final Logger log = LoggerFactory.getLogger(RecoveringJobExecutor.class);

  private final JobRecovery recovery;

  RecoveringJobExecutor(JobRecovery recovery) {
    this.recovery = recovery;
  }

  @Override
  public Runnable getExecuteJobsRunnable(List<String> jobIds, ProcessEngineImpl processEngine) {
    return new WatchedJobs(jobIds, processEngine);
  }

  /**
   * Unlocks the stranded jobs that this node still holds, as soon as the database answers; the
   * job acquisition then takes them at once. The number released.
   */
  int releaseStranded() {
    List<String> stranded = recovery.strandedIdle(Instant.now());
    if (stranded.isEmpty() || getProcessEngines().isEmpty()) {
      return 0;
    }
    CommandExecutor commands = getProcessEngines().get(0).getProcessEngineConfiguration().getCommandExecutorTxRequired();
    int released = 0;
    for (String jobId : stranded) {
      try {
        if (commands.execute(new Release(jobId, getLockOwner()))) {
          released++;
        }
        recovery.released(jobId);
      } catch (RuntimeException e) {
        if (DatabaseOutage.causedBy(e)) {
          return released; // still away: the next round tries again
        }
        log.warn("Stranded job {} could not be released ({}); its lock runs out by itself", jobId, e.getMessage());
        recovery.released(jobId);
      }
    }
    if (released > 0) {
      log.warn("Released {} job(s) this node held without running them (the database was away); they run now", released);
      jobWasAdded();
    }
    return released;
  }

  /** Unlocks a job if this node still holds it (another node's lock is never touched). */
  private record Release(String jobId, String lockOwner) implements Command<Boolean> {

    @Override
    public Boolean execute(CommandContext commandContext) {
      JobEntity job = commandContext.getJobManager().findJobById(jobId);
      if (job == null || !lockOwner.equals(job.getLockOwner())) {
        return false;
      }
      job.unlock();
      return true;
    }
  }

  /** Camunda's runnable, telling {@link JobRecovery} how each of its jobs ended. */
  private final class WatchedJobs extends ExecuteJobsRunnable {

    WatchedJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
      super(jobIds, processEngine);
    }

    @Override
    protected void executeJob(String jobId, CommandExecutor commands, JobFailureCollector failures) {
      recovery.started(jobId);
      try {
        super.executeJob(jobId, commands, failures);
        recovery.succeeded(jobId);
      } catch (RuntimeException thrown) {
        // Camunda rethrows the job's own failure once it is written; anything else thrown means the
        // writing failed too: the database still away, or (Camunda 7.24) a NullPointerException in
        // FailedJobListener when the job failed before it was even read.
        boolean unwritten = thrown != failures.getFailure();
        if (unwritten && (DatabaseOutage.causedBy(thrown) || DatabaseOutage.causedBy(failures.getFailure()))) {
          recovery.strand(jobId);
          log.warn("Job {} failed while the database was out of reach and its failure could not be written:"
              + " it runs again as soon as the database answers", jobId);
        }
        throw thrown;
      } finally {
        recovery.ended(jobId);
      }
    }
  }
}
