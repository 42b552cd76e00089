package org.partyaffairs.workforce.persistence;

import org.partyaffairs.workforce.support.MySqlTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The pages read in two steps, again on MySQL (profile mysql-it), where they matter (issue 22). */
@ActiveProfiles({"demo", "test", "mysql"})
class PagedTaskQueryMySqlIT extends PagedTaskQueryTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    MySqlTestDatabase.register("workforce_taskpage_it", registry);
  }
}
