package org.partyaffairs.workforce.absence;

import org.partyaffairs.workforce.support.MySqlTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The discipline flow on MySQL (profile mysql-it: {@code ./mvnw verify -Pmysql-it}). */
@SpringBootTest
@ActiveProfiles({"demo", "test", "mysql"})
class DisciplineFlowMySqlIT extends DisciplineFlowScenario {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    MySqlTestDatabase.register("workforce_it", registry);
  }
}
