package org.partyaffairs.workforce.leave;

import org.partyaffairs.workforce.support.MySqlTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The leave flow on MySQL (profile mysql-it: {@code ./mvnw verify -Pmysql-it -Dit.test=LeaveFlowMySqlIT}). */
@SpringBootTest
@ActiveProfiles({"demo", "test", "mysql"})
class LeaveFlowMySqlIT extends LeaveFlowScenario {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    MySqlTestDatabase.register("workforce_leave_it", registry);
  }
}
