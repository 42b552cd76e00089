package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.notice.PublishedNotices;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Jobs, start options, modifications and the Cockpit plugin API are administrators' (issue 20,
 * findings 3 and 4, and the Cockpit plugin API of finding 6): anyone else is refused before the
 * engine acts, alike whether the object exists or not, and the administrator still can.
 */
@IntegrationTest
class AdministratorRoutesTest {

  @LocalServerPort int port;
  @Autowired PublishedNotices notices;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired People people;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void anotherTownsTimerKeepsItsRetriesAfterRefusedExecutions() {
    Job timer = noticeTimerIn("huaqiao");

    for (int attempt = 0; attempt < 3; attempt++) {
      HttpResponse<String> refused = http.postJson("/engine-rest/job/" + timer.getId() + "/execute", "kfq-org", "demo",
          "");
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).contains("系统管理员");
    }

    Job after = managementService.createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(timer.getRetries());
    assertThat(after.getExceptionMessage()).isNull();
  }

  @Test
  void aWriteToAnotherTownsJobAnswersLikeAWriteToAJobThatDoesNotExist() {
    Job timer = noticeTimerIn("huaqiao");

    HttpResponse<String> existing = http.putJson("/engine-rest/job/" + timer.getId() + "/retries", "kfq-org", "demo",
        "{\"retries\":0}");
    HttpResponse<String> missing = http.putJson("/engine-rest/job/no-such-job/retries", "kfq-org", "demo",
        "{\"retries\":0}");

    assertThat(existing.statusCode()).isEqualTo(missing.statusCode()).isEqualTo(403);
    assertThat(existing.body()).isEqualTo(missing.body());
  }

  @Test
  void theAdministratorStillManagesJobs() {
    Job timer = noticeTimerIn("kfq");

    assertThat(http.putJson("/engine-rest/job/" + timer.getId() + "/retries", "admin", "demo", "{\"retries\":5}")
        .statusCode()).isEqualTo(204);
    assertThat(managementService.createJobQuery().jobId(timer.getId()).singleResult().getRetries()).isEqualTo(5);
  }

  @Test
  void aWorkerCannotStartAResignationAtItsFilingStep() {
    Worker worker = people.activeWorker("kfq", "跳步者");
    String start = "{\"variables\":{\"reason\":{\"value\":\"个人原因\"},\"lastWorkingDay\":{\"value\":\""
        + LocalDate.now().plusDays(30) + "\"}},\"startInstructions\":[{\"type\":\"startBeforeActivity\","
        + "\"activityId\":\"Task_FileResignation\"}],\"skipCustomListeners\":true}";

    HttpResponse<String> refused = http.postJson("/engine-rest/process-definition/key/ResignationProcess/start",
        worker.getUserId(), "test", start);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("startInstructions", "第一步");
    assertThat(historyService.createHistoricProcessInstanceQuery().startedBy(worker.getUserId()).count()).isZero();
  }

  @Test
  void processInstanceModificationAndRestartAreRefusedToTownUsers() {
    String instance = notices.publish("kfq", "modification-" + System.nanoTime()).getId();

    assertThat(http.postJson("/engine-rest/process-instance/" + instance + "/modification", "kfq-org", "demo",
        "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Event_NoticePeriodElapsed\"}]}").statusCode())
        .isEqualTo(403);
    assertThat(http.postJson("/engine-rest/process-definition/key/PublicNoticeProcess/restart", "kfq-org", "demo",
        "{\"processInstanceIds\":[\"" + instance + "\"],\"instructions\":[]}").statusCode()).isEqualTo(403);
  }

  @Test
  void theCockpitPluginApiAnswersAdministratorsOnly() {
    String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count";
    Http town = new Http(port);
    town.webappLogin("tasklist", "kfq-org", "demo");
    Http admin = new Http(port);
    admin.webappLogin("cockpit", "admin", "demo");

    HttpResponse<String> refused = town.webappGet(statistics);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("系统管理员");
    assertThat(admin.webappGet(statistics).statusCode()).isEqualTo(200);
  }

  private Job noticeTimerIn(String town) {
    String instance = notices.publish(town, "timer-" + System.nanoTime()).getId();
    return managementService.createJobQuery().processInstanceId(instance).singleResult();
  }
}
