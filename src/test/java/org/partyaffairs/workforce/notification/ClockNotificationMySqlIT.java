package org.partyaffairs.workforce.notification;

import org.partyaffairs.workforce.support.MySqlTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The scans again on MySQL (profile mysql-it): reminders, escalation and the digest read the
 * engine's runtime tables a page at a time ({@link OpenTasks}), leaving out in SQL the tasks already
 * marked, with MySQL's timestamps and its {@code limit}.
 */
@ActiveProfiles({"demo", "test", "mysql"})
class ClockNotificationMySqlIT extends ClockNotificationTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    MySqlTestDatabase.register("workforce_clock_notify_it", registry);
  }
}
