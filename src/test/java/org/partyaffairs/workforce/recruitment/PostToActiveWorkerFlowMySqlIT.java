package org.partyaffairs.workforce.recruitment;

import org.partyaffairs.workforce.support.MySqlTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** From a post application to an ACTIVE worker on MySQL (profile mysql-it), 4-byte name and all. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test", "mysql"})
class PostToActiveWorkerFlowMySqlIT extends PostToActiveWorkerFlowScenario {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    MySqlTestDatabase.register("workforce_flow_it", registry);
  }
}
