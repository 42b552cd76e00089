package org.partyaffairs.workforce.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Camunda users of the product's people: created once, in their role's group and, for a worker, their town. */
@Component
public class UserAccounts {

  private final IdentityService identity;

  UserAccounts(IdentityService identity) {
    this.identity = identity;
  }

  /**
   * Creates the user in the group unless the user exists already.
   *
   * @param name shown first in Tasklist, e.g. 孙丽
   * @param role shown after the name, e.g. 昆山开发区组织部门
   */
  public void ensure(String userId, String name, String role, String password, String group) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName(name);
      user.setLastName(role);
      user.setPassword(password);
      identity.saveUser(user);
      identity.createMembership(userId, group);
    }
  }

  /** A worker's own account: in {@value Groups#WORKERS} and a member of their town's tenant. */
  public void ensureWorker(String userId, String name, String town, String password) {
    ensure(userId, name, "专职党务工作者", password, Groups.WORKERS);
    if (identity.createTenantQuery().tenantId(town).userMember(userId).count() == 0) {
      identity.createTenantUserMembership(town, userId);
    }
  }
}
