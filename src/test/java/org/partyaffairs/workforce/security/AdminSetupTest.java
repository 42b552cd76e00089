package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The admin webapp's first-run setup never creates an administrator (reported as CVE-2026-77226:
 * it does so, unauthenticated, whenever {@code camunda-admin} has no direct member), not even when
 * the administrator has been taken out of the group.
 */
@IntegrationTest
class AdminSetupTest {

  private static final String INTRUDER = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"In\",\"lastName\":\"Truder\","
      + "\"email\":\"intruder@example.org\"},\"credentials\":{\"password\":\"Intruder-2026!\"}}";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  @Test
  void theSetupIsRefusedEvenWhenTheAdminGroupHasNoDirectMember() {
    identityService.deleteMembership("admin", Groups.ADMINS);
    try {
      Http anonymous = new Http(port);
      anonymous.get("/camunda/app/admin/default/", null, null);

      assertThat(anonymous.webappPostJson("/camunda/api/admin/setup/default/user/create", INTRUDER).statusCode())
          .isEqualTo(403);
      assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    } finally {
      identityService.createMembership("admin", Groups.ADMINS);
    }
  }

  @Test
  void theSetupIsRefusedInTheUsualCaseToo() {
    Http anonymous = new Http(port);
    anonymous.get("/camunda/app/admin/default/", null, null);

    assertThat(anonymous.webappPostJson("/camunda/api/admin/setup/default/user/create", INTRUDER).statusCode())
        .isEqualTo(403);
  }
}
