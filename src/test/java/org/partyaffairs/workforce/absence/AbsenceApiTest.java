package org.partyaffairs.workforce.absence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Absences over HTTP: 201 with what the record started, 400/403/404 refusals that write nothing. */
@IntegrationTest
class AbsenceApiTest {

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired AbsenceRepository absences;

  Http http;
  Worker worker;

  @BeforeEach
  void hire() {
    http = new Http(port);
    worker = people.activeWorker("kfq", "接口");
  }

  @Test
  void theTownOrgDeptRecordsARangeAndSeesTheYear() {
    HttpResponse<String> recorded = post("kfq-org", "{\"from\":\"2026-03-04\",\"to\":\"2026-03-11\",\"note\":\"未到岗\"}");

    assertThat(recorded.statusCode()).isEqualTo(201);
    assertThat(recorded.body()).contains("\"businessKey\":\"ABS-" + worker.getId() + "-2026-03-04\"",
        "\"recordedDays\":[\"2026-03-04\",\"2026-03-05\",\"2026-03-06\",\"2026-03-09\",\"2026-03-10\",\"2026-03-11\"]",
        "\"longestRun\":6", "\"warningProcessInstanceId\":\"");
    assertThat(http.get(path() + "?year=2026", "kfq-committee", "demo").body())
        .contains("\"longestRun\":6", "\"total\":6");
  }

  @Test
  void refusalsSayWhyAndWriteNothing() {
    assertThat(post("kfq-org", "{\"from\":\"2026-03-07\"}").body()).contains("不是工作日");
    assertThat(post("kfq-org", "{\"from\":\"2026-03-07\"}").statusCode()).isEqualTo(400);
    assertThat(post("kfq-org", "{}").body()).contains("请填写旷工日期");
    assertThat(post("kfq-org", "{\"from\":\"三月二日\"}").statusCode()).isEqualTo(400);
    assertThat(post("huaqiao-org", "{\"from\":\"2026-03-02\"}").statusCode()).isEqualTo(404);
    assertThat(post("kfq-committee", "{\"from\":\"2026-03-02\"}").statusCode()).isEqualTo(403);
    assertThat(absences.daysIn(worker.getId(), 2026)).isEmpty();
  }

  private HttpResponse<String> post(String user, String json) {
    return http.postJson(path(), user, "demo", json);
  }

  private String path() {
    return "/api/workers/" + worker.getId() + "/absences";
  }
}
