package org.partyaffairs.workforce.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Notices and objections over HTTP: 201/200 for a new and a repeated objection, 400/404/409 refusals. */
@IntegrationTest
class NoticeApiTest {

  @LocalServerPort int port;
  @Autowired PublishedNotices published;

  Http http;
  Notice notice;

  @BeforeEach
  void publish() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-01T02:00:00Z")));
    http = new Http(port);
    notice = published.of(published.publish("kfq", "api").getId());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anObjectionIsCreatedOnceForTheSameIdempotencyKeyAndTheObjectorSeesIt() {
    String body = "{\"entryId\":" + entryId() + ",\"grounds\":\"评分偏低\"}";

    HttpResponse<String> first = object(notice.getId(), body, "key-1");
    HttpResponse<String> again = object(notice.getId(), body, "key-1");

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(idOf(again.body())).isEqualTo(idOf(first.body()));
    assertThat(http.get("/api/notices/" + notice.getId(), "kfq-worker", "demo").body())
        .contains("\"objector\":\"kfq-worker\"", "\"statusLabel\":\"调查核实中\"");
  }

  @Test
  void badObjectionsAreRefusedWithTheRightStatusAndNothingRecorded() {
    assertThat(object(notice.getId(), "{\"entryId\":" + entryId() + ",\"grounds\":\"  \"}", null).statusCode())
        .isEqualTo(400);
    assertThat(object(notice.getId(), "{\"entryId\":999999,\"grounds\":\"理由\"}", null).statusCode()).isEqualTo(404);
    assertThat(object(999999L, "{\"entryId\":1,\"grounds\":\"理由\"}", null).statusCode()).isEqualTo(404);

    ClockUtil.setCurrentTime(Date.from(notice.getClosesAt().plusSeconds(1)));
    assertThat(object(notice.getId(), "{\"entryId\":" + entryId() + ",\"grounds\":\"理由\"}", null).statusCode())
        .isEqualTo(409);
    assertThat(http.get("/api/notices/" + notice.getId(), "kfq-org", "demo").body()).contains("\"objections\":[]");
  }

  @Test
  void noticesAreListedForTheirTownOnly() {
    // A notice starts {"id":…,"title":…}; its entries and objections have ids of their own.
    String listed = "\"id\":" + notice.getId() + ",\"title\"";
    assertThat(http.get("/api/notices", "kfq-org", "demo").body()).contains(listed);
    assertThat(http.get("/api/notices", "huaqiao-org", "demo").body()).doesNotContain(listed);
    assertThat(http.get("/api/notices/" + notice.getId(), "huaqiao-org", "demo").statusCode()).isEqualTo(404);
  }

  /** As a client finds it: the first entry of the notice read over the API. */
  private String entryId() {
    String body = http.get("/api/notices/" + notice.getId(), "kfq-worker", "demo").body();
    return body.replaceAll("^.*\"entries\":\\[\\{\"id\":(\\d+),.*$", "$1");
  }

  private HttpResponse<String> object(Long noticeId, String body, String key) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/notices/"
            + noticeId + "/objections"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("kfq-worker:demo".getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String idOf(String json) {
    return json.replaceAll("^\\{\"id\":(\\d+),.*$", "$1");
  }
}
