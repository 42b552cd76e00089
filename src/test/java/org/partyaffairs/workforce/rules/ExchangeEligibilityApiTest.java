package org.partyaffairs.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** exchange-eligibility over HTTP, as the city or a town asks it: {@code POST /api/decisions/exchange-eligibility}. */
@IntegrationTest
class ExchangeEligibilityApiTest {

  @LocalServerPort int port;

  @Test
  void theAnswerCitesArticleTwelveAndTheCitysReading() {
    HttpResponse<String> response = new Http(port).postJson("/api/decisions/exchange-eligibility", "kfq-committee", "demo",
        "{\"postTakenUpOn\":\"2021-03-02\",\"referenceDate\":\"2026-03-02\","
            + "\"grades\":{\"2023\":\"QUALIFIED\",\"2024\":\"EXCELLENT\",\"2025\":\"QUALIFIED\"}}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).contains("\"eligible\":true", "\"fullYearsInPost\":5", "\"article\":\"000 第十二条\"",
        "本市解读，演示值", "\"file\":\"rules/exchange/exchange-eligibility.drl\"");
  }

  @Test
  void badFactsAreA400NamingTheFieldInChinese() {
    HttpResponse<String> response = new Http(port).postJson("/api/decisions/exchange-eligibility", "office", "demo",
        "{\"postTakenUpOn\":\"2021-13-02\",\"referenceDate\":\"2026-03-02\",\"grades\":{}}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("postTakenUpOn").doesNotContain("Exception", "java.");
  }
}
