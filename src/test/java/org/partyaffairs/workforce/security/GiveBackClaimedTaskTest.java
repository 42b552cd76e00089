package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Whoever holds a task may give it back (取消认领), and nobody else may take it from them that way. */
@IntegrationTest
class GiveBackClaimedTaskTest {

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void theApproverWhoClaimedATaskGivesItBackInTasklist() {
    Task receipt = resignationReceipt("归还甲");
    http.webappLogin("tasklist", "kfq-org", "demo");
    assertThat(http.webappPostJson(webapp(receipt) + "/claim", "{\"userId\":\"kfq-org\"}").statusCode()).isEqualTo(204);

    assertThat(http.webappPostJson(webapp(receipt) + "/unclaim", "{}").statusCode()).isEqualTo(204);

    assertThat(taskService.createTaskQuery().taskId(receipt.getId()).singleResult().getAssignee()).isNull();
    assertThat(historyService.createUserOperationLogQuery().taskId(receipt.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_ASSIGN).list())
        .extracting(UserOperationLogEntry::getUserId).contains("kfq-org");
  }

  @Test
  void anotherMemberCannotTakeAClaimedTaskAwayByUnclaimingIt() {
    Task receipt = resignationReceipt("归还乙");
    assertThat(http.postJson("/engine-rest/task/" + receipt.getId() + "/claim", "kfq-org", "demo",
        "{\"userId\":\"kfq-org\"}").statusCode()).isEqualTo(204);

    assertThat(http.postJson("/engine-rest/task/" + receipt.getId() + "/unclaim", "kfq-committee", "demo", "{}")
        .statusCode()).isBetween(403, 404);
    assertThat(http.postJson("/engine-rest/task/" + receipt.getId() + "/unclaim", "huaqiao-org", "demo", "{}")
        .statusCode()).isBetween(403, 404);

    assertThat(taskService.createTaskQuery().taskId(receipt.getId()).singleResult().getAssignee()).isEqualTo("kfq-org");
  }

  private Task resignationReceipt(String name) {
    String instance = forms.start("ResignationProcess", people.activeWorker("kfq", name).getUserId(),
        Map.of("reason", "个人原因", "lastWorkingDay", LocalDate.now().plusDays(30).toString())).getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult();
  }

  private static String webapp(Task task) {
    return "/camunda/api/engine/engine/default/task/" + task.getId();
  }
}
