package org.partyaffairs.workforce.worker;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker who has left service (resigned, dismissed) has nothing more to decide: every other
 * process about them that waits for the {@value #MESSAGE} message (an interrupting event
 * subprocess) ends, in the same transaction as the departure. So a resignation and a dismissal in
 * flight at once cannot both end the worker's employment: the first to do so ends the other.
 *
 * <p>First it tells the rest of the application ({@link ServiceEnded}, delivered in the same
 * transaction): the post capability, for one, vacates the worker's post.
 */
@Component
public class Departures {

  public static final String MESSAGE = "WorkerLeftService";
  /** Set on the ended process: the worker's new status, e.g. {@code 已辞职}. */
  public static final String LEFT_AS = "workerLeftAs";

  private static final Logger log = LoggerFactory.getLogger(Departures.class);

  private final RuntimeService runtime;
  private final ApplicationEventPublisher events;

  Departures(RuntimeService runtime, ApplicationEventPublisher events) {
    this.runtime = runtime;
    this.events = events;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void announce(Worker worker, String byProcessInstanceId) {
    events.publishEvent(new ServiceEnded(worker.getId(), worker.getTownCode(), worker.getStatus(), byProcessInstanceId));
    for (ProcessInstance other : runtime.createProcessInstanceQuery().active()
        .variableValueEquals(WorkerTown.WORKER_ID, worker.getId()).list()) {
      if (!other.getId().equals(byProcessInstanceId)) {
        int ended = runtime.createMessageCorrelation(MESSAGE).processInstanceId(other.getId())
            .setVariable(LEFT_AS, worker.getStatus().label()).correlateAllWithResult().size();
        if (ended > 0) {
          log.info("Worker {} {}: ended {} ({})", worker.getId(), worker.getStatus(), other.getId(),
              other.getProcessDefinitionId());
        }
      }
    }
  }
}
