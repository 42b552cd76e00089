package org.partyaffairs.workforce.exchange;

import org.partyaffairs.workforce.support.MySqlTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The exchange flow on MySQL (profile mysql-it: {@code ./mvnw verify -Pmysql-it -Dit.test=ExchangeFlowMySqlIT}). */
@SpringBootTest
@ActiveProfiles({"demo", "test", "mysql"})
class ExchangeFlowMySqlIT extends ExchangeFlowScenario {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    MySqlTestDatabase.register("workforce_exchange_it", registry);
  }
}
