package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.ExpressionCanary;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A logged-in user cannot have the engine evaluate an expression through a task query (reported as
 * CVE-2026-109432: the nested {@code orQueries} skip the ad-hoc expression check): every
 * {@code *Expression} parameter is refused with 400, on the engine REST API and on the webapps' own
 * API, and the canary bean such an expression would call is never touched.
 */
@IntegrationTest
class ExpressionInjectionTest {

  private static final String PAYLOAD = "${canary.touch()}";

  @LocalServerPort int port;
  @Autowired ExpressionCanary canary;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void anExpressionInsideOrQueriesIsRefusedOnTheEngineRestApi() {
    int before = canary.evaluations();

    HttpResponse<String> nested = http.postJson("/engine-rest/task", "kfq-org", "demo",
        "{\"orQueries\":[{\"assigneeExpression\":\"" + PAYLOAD + "\"}]}");
    HttpResponse<String> counted = http.postJson("/engine-rest/task/count", "kfq-org", "demo",
        "{\"orQueries\":[{\"candidateUserExpression\":\"" + PAYLOAD + "\"}]}");

    assertThat(nested.statusCode()).isEqualTo(400);
    assertThat(counted.statusCode()).isEqualTo(400);
    assertThat(nested.body()).contains("Expression");
    assertThat(canary.evaluations()).isEqualTo(before);
  }

  @Test
  void anExpressionAtTheTopLevelIsRefusedToo() {
    int before = canary.evaluations();

    assertThat(http.get("/engine-rest/task?assigneeExpression=" + URLEncoder.encode(PAYLOAD, StandardCharsets.UTF_8),
        "kfq-org", "demo").statusCode()).isEqualTo(400);
    assertThat(http.postJson("/engine-rest/task", "kfq-org", "demo",
        "{\"dueDateExpression\":\"" + PAYLOAD + "\"}").statusCode()).isEqualTo(400);
    assertThat(canary.evaluations()).isEqualTo(before);
  }

  @Test
  void anExpressionIsRefusedOnTheTasklistWebappsOwnApi() {
    int before = canary.evaluations();
    http.webappLogin("tasklist", "kfq-org", "demo");

    HttpResponse<String> nested = http.webappPostJson("/camunda/api/engine/engine/default/task",
        "{\"orQueries\":[{\"assigneeExpression\":\"" + PAYLOAD + "\"}]}");

    assertThat(nested.statusCode()).isEqualTo(400);
    assertThat(canary.evaluations()).isEqualTo(before);
  }

  @Test
  void onlyAdministratorsMayCreateFiltersWhichKeepTheirExpressions() {
    String filter = "{\"resourceType\":\"Task\",\"name\":\"注入\",\"query\":{\"assigneeExpression\":\"" + PAYLOAD
        + "\"}}";

    assertThat(http.postJson("/engine-rest/filter/create", "kfq-org", "demo", filter).statusCode()).isEqualTo(403);
    assertThat(http.postJson("/engine-rest/filter/create", "office", "demo", filter).statusCode()).isEqualTo(403);
  }

  @Test
  void anOrdinaryTaskQueryStillWorks() {
    assertThat(http.postJson("/engine-rest/task?maxResults=50", "kfq-org", "demo",
        "{\"orQueries\":[{\"candidateGroup\":\"town-org-kfq\"},{\"assignee\":\"kfq-org\"}]}").statusCode())
        .isEqualTo(200);
  }
}
