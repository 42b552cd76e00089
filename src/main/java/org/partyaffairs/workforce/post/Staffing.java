package org.partyaffairs.workforce.post;

import java.time.Clock;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker hired into a post (000 第六条): the worker starts probation ({@link WorkerService#hire})
 * and fills the post, in one transaction, so a post already filled leaves no worker behind.
 */
@Service
@Transactional
public class Staffing {

  private final WorkerService workers;
  private final PostRepository posts;
  private final Clock clock;

  Staffing(WorkerService workers, PostRepository posts, Clock clock) {
    this.workers = workers;
    this.posts = posts;
    this.clock = clock;
  }

  /**
   * A worker hired into a new post at the station (workers who predate the product, demo data).
   *
   * @param userId the worker's Camunda user, or null if they have none yet
   */
  public Worker hire(String name, String town, String userId, String station, String actor) {
    return hireOnto(name, userId, posts.save(new Post(town, station, clock.instant())), "岗位：" + station, actor, null);
  }

  /**
   * A recruited candidate signs the contract with the post's town and starts the two-month
   * probation in that vacant post; a post already filled is refused.
   *
   * @param contract the contract as the trail shows it
   */
  public Worker hireOnto(String name, String userId, Post post, String contract, String actor,
      String processInstanceId) {
    Worker worker = workers.hire(name, post.getTownCode(), userId, contract, actor, processInstanceId);
    post.fill(worker);
    return worker;
  }
}
