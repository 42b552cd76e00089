package org.partyaffairs.workforce.worker;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bringing a worker into service: hired on probation in their town, then confirmed. The post they
 * fill is the post capability's ({@code post.Staffing}): a worker knows nothing of posts.
 */
@Service
@Transactional
public class WorkerService {

  private final WorkerRepository workers;
  private final Trail trail;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  WorkerService(WorkerRepository workers, Trail trail, Clock clock, ApplicationEventPublisher events) {
    this.workers = workers;
    this.trail = trail;
    this.clock = clock;
    this.events = events;
  }

  /**
   * The contract with the town is signed (000 第六条): the worker starts the two-month probation.
   *
   * @param userId the worker's Camunda user, or null if they have none yet
   * @param contract the contract as the trail shows it
   */
  public Worker hire(String name, String townCode, String userId, String contract, String actor,
      String processInstanceId) {
    Worker worker = Worker.candidate(name, townCode, userId, clock.instant());
    worker.startProbation();
    worker = workers.save(worker);
    trail.record(worker, "HIRED", "与区镇签订岗位聘用合同，进入试用期，" + contract, actor, processInstanceId,
        Article.KUNSHAN_6);
    events.publishEvent(new WorkerHired(worker.getId(), townCode, name, userId, processInstanceId));
    return worker;
  }

  /**
   * The worker's own Camunda user, opened for them after hire (the account capability): kept on the
   * worker so that what they may read and do is theirs; recorded on the trail.
   */
  public Worker giveUser(long workerId, String userId, String detail, String actor, String processInstanceId) {
    Worker managed = workers.getReferenceById(workerId);
    managed.giveUser(userId);
    trail.record(managed, "ACCOUNT_OPENED", detail, actor, processInstanceId, Article.KUNSHAN_6);
    return managed;
  }

  /** Probation passed (001 第六条). */
  public Worker confirm(Worker worker, String actor) {
    Worker managed = workers.getReferenceById(worker.getId());
    managed.confirm();
    trail.record(managed, "CONFIRMED", "试用期满考核合格，转为在岗", actor, null, Article.LANZHOU_6);
    return managed;
  }
}
