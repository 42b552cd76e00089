package org.partyaffairs.workforce.points;

import org.partyaffairs.workforce.support.MySqlTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The points ledger's flow on MySQL (profile mysql-it: {@code ./mvnw verify -Pmysql-it -Dit.test=PointsFlowMySqlIT}). */
@SpringBootTest
@ActiveProfiles({"demo", "test", "mysql"})
class PointsFlowMySqlIT extends PointsFlowScenario {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    MySqlTestDatabase.register("workforce_points_it", registry);
  }
}
