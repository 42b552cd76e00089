package org.partyaffairs.workforce.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code GET /api/campaigns/{id}}: the city sees the whole cohort, a town only its own figures. */
@IntegrationTest
class CampaignViewTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired Campaigns campaigns;
  @Autowired CampaignService campaignService;
  @Autowired People people;
  @Autowired ObjectMapper json;

  @BeforeEach
  void start() {
    init(engine);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-10T02:00:00Z")));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void aTownSeesItsOwnCohortSizeAndNotTheCitysQuota() throws Exception {
    people.activeWorker("kfq", "视图甲");
    people.activeWorker("huaqiao", "视图乙");
    ProcessInstance campaign = campaigns.start(2005, "kunshan");
    Campaign stored = campaignService.byProcess(campaign.getId());
    Http http = new Http(port);

    JsonNode city = json.readTree(http.get("/api/campaigns/" + stored.getId(), "office", "demo").body());
    JsonNode town = json.readTree(http.get("/api/campaigns/" + stored.getId(), "huaqiao-org", "demo").body());

    assertThat(city.get("workers").asInt()).isEqualTo(stored.getWorkers());
    long huaqiao = 0;
    for (JsonNode count : town.get("byTownAndGrade").get("huaqiao")) {
      huaqiao += count.asLong();
    }
    assertThat(town.get("byTownAndGrade").fieldNames()).toIterable().containsExactly("huaqiao");
    assertThat(town.get("workers").asLong()).isEqualTo(huaqiao).isLessThan(stored.getWorkers());
    assertThat(town.get("excellenceQuota").isNull()).isTrue();
  }
}
