package org.partyaffairs.workforce.assessment;

import org.partyaffairs.workforce.support.MySqlTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The campaign flow on MySQL (profile mysql-it: {@code ./mvnw verify -Pmysql-it}). */
@SpringBootTest
@ActiveProfiles({"demo", "test", "mysql"})
class AssessmentCampaignFlowMySqlIT extends AssessmentCampaignFlowScenario {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    MySqlTestDatabase.register("workforce_assessment_it", registry);
  }
}
