package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.WorkforceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

class AdminPasswordTest {

  @Test
  void outsideTheDemoProfileAMissingAdminPasswordStopsTheStart() {
    var application = new SpringApplicationBuilder(WorkforceApplication.class)
        .profiles("test")
        .properties("workforce.admin.password=", "server.port=0");

    assertThatThrownBy(application::run).hasStackTraceContaining("ADMIN_PASSWORD");
  }
}
