package org.partyaffairs.workforce.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.partyaffairs.workforce.security.UserAccounts;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerService;
import org.partyaffairs.workforce.post.Staffing;
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
  private final UserAccounts accounts;
  private final WorkerService workerService;
  private final Staffing staffing;
  private final TransactionTemplate transaction;

  People(IdentityService identity, UserAccounts accounts, WorkerService workerService, Staffing staffing,
      TransactionTemplate transaction) {
    this.identity = identity;
    this.accounts = accounts;
    this.workerService = workerService;
    this.staffing = staffing;
    this.transaction = transaction;
  }

  /** An ACTIVE worker of the town with a user id of their own and a filled post. */
  public Worker activeWorker(String town, String name) {
    return hire(town, name, true);
  }

  public Worker workerOnProbation(String town, String name) {
    return hire(town, name, false);
  }

  private Worker hire(String town, String name, boolean confirmed) {
    String userId = town + "-w" + SEQUENCE.incrementAndGet();
    accounts.ensureWorker(userId, name, town, "test");
    return transaction.execute(status -> {
      Worker worker = staffing.hire(name, town, userId, "测试区域党建工作站", "test");
      return confirmed ? workerService.confirm(worker, "test") : worker;
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

  public boolean exists(String userId) {
    return identity.createUserQuery().userId(userId).count() > 0;
  }

  /** Back to the application acting for itself (no user). */
  public void actAsSystem() {
    identity.clearAuthentication();
  }
}
