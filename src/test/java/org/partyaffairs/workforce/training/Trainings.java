package org.partyaffairs.workforce.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.partyaffairs.workforce.support.Http;

/** Test fixture: trainings registered over HTTP as the city office does, each with a title of its own. */
final class Trainings {

  static final String OFFICE = "office";
  static final String PASSWORD = "demo";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final Http http;
  private final ObjectMapper json = new ObjectMapper();

  Trainings(Http http) {
    this.http = http;
  }

  /** A 任前培训 with a test (pass mark 60) in March 2026; returns its id. */
  long prePost() {
    return register("PRE_POST", "60");
  }

  /** A regular training without a test. */
  long regular() {
    return register("REGULAR", null);
  }

  long register(String kind, String passMark) {
    String title = "2026年第" + SEQUENCE.incrementAndGet() + "期" + (kind.equals("PRE_POST") ? "任前培训" : "学习交流");
    HttpResponse<String> answer = http.postJson("/api/trainings", OFFICE, PASSWORD, "{\"kind\": \"" + kind
        + "\", \"title\": \"" + title + "\", \"startsOn\": \"2026-03-02\", \"endsOn\": \"2026-03-06\","
        + " \"organiser\": \"市委“两新”工委办公室\"" + (passMark == null ? "" : ", \"passMark\": " + passMark) + "}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return read(answer).get("id").asLong();
  }

  JsonNode read(HttpResponse<String> answer) {
    try {
      return json.readTree(answer.body());
    } catch (Exception e) {
      throw new AssertionError(answer.body(), e);
    }
  }

  static void assertRefused(HttpResponse<?> response, int status, String words) {
    String body = response.body() instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
        : String.valueOf(response.body());
    assertThat(response.statusCode()).as(body).isEqualTo(status);
    assertThat(body).contains(words).doesNotContain("Exception", "org.partyaffairs", "java.");
    assertThat(body).containsPattern("[\\u4e00-\\u9fa5]");
  }
}
