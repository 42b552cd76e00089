package org.partyaffairs.workforce.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 28 item 3: {@code /api} describes itself. Every endpoint the application maps under
 * {@code /api} is in the description with a Chinese summary and the refusals it may answer; a new
 * endpoint without one fails here. The description is for logged-in users only.
 */
@IntegrationTest
class ApiDescriptionTest {

  @LocalServerPort int port;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  @Autowired ObjectMapper json;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void everyEndpointUnderApiIsDescribedWithAChineseSummaryAndItsRefusals() throws Exception {
    HttpResponse<String> response = http.get("/api/openapi", "kfq-org", "demo");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode paths = json.readTree(response.body()).path("paths");

    List<String> missing = new ArrayList<>();
    int endpoints = 0;
    for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
      for (String pattern : mapping.getKey().getPatternValues()) {
        if (!pattern.startsWith("/api/") || mapping.getValue().getBeanType().getName().startsWith("org.springdoc.")) {
          continue;
        }
        for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
          endpoints++;
          JsonNode operation = paths.path(pattern).path(method.name().toLowerCase());
          String where = method + " " + pattern + " (" + mapping.getValue().getShortLogMessage() + ")";
          if (operation.isMissingNode()) {
            missing.add(where + ": not in the description");
          } else if (!operation.path("summary").asText().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)) {
            missing.add(where + ": no Chinese summary (@Operation(summary = \"…\"))");
          } else if (!operation.path("responses").has("400") || !operation.path("responses").has("404")) {
            missing.add(where + ": the shared refusals are not listed");
          }
        }
      }
    }
    assertThat(endpoints).as("endpoints found under /api").isGreaterThan(30);
    assertThat(missing).isEmpty();
  }

  @Test
  void theDescriptionAndItsPageAreForLoggedInUsersOnly() {
    assertThat(http.get("/api/openapi", null, null).statusCode()).isEqualTo(401);
    // Not a real account: a wrong password delays that account's next login by seconds.
    assertThat(http.get("/api/openapi", "no-such-reader", "wrong").statusCode()).isEqualTo(401);
    assertThat(http.get("/api/docs", null, null).statusCode()).isEqualTo(401);

    HttpResponse<String> page = http.get("/api/docs", "kfq-org", "demo");
    assertThat(page.statusCode()).isEqualTo(302);
    String location = page.headers().firstValue("Location").orElseThrow();
    assertThat(location).endsWith("/api/swagger-ui/index.html");
    assertThat(http.get("/api/swagger-ui/index.html", null, null).statusCode()).isEqualTo(401);
    HttpResponse<String> ui = http.get("/api/swagger-ui/index.html", "kfq-org", "demo");
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.body()).contains("swagger-ui");
  }

  @Test
  void theDescriptionNamesTheLoginAndTheRefusalsBodyInChinese() throws Exception {
    JsonNode api = json.readTree(http.get("/api/openapi", "office", "demo").body());

    assertThat(api.path("info").path("title").asText()).isEqualTo("专职党务工作者全周期管理 · 产品接口");
    assertThat(api.path("components").path("securitySchemes").path("basic").path("scheme").asText()).isEqualTo("basic");
    assertThat(api.path("components").path("schemas").path("Refusal").path("properties").has("field"))
        .as(api.path("components").toString()).isTrue();
    assertThat(api.path("paths").path("/api/workers/{id}").path("get").path("responses").path("404")
        .path("description").asText()).contains("不在本人可见范围内");
  }
}
