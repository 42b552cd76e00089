package org.partyaffairs.workforce.post;

import org.partyaffairs.workforce.support.MySqlTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The post establishment tests (rounds, posts) again on MySQL (profile mysql-it). */
@ActiveProfiles({"demo", "test", "mysql"})
class PostEstablishmentProcessMySqlIT extends PostEstablishmentProcessTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    MySqlTestDatabase.register("workforce_post_it", registry);
  }
}
