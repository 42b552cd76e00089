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
  private final DismissalGroundRepository grounds;
  private final Trail trail;
  private final Clock clock;

  WorkerService(WorkerRepository workers, PostRepository posts, DismissalGroundRepository grounds, Trail trail,
      Clock clock) {
    this.workers = workers;
    this.posts = posts;
    this.grounds = grounds;
    this.trail = trail;
    this.clock = clock;
  }

  /**
   * The contract with the town is signed (000 第六条): the worker starts the two-month probation in
   * a new post at the station (workers who predate the product, demo data).
   *
   * @param userId the worker's Camunda user, or null if they have none yet
   */
  public Worker hire(String name, String town, String userId, String station, String actor) {
    return hireOnto(name, userId, posts.save(new Post(town, station, clock.instant())), "岗位：" + station, actor, null);
  }

  /**
   * A recruited candidate signs the contract with the post's town (000 第六条) and starts the
   * two-month probation in that vacant post; a post already filled is refused.
   *
   * @param contract the contract as the trail shows it
   */
  public Worker hireOnto(String name, String userId, Post post, String contract, String actor,
      String processInstanceId) {
    Worker worker = Worker.candidate(name, post.getTownCode(), userId, clock.instant());
    worker.startProbation();
    worker = workers.save(worker);
    post.fill(worker);
    trail.record(worker, "HIRED", "与区镇签订岗位聘用合同，进入试用期，" + contract, actor, processInstanceId,
        Article.KUNSHAN_6);
    return worker;
  }

  /** Probation passed (001 第六条). */
  public Worker confirm(Worker worker, String actor) {
    Worker managed = workers.getReferenceById(worker.getId());
    managed.confirm();
    trail.record(managed, "CONFIRMED", "试用期满考核合格，转为在岗", actor, null, Article.LANZHOU_6);
    return managed;
  }

  /**
   * Records a ground for dismissal found on the worker (000 第十四条) with its trail, once per ground
   * and year: a second finding of the same ground is not a second ground.
   *
   * @return whether it was new
   */
  public boolean recordDismissalGround(Long workerId, String ground, int year, String detail, String actor,
      String processInstanceId, Article article) {
    if (grounds.existsByWorkerIdAndGroundAndGroundYear(workerId, ground, year)) {
      return false;
    }
    Worker worker = workers.getReferenceById(workerId);
    grounds.save(new DismissalGround(workerId, ground, year, detail, actor, clock.instant(), processInstanceId));
    trail.record(worker, "DISMISSAL_GROUND", "发现解聘情形 " + ground + "（" + year + "年）：" + detail, actor,
        processInstanceId, article);
    return true;
  }
}
