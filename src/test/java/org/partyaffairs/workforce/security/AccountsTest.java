package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Passwords people set meet the policy, and guessing is slowed down (the locks that follow, for a
 * time only: {@link LoginLockTest}).
 */
@IntegrationTest
class AccountsTest {

  private static final String STRONG = "Kfq#Dangjian2026";

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  Http http;
  Instant now = Instant.parse("2026-11-21T02:00:00Z");

  @BeforeEach
  void client() {
    http = new Http(port);
    ClockUtil.setCurrentTime(Date.from(now));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anAdministratorCannotGiveANewUserAPasswordBelowThePolicy() {
    String weak = "{\"profile\":{\"id\":\"weak-account\",\"firstName\":\"弱\",\"lastName\":\"口令\"},"
        + "\"credentials\":{\"password\":\"demo2026\"}}";

    var refused = http.postJson("/engine-rest/user/create", "admin", "demo", weak);

    // Camunda's REST API answers a policy violation as an engine error (500, in English); ours is a
    // 400 naming the rules. The Admin webapp checks the policy as the password is typed
    // (/engine-rest/identity/password-policy) before it sends.
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("密码不符合密码规则", "至少 10 个字符", "个特殊字符").doesNotContain("Exception:", "policy");
    assertThat(identity.createUserQuery().userId("weak-account").count()).isZero();
    assertThat(http.postJson("/engine-rest/user/create", "admin", "demo", weak.replace("demo2026", STRONG))
        .statusCode()).isEqualTo(204);
  }

  @Test
  void aUserCannotChangeTheirOwnPasswordToAWeakOne() {
    createUser("own-change");

    var refused = http.putJson("/engine-rest/user/own-change/credentials", "own-change", STRONG,
        "{\"password\":\"ownchange1\",\"authenticatedUserPassword\":\"" + STRONG + "\"}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("密码不符合密码规则", "至少 1 个大写字母");
    assertThat(identity.checkPassword("own-change", STRONG)).isTrue();
  }

  @Test
  void afterAWrongPasswordTheNextTryWaitsEvenWithTheRightOne() {
    createUser("slow-guess");

    assertThat(taskCount("slow-guess", "wrong")).isEqualTo(401);
    assertThat(taskCount("slow-guess", STRONG)).isEqualTo(401);
    later(4);
    assertThat(taskCount("slow-guess", STRONG)).isEqualTo(200);
  }

  @Test
  void onlyAnAdministratorMayUnlockAnAccount() {
    createUser("not-unlocked");

    assertThat(http.postJson("/engine-rest/user/not-unlocked/unlock", "kfq-org", "demo", "").statusCode())
        .isEqualTo(403);
  }

  private void createUser(String id) {
    var user = identity.newUser(id);
    user.setFirstName("测试");
    user.setLastName("账号");
    user.setPassword(STRONG);
    identity.saveUser(user);
  }

  private int taskCount(String user, String password) {
    return http.get("/engine-rest/task/count", user, password).statusCode();
  }

  private void later(long seconds) {
    now = now.plusSeconds(seconds);
    ClockUtil.setCurrentTime(Date.from(now));
  }
}
