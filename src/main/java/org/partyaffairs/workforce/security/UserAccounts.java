package org.partyaffairs.workforce.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's Camunda users: created once, in their role's group and, for a worker, their town. They
 * all log in with the demo profile's one password, so they exist only with that profile.
 */
@Component
@Profile("demo")
public class UserAccounts {

  private final IdentityService identity;
  private final Passwords passwords;

  UserAccounts(IdentityService identity, Passwords passwords) {
    this.identity = identity;
    this.passwords = passwords;
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
      passwords.saveDemoAccount(user);
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
