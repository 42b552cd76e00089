package org.partyaffairs.workforce.notice;

import org.partyaffairs.workforce.support.MySqlTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The public notice tests again on MySQL (profile mysql-it), row locks and all. */
@ActiveProfiles({"demo", "test", "mysql"})
class PublicNoticeProcessMySqlIT extends PublicNoticeProcessTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    MySqlTestDatabase.register("workforce_notice_it", registry);
  }
}
