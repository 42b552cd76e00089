package org.partyaffairs.workforce.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The product API's refusals of what it cannot read: 400 (413 for a body too large) with a Chinese
 * sentence, never a Java class name, never a 500, and one WARN line in the log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiAnswersTest {

  static final String GRADE = "/api/decisions/assessment-grade";

  @LocalServerPort int port;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void contentAfterTheJsonBodyIsRefused() {
    HttpResponse<String> response = http.postJson(GRADE, "office", "demo",
        "{\"policy\":\"kunshan\",\"score\":80} {\"policy\":\"kunshan\",\"score\":95}");

    assertRefusedInChinese(response, 400);
    assertThat(response.body()).contains("JSON 之后还有其他内容");
  }

  @Test
  void jsonNestedDeeperThanSixtyFourLevelsIsRefused() {
    HttpResponse<String> response = http.postJson(GRADE, "office", "demo", nested(65));

    assertRefusedInChinese(response, 400);
    assertThat(response.body()).contains("嵌套超过 64 层");
  }

  @Test
  void aValueOfTheWrongTypeIsRefusedNamingTheFieldAndNoJavaType() {
    HttpResponse<String> response = http.postJson("/api/decisions/leave-approval-tier", "office", "demo",
        "{\"days\":\"三天\"}");

    assertRefusedInChinese(response, 400);
    assertThat(response.body()).contains("\"field\":\"days\"", "应为整数");
  }

  @Test
  void anUnknownEnumValueIsRefusedNamingTheValuesAllowed() {
    HttpResponse<String> response = http.postJson("/api/decisions/excellence-quota", "office", "demo",
        "{\"cohort\":[{\"workerId\":\"w1\",\"score\":95,\"grade\":\"GOOD\"}]}");

    assertRefusedInChinese(response, 400);
    assertThat(response.body()).contains("\"field\":\"cohort[0].grade\"", "GOOD", "EXCELLENT");
  }

  @Test
  void aPathVariableOfTheWrongTypeIsRefusedInChinese() {
    HttpResponse<String> response = http.get("/api/campaigns/abc", "office", "demo");

    assertRefusedInChinese(response, 400);
    assertThat(response.body()).contains("id", "应为整数");
  }

  @Test
  void aBodyLargerThanTheLimitIsRefusedWith413() {
    String large = "{\"policy\":\"kunshan\",\"note\":\"" + "长".repeat(400_000) + "\"}"; // 1.2 MB in UTF-8

    assertRefusedInChinese(http.postJson(GRADE, "office", "demo", large), 413);
    assertRefusedInChinese(http.postJson("/engine-rest/process-instance?maxResults=1", "office", "demo", large), 413);
  }

  @Test
  void aRefusalIsLoggedAsOneWarnLineWithoutAStackTrace(CapturedOutput output) {
    int before = output.getAll().length();

    http.postJson(GRADE, "office", "demo", "{\"policy\":\"kunshan\",\"score\":80} trailing");

    String logged = output.getAll().substring(before);
    assertThat(logged.lines().filter(line -> line.contains("Refused POST " + GRADE + " 400"))).hasSize(1);
    assertThat(logged.lines().filter(line -> line.contains(" WARN ") || line.contains(" ERROR "))).hasSize(1);
    assertThat(logged).doesNotContain("\tat ", "Exception");
  }

  static String nested(int depth) {
    return "{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
  }

  /** The status, and a message in Chinese that names no Java class (the engine's "type" is Camunda's shape). */
  static void assertRefusedInChinese(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    Matcher message = Pattern.compile("\"message\":\"([^\"]*)\"").matcher(response.body());
    assertThat(message.find()).as(response.body()).isTrue();
    assertThat(message.group(1)).containsPattern("\\p{IsHan}").doesNotContain("java.", "`", "Exception", "Cannot ");
    assertThat(Refusal.namesJavaClass(message.group(1))).as(message.group(1)).isFalse();
  }
}
