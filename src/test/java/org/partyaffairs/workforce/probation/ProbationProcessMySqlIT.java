package org.partyaffairs.workforce.probation;

import org.partyaffairs.workforce.support.MySqlTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The probation tests (timers, embedded records, the interrupting message) again on MySQL (profile mysql-it). */
@ActiveProfiles({"demo", "test", "mysql"})
class ProbationProcessMySqlIT extends ProbationProcessTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    MySqlTestDatabase.register("workforce_probation_it", registry);
  }
}
