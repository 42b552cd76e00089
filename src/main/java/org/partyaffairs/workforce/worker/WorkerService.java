package org.partyaffairs.workforce.worker;

import java.time.Clock;
import org.partyaffairs.workforce.post.Post;
import org.partyaffairs.workforce.post.PostRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bringing a worker into service: hired on probation into a post of their town, then confirmed. */
@Service
@Transactional
public class WorkerService {

  private final WorkerRepository workers;
  private final PostRepository posts;
  private final Trail trail;
  private final Clock clock;

  WorkerService(WorkerRepository workers, PostRepository posts, Trail trail, Clock clock) {
    this.workers = workers;
    this.posts = posts;
    this.trail = trail;
    this.clock = clock;
  }

  /**
   * The contract with the town is signed (000 第六条): the worker starts the two-month probation in
   * a new post at the station.
   *
   * @param userId the worker's Camunda user, or null if they have none yet
   */
  public Worker hire(String name, String town, String userId, String station, String actor) {
    Worker worker = Worker.candidate(name, town, userId, clock.instant());
    worker.startProbation();
    worker = workers.save(worker);
    Post post = new Post(town, station, clock.instant());
    post.fill(worker);
    posts.save(post);
    trail.record(worker, "HIRED", "与区镇签订岗位聘用合同，进入试用期，岗位：" + station, actor, null, Article.KUNSHAN_6);
    return worker;
  }

  /** Probation passed (001 第六条). */
  public Worker confirm(Worker worker, String actor) {
    Worker managed = workers.getReferenceById(worker.getId());
    managed.confirm();
    trail.record(managed, "CONFIRMED", "试用期满考核合格，转为在岗", actor, null, Article.LANZHOU_6);
    return managed;
  }
}
