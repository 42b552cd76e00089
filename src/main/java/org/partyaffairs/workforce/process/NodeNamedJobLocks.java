package org.partyaffairs.workforce.process;

import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.stereotype.Component;

/**
 * Names the node in its job locks: the job executor locks jobs as {@code <engine hostname>/<8 hex>}
 * instead of a bare UUID, so that in a cluster {@code ACT_RU_JOB.LOCK_OWNER_} (and Cockpit) tells
 * which node holds a job, e.g. the jobs a killed node left locked until their lock expires. The
 * hostname is the engine's ({@code hostname}, set per node, docs/operations.md "Running several nodes"); the
 * random part keeps two nodes given the same name apart.
 */
@Component
class NodeNamedJobLocks extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    JobExecutor jobExecutor = configuration.getJobExecutor();
    if (jobExecutor != null) {
      jobExecutor.setLockOwner(configuration.getHostname() + "/" + UUID.randomUUID().toString().substring(0, 8));
    }
  }
}
