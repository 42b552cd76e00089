package org.partyaffairs.workforce.support;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.partyaffairs.workforce.post.Post;
import org.partyaffairs.workforce.post.PostRepository;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test fixture: hires workers with their own Camunda users, so that each test starts from workers
 * no other test touched, and acts as a user exactly as the REST filter and the webapps do (user,
 * groups, towns).
 */
@Component
public class People {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final IdentityService identity;
  private final WorkerRepository workers;
  private final PostRepository posts;
  private final TransactionTemplate transaction;
  private final Clock clock;

  People(IdentityService identity, WorkerRepository workers, PostRepository posts, TransactionTemplate transaction,
      Clock clock) {
    this.identity = identity;
    this.workers = workers;
    this.posts = posts;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** An ACTIVE worker of the town with a user id of their own and a filled post. */
  public Worker activeWorker(String town, String name) {
    return hire(town, name, true);
  }

  public Worker workerOnProbation(String town, String name) {
    return hire(town, name, false);
  }

  private Worker hire(String town, String name, boolean confirmed) {
    String userId = town + "-w" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    User user = identity.newUser(userId);
    user.setFirstName(name);
    user.setLastName("");
    user.setPassword("test");
    identity.saveUser(user);
    identity.createMembership(userId, Groups.WORKERS);
    identity.createTenantUserMembership(town, userId);
    return transaction.execute(status -> {
      Worker worker = Worker.candidate(name, town, userId, clock.instant());
      worker.startProbation();
      if (confirmed) {
        worker.confirm();
      }
      worker = workers.save(worker);
      Post post = new Post(town, "测试区域党建工作站", clock.instant());
      post.fill(worker);
      posts.save(post);
      return worker;
    });
  }

  /** From now on the engine acts as this user, with their groups and towns. */
  public void actAs(String userId) {
    identity.clearAuthentication(); // the look-ups below are the system's, not the previous user's
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> towns = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
    identity.setAuthentication(userId, groups, towns);
  }

  /** Back to the application acting for itself (no user). */
  public void actAsSystem() {
    identity.clearAuthentication();
  }
}
