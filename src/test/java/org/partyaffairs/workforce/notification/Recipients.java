package org.partyaffairs.workforce.notification;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.partyaffairs.workforce.security.UserAccounts;
import org.springframework.stereotype.Component;

/** Test fixture: approvers of their own, in a town's group, with an e-mail address the tests read. */
@Component
class Recipients {

  static final String PASSWORD = "test";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final UserAccounts accounts;
  private final IdentityService identity;

  Recipients(UserAccounts accounts, IdentityService identity) {
    this.accounts = accounts;
    this.identity = identity;
  }

  /** A new member of the group with the e-mail {@code <user id>@example.org}; answers the user id. */
  String memberOf(String group, String name) {
    String userId = "notify-" + group + "-" + SEQUENCE.incrementAndGet();
    accounts.ensure(userId, name, "通知测试", PASSWORD, group);
    User user = identity.createUserQuery().userId(userId).singleResult();
    user.setEmail(userId + "@example.org");
    identity.saveUser(user);
    return userId;
  }

  /** Gives an existing user (a worker of the fixtures) the e-mail {@code <user id>@example.org}. */
  void giveEmail(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    user.setEmail(email(userId));
    identity.saveUser(user);
  }

  static String email(String userId) {
    return userId + "@example.org";
  }
}
