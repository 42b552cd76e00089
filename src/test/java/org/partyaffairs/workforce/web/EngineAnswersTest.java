package org.partyaffairs.workforce.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyaffairs.workforce.web.ApiAnswersTest.assertRefusedInChinese;
import static org.partyaffairs.workforce.web.ApiAnswersTest.nested;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine REST API and the webapps' engine API answer a refusal as Camunda does in shape
 * ({@code {"type", "message"}}) but with a 4xx and a Chinese sentence: a start the application
 * refuses, a body Jackson cannot read, a parameter Camunda refuses.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class EngineAnswersTest {

  static final String RESIGNATION_START = "process-definition/key/ResignationProcess/start";
  static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default/";

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired HistoryService history;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @AfterEach
  void actAsSystem() {
    people.actAsSystem();
  }

  @Test
  void aStartRefusedByTheApplicationAnswers400WithOnlyItsOwnSentence() {
    Worker worker = people.activeWorker("kfq", "应答甲");
    assertThat(http.postJson("/engine-rest/" + RESIGNATION_START, worker.getUserId(), "test", resignation())
        .statusCode()).isEqualTo(200);
    long instances = history.createHistoricProcessInstanceQuery().count();

    HttpResponse<String> again = http.postJson("/engine-rest/" + RESIGNATION_START, worker.getUserId(), "test",
        resignation());

    assertRefusedInChinese(again, 400);
    assertThat(again.body()).isEqualTo(
        "{\"type\":\"InvalidRequest\",\"message\":\"工作者 应答甲 已有办理中的辞职申请\"}");
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void theWebappsApiAnswersARefusedStartTheSameWay() {
    Worker worker = people.activeWorker("kfq", "应答乙");
    http.postJson("/engine-rest/" + RESIGNATION_START, worker.getUserId(), "test", resignation());
    http.webappLogin("tasklist", worker.getUserId(), "test");

    HttpResponse<String> again = http.webappPostJson(WEBAPP_ENGINE + RESIGNATION_START, resignation());

    assertRefusedInChinese(again, 400);
    assertThat(again.body()).contains("\"message\":\"工作者 应答乙 已有办理中的辞职申请\"");
  }

  @Test
  void aRefusedStartIsLoggedAsOneWarnLineAndNoEngineStackTrace(CapturedOutput output) {
    Worker worker = people.activeWorker("kfq", "应答丙");
    http.postJson("/engine-rest/" + RESIGNATION_START, worker.getUserId(), "test", resignation());
    int before = output.getAll().length();

    http.postJson("/engine-rest/" + RESIGNATION_START, worker.getUserId(), "test", resignation());

    String logged = output.getAll().substring(before);
    assertThat(logged.lines().filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")))
        .singleElement().asString().contains("Refused POST /engine-rest/" + RESIGNATION_START + " 400");
    assertThat(logged).doesNotContain("ENGINE-16004", "\tat ");
  }

  @Test
  void jsonNestedDeeperThanSixtyFourLevelsIsRefusedOnBothEngineApis() {
    HttpResponse<String> rest = http.postJson("/engine-rest/process-instance?maxResults=1", "office", "demo",
        nested(65));
    http.webappLogin("tasklist", "office", "demo");
    HttpResponse<String> webapp = http.webappPostJson(WEBAPP_ENGINE + "process-instance?maxResults=1", nested(65));

    assertRefusedInChinese(rest, 400);
    assertRefusedInChinese(webapp, 400);
    assertThat(rest.body()).contains("嵌套超过 64 层");
    assertThat(webapp.body()).contains("嵌套超过 64 层");
    assertThat(http.postJson("/engine-rest/process-instance?maxResults=1", "office", "demo", "{\"variables\":[]}")
        .statusCode()).isEqualTo(200);
  }

  @Test
  void contentAfterTheJsonBodyIsRefusedByTheEngineRestApi() {
    HttpResponse<String> response = http.postJson("/engine-rest/process-instance?maxResults=1", "office", "demo",
        "{} {\"suspended\":true}");

    assertRefusedInChinese(response, 400);
    assertThat(response.body()).contains("JSON 之后还有其他内容");
  }

  @Test
  void aValueOfTheWrongTypeIsRefusedNamingTheFieldInChinese() {
    HttpResponse<String> bool = http.postJson("/engine-rest/process-instance?maxResults=1", "office", "demo",
        "{\"suspended\":\"abc\"}");
    HttpResponse<String> date = http.postJson("/engine-rest/task?maxResults=1", "office", "demo",
        "{\"createdBefore\":\"昨天\"}");
    HttpResponse<String> malformed = http.postJson("/engine-rest/task?maxResults=1", "office", "demo",
        "{\"active\":");

    assertRefusedInChinese(bool, 400);
    assertThat(bool.body()).contains("suspended", "应为 true 或 false");
    assertRefusedInChinese(date, 400);
    assertThat(date.body()).contains("createdBefore", "应为日期");
    assertRefusedInChinese(malformed, 400);
  }

  @Test
  void camundasOwnBadRequestNamesNoJavaClass() {
    HttpResponse<String> response = http.get("/engine-rest/task?maxResults=1&createdAfter=notadate", "office",
        "demo");

    assertRefusedInChinese(response, 400);
  }

  @Test
  void anUnpagedQueryIsToldInChineseToAskForAPage() {
    HttpResponse<String> unpaged = http.get("/engine-rest/task", "office", "demo");
    HttpResponse<String> tooLarge = http.get("/engine-rest/task?firstResult=0&maxResults=5000", "office", "demo");

    assertRefusedInChinese(unpaged, 400);
    assertThat(unpaged.body()).contains("查询必须分页").doesNotContain("unbound");
    assertRefusedInChinese(tooLarge, 400);
    assertThat(tooLarge.body()).contains("每页最多 2000 条").doesNotContain("exceeded");
  }

  private static String resignation() {
    return "{\"variables\":{\"reason\":{\"value\":\"个人原因\"},\"lastWorkingDay\":{\"value\":\""
        + LocalDate.now().plusDays(30) + "\"}}}";
  }

  @Test
  void theEnginesRefusalForAMissingRightIsTold403InChinese() {
    Worker worker = people.activeWorker("kfq", "应答权");
    String instance = http.postJson("/engine-rest/" + RESIGNATION_START, worker.getUserId(), "test", resignation())
        .body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    String task = http.get("/engine-rest/task?maxResults=1&processInstanceId=" + instance, "kfq-org", "demo").body()
        .replaceAll("^\\[\\{\"id\":\"([^\"]+)\".*", "$1");

    HttpResponse<String> refused = http.postJson("/engine-rest/task/" + task + "/claim", "kfq-committee", "demo",
        "{\"userId\":\"kfq-committee\"}");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("您无权执行此操作", "TASK_WORK").doesNotContain("does not have");
  }
}
