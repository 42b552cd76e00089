package org.partyaffairs.workforce.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.shared.Quarter;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What people read of quarterly reports over HTTP: the decision {@code quarterly-ordinary-score} with
 * its explanation (001 第十八条(三), 第二十一条), a worker's reports, and the dossier's section of them.
 */
@IntegrationTest
class QuarterlyReportApiTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired People people;
  @Autowired Forms forms;

  private Http http;

  @BeforeEach
  void client() {
    init(engine);
    http = new Http(port);
  }

  @Test
  void theDecisionAnswersTheOrdinaryScoreNamesTheMissingQuarterAndCitesItsArticles() {
    HttpResponse<String> answer = http.postJson("/api/decisions/quarterly-ordinary-score", "office", "demo",
        "{\"q1\": 88, \"q2\": 92.5, \"q3\": null, \"q4\": 70}");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body()).contains("\"ordinary\":83.50", "\"missingQuarters\":[\"第三季度\"]", "\"manual\":false",
        "\"article\":\"001 第十八条(三), 第二十一条\"", "\"article\":\"001 第十八条(三)\"");

    HttpResponse<String> refused = http.postJson("/api/decisions/quarterly-ordinary-score", "office", "demo",
        "{\"q1\": 101}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("q1").doesNotContain("Exception");
  }

  @Test
  void theWorkersReportsAndTheDossierShowTheScoredQuarter() {
    Worker worker = people.activeWorker("kfq", "档案季度");
    Quarter quarter = new Quarter(2025, 2);
    ProcessInstance instance = runtime.startProcessInstanceByKey(QuarterlyReportProcessVariables.PROCESS_KEY,
        QuarterlyReport.businessKey(worker.getId(), quarter), Map.of("workerId", worker.getId(), "quarter", quarter.code()));
    forms.complete(task(instance), worker.getUserId(), QuarterlyReportProcessTest.report());
    forms.complete(task(instance), "kfq-org", Map.of("quarterlyScore", 86, "scoreComment", "完成换届"));

    HttpResponse<String> reports = http.get("/api/workers/" + worker.getId() + "/quarterly-reports", worker.getUserId(),
        "test");
    assertThat(reports.statusCode()).as(reports.body()).isEqualTo(200);
    assertThat(reports.body()).contains("\"quarter\":\"2025Q2\"", "\"quarterLabel\":\"2025年第二季度\"", "\"score\":86.00",
        "\"statusLabel\":\"已评定\"", "完成3个党支部换届");

    HttpResponse<String> dossier = http.get("/api/workers/" + worker.getId() + "/dossier?size=200", "kfq-org", "demo");
    assertThat(dossier.statusCode()).as(dossier.body()).isEqualTo(200);
    assertThat(dossier.body()).contains("季度工作汇报与季度考核", "2025年第二季度考核成绩 86.00 分，评语：完成换届",
        "001 第十八条(三)");
  }
}
