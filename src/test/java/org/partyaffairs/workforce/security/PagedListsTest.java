package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** No list is unbounded: the engine's queries ask for a page, and so do the product's own lists. */
@IntegrationTest
class PagedListsTest {

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired ObjectMapper json;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void anEngineQueryWithoutAPageOrBeyondTheLimitIsRefused() {
    assertThat(http.get("/engine-rest/task", "kfq-org", "demo").statusCode()).isEqualTo(400);
    assertThat(http.get("/engine-rest/task?maxResults=2001", "kfq-org", "demo").statusCode()).isEqualTo(400);
    assertThat(http.get("/engine-rest/task?firstResult=0&maxResults=50", "kfq-org", "demo").statusCode()).isEqualTo(200);
  }

  @Test
  void theWebappsUnpagedCallsGetTheLimitAsTheirPage() {
    http.webappLogin("tasklist", "kfq-org", "demo");

    HttpResponse<String> filters = http.get("/camunda/api/engine/engine/default/filter?resourceType=Task", null, null);

    assertThat(filters.statusCode()).isEqualTo(200);
    assertThat(filters.body()).contains("待办");
  }

  @Test
  void theWorkerListComesAPageAtATimeWithTheTotal() throws Exception {
    for (int i = 0; i < 3; i++) {
      people.activeWorker("zhangpu", "分页" + i);
    }

    HttpResponse<String> first = http.get("/api/workers?size=2", "zhangpu-org", "demo");
    HttpResponse<String> second = http.get("/api/workers?page=1&size=2", "zhangpu-org", "demo");

    assertThat(json.readTree(first.body())).hasSize(2);
    long total = Long.parseLong(first.headers().firstValue("X-Total-Count").orElseThrow());
    assertThat(total).isGreaterThanOrEqualTo(3);
    JsonNode next = json.readTree(second.body());
    assertThat(next.get(0).get("id").asLong()).isGreaterThan(json.readTree(first.body()).get(1).get("id").asLong());
  }

  @Test
  void aPageIsNeverLargerThanTwoHundred() throws Exception {
    HttpResponse<String> asked = http.get("/api/workers?size=100000", "office", "demo");

    assertThat(asked.statusCode()).isEqualTo(200);
    assertThat(json.readTree(asked.body()).size()).isLessThanOrEqualTo(200);
  }
}
