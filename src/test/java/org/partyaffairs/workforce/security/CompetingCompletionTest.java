package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.AtOnce;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.support.Refusals;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two people of the same town department finish the same task: one wins, the other is told the task
 * is already done (409, who and when) instead of an engine error, and the task's records and trail
 * are written once. Two threads released by one latch, as in Camunda's CompetingJoinTest.
 */
@IntegrationTest
class CompetingCompletionTest {

  private static final String RECEIPT = "{\"variables\":{\"writtenApplicationReceived\":{\"value\":true},"
      + "\"receiptNote\":{\"value\":\"已收到书面申请\"}}}";

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired Refusals refusals;
  @Autowired TaskService taskService;
  @Autowired HistoryService history;
  @Autowired UserAccounts accounts;

  @BeforeEach
  void aSecondOrganisationDepartmentUser() {
    accounts.ensure("kfq-org-2", "周敏", "昆山开发区组织部门", "demo", Groups.townOrg("kfq"));
  }

  @Test
  void twoUsersSubmittingTheSameTaskAtOnceGetOneSuccessAndOneAlreadyDone() throws Exception {
    Worker worker = people.activeWorker("kfq", "同时办理");
    ProcessInstance resignation = resignationOf(worker);
    Task receipt = taskService.createTaskQuery().processInstanceId(resignation.getId()).singleResult();

    List<HttpResponse<String>> answers = atOnce(receipt.getId(), "kfq-org", "kfq-org-2");

    assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(204, 409);
    HttpResponse<String> late = answers.stream().filter(answer -> answer.statusCode() == 409).findFirst().orElseThrow();
    assertThat(late.body()).contains("TaskAlreadyCompleted", "已由", "办理完成，无需再次提交");
    assertWrittenOnce(worker, resignation);
  }

  @Test
  void aSubmissionAfterTheTaskWasDoneSaysWhoDidItAndWhen() {
    Worker worker = people.activeWorker("kfq", "先后办理");
    ProcessInstance resignation = resignationOf(worker);
    Task receipt = taskService.createTaskQuery().processInstanceId(resignation.getId()).singleResult();
    Http http = new Http(port);
    String path = "/engine-rest/task/" + receipt.getId() + "/submit-form";
    assertThat(http.postJson("/engine-rest/task/" + receipt.getId() + "/claim", "kfq-org", "demo",
        "{\"userId\":\"kfq-org\"}").statusCode()).isEqualTo(204);
    assertThat(http.postJson(path, "kfq-org", "demo", RECEIPT).statusCode()).isEqualTo(204);

    HttpResponse<String> late = http.postJson(path, "kfq-org-2", "demo", RECEIPT);

    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(late.body()).contains("已由 kfq-org 于", "无需再次提交");
    // Someone the task was never offered to learns nothing about it.
    assertThat(http.postJson(path, "huaqiao-org", "demo", RECEIPT).statusCode()).isEqualTo(404);
    assertWrittenOnce(worker, resignation);
  }

  @Test
  void aSubmissionAfterATaskDoneWithoutAClaimNamesWhoDidIt() {
    Worker worker = people.activeWorker("kfq", "未认领办理");
    ProcessInstance resignation = resignationOf(worker);
    Task receipt = taskService.createTaskQuery().processInstanceId(resignation.getId()).singleResult();
    Http http = new Http(port);
    String path = "/engine-rest/task/" + receipt.getId() + "/submit-form";
    assertThat(http.postJson(path, "kfq-org", "demo", RECEIPT).statusCode()).isEqualTo(204);

    HttpResponse<String> late = http.postJson(path, "kfq-org-2", "demo", RECEIPT);

    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(late.body()).contains("已由 kfq-org 于").doesNotContain("已由 kfq-org-2", "他人");
  }

  @Test
  void aTaskOneMemberClaimedIsWorkedByThemAloneUntilTheyGiveItBack() {
    Worker worker = people.activeWorker("kfq", "认领后办理");
    ProcessInstance resignation = resignationOf(worker);
    Task receipt = taskService.createTaskQuery().processInstanceId(resignation.getId()).singleResult();
    Http http = new Http(port);
    String task = "/engine-rest/task/" + receipt.getId();
    assertThat(http.postJson(task + "/claim", "kfq-org", "demo", "{\"userId\":\"kfq-org\"}").statusCode()).isEqualTo(204);

    Http tasklist = new Http(port);
    tasklist.webappLogin("tasklist", "kfq-org-2", "demo");
    for (String taken : List.of(task + "/submit-form", task + "/complete", "/engine-rest/engine/default/task/" + receipt.getId() + "/complete",
        "/camunda/api/engine/engine/default/task/" + receipt.getId() + "/submit-form")) {
      HttpResponse<String> answer = taken.startsWith("/camunda/")
          ? tasklist.webappPostJson(taken, RECEIPT) : http.postJson(taken, "kfq-org-2", "demo", RECEIPT);
      assertThat(answer.statusCode()).as(taken).isEqualTo(409);
      assertThat(answer.body()).as(taken).contains("已由 kfq-org 认领", "只有认领人可以办理").doesNotContain("ENGINE-", "Exception:");
    }
    HttpResponse<String> secondClaim = http.postJson(task + "/claim", "kfq-org-2", "demo", "{\"userId\":\"kfq-org-2\"}");
    assertThat(secondClaim.statusCode()).isEqualTo(409);
    assertThat(secondClaim.body()).contains("已由 kfq-org 认领");
    assertThat(taskService.createTaskQuery().taskId(receipt.getId()).singleResult().getAssignee()).isEqualTo("kfq-org");

    assertThat(http.postJson(task + "/submit-form", "kfq-org", "demo", RECEIPT).statusCode()).isEqualTo(204);
    assertWrittenOnce(worker, resignation);
  }

  @Test
  void twoUsersClaimingTheSameTaskAtOnceGetOneSuccessAndOneConflictInChinese() throws Exception {
    Worker worker = people.activeWorker("kfq", "同时认领");
    ProcessInstance resignation = resignationOf(worker);
    Task receipt = taskService.createTaskQuery().processInstanceId(resignation.getId()).singleResult();
    List<Callable<HttpResponse<String>>> claims = List.of("kfq-org", "kfq-org-2").stream().<Callable<HttpResponse<String>>>map(user ->
        () -> new Http(port).postJson("/engine-rest/task/" + receipt.getId() + "/claim", user, "demo",
            "{\"userId\":\"" + user + "\"}")).toList();

    List<HttpResponse<String>> answers = AtOnce.call(claims).stream().map(AtOnce.Outcome::value).toList();

    assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(204, 409);
    HttpResponse<String> lost = answers.stream().filter(answer -> answer.statusCode() == 409).findFirst().orElseThrow();
    assertThat(lost.body()).containsAnyOf("认领", "已由他人办理或认领").doesNotContain("ENGINE-", "OptimisticLocking");
    assertThat(taskService.createTaskQuery().taskId(receipt.getId()).singleResult().getAssignee()).isIn("kfq-org", "kfq-org-2");
  }

  private List<HttpResponse<String>> atOnce(String taskId, String... users) throws InterruptedException {
    List<Callable<HttpResponse<String>>> submissions = Arrays.stream(users).<Callable<HttpResponse<String>>>map(user ->
        () -> new Http(port).postJson("/engine-rest/task/" + taskId + "/submit-form", user, "demo", RECEIPT)).toList();
    return AtOnce.call(submissions).stream().map(AtOnce.Outcome::value).toList();
  }

  /** One completed receipt, one decision task after it, and no trail entry twice. */
  private void assertWrittenOnce(Worker worker, ProcessInstance resignation) {
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(resignation.getId())
        .taskDefinitionKey("Task_ReceiveResignation").finished().count()).isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceId(resignation.getId()).count()).isEqualTo(1);
    assertThat(refusals.trailOf(worker, resignation)).extracting(TrailEntry::getEvent).doesNotHaveDuplicates();
  }

  private ProcessInstance resignationOf(Worker worker) {
    return forms.start("ResignationProcess", worker.getUserId(),
        Map.of("reason", "个人原因", "lastWorkingDay", LocalDate.now().plusDays(30).toString()));
  }
}
