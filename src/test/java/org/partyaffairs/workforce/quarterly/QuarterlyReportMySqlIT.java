package org.partyaffairs.workforce.quarterly;

import org.partyaffairs.workforce.support.MySqlTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A town's quarter of reports on MySQL (profile mysql-it: {@code ./mvnw verify -Pmysql-it -Dit.test=QuarterlyReportMySqlIT}). */
@SpringBootTest
@ActiveProfiles({"demo", "test", "mysql"})
class QuarterlyReportMySqlIT extends QuarterlyReportFlowScenario {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    MySqlTestDatabase.register("workforce_quarterly_it", registry);
  }
}
