package org.partyaffairs.workforce.notification;

import org.partyaffairs.workforce.support.MySqlTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The outbox again on MySQL (profile mysql-it): rows written with their task, the sender's lease
 * claimed by a conditional update, back-off and delivery once, with MySQL's timestamps.
 */
@ActiveProfiles({"demo", "test", "mysql"})
class TaskNotificationMySqlIT extends TaskNotificationTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    MySqlTestDatabase.register("workforce_notify_it", registry);
  }
}
