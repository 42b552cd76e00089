package org.partyaffairs.workforce.post;

import java.time.Clock;
import java.util.Optional;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
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
    post.fill(worker, clock.instant());
    return worker;
  }

  /**
   * A worker in service moves to another post of their town (交流使用, 000 第十二条): the post they
   * held falls vacant and the new one is filled from now, in one transaction. Safe to run again (a
   * retried job): a worker already in the new post is not moved twice.
   *
   * @return the post left (empty when the worker held none) and the post taken up
   */
  public Move move(Worker worker, Long toPostId) {
    Post to = posts.findById(toPostId).orElseThrow(() -> new NotFoundException("岗位 " + toPostId + " 不存在"));
    Optional<Post> from = posts.findByWorkerId(worker.getId());
    if (from.map(post -> post.getId().equals(toPostId)).orElse(false)) {
      return new Move(null, to);
    }
    if (!to.isVacant()) {
      throw new InvalidRequestException("岗位「" + to.getStation() + "」已有在岗人员，不能交流到该岗位");
    }
    from.ifPresent(Post::vacate);
    posts.flush(); // the old post is free before the new one is taken: one worker, one post at any moment
    to.fill(worker, clock.instant());
    return new Move(from.orElse(null), to);
  }

  /** A move between posts: {@code from} is null when the worker held none, or on a repeat. */
  public record Move(Post from, Post to) {
  }
}
