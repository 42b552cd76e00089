package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 22's decision on visibility: within a town the organisation department and the committee
 * each read all of the town's tasks, and only the group a task is offered to may claim and complete
 * it, with no authorization row per task ({@link TaskWorkByDefinitionTest}: every route, the rows,
 * the migrations). The whole matrix: {@link IsolationMatrixTest}.
 */
@IntegrationTest
class TownVisibilityTest {

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

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
  void theTownCommitteeReadsButCannotClaimTheOrgDepartmentsTask() {
    String task = receiptTaskIn("kfq", "可读");
    String instance = taskService.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
    assertThat(taskService.getIdentityLinksForTask(task)).extracting(link -> link.getGroupId())
        .containsExactly(Groups.townOrg("kfq"));

    // Reads: in its task list, the task itself, its form and its variables.
    assertThat(http.get("/engine-rest/task?maxResults=2000", "kfq-committee", "demo").body()).contains(task);
    assertThat(http.get("/engine-rest/task/count?candidateGroup=town-org-kfq&processInstanceId=" + instance,
        "kfq-committee", "demo").body()).contains("\"count\":1");
    assertThat(http.get("/engine-rest/task/" + task, "kfq-committee", "demo").statusCode()).isEqualTo(200);
    assertThat(http.get("/engine-rest/task/" + task + "/form-variables", "kfq-committee", "demo").statusCode())
        .isEqualTo(200);
    assertThat(http.get("/engine-rest/task/" + task + "/variables", "kfq-committee", "demo").statusCode())
        .isEqualTo(200);

    // Does not work on it: claim, complete, submit the form, write its variables.
    assertThat(http.postJson("/engine-rest/task/" + task + "/claim", "kfq-committee", "demo",
        "{\"userId\":\"kfq-committee\"}").statusCode()).isEqualTo(403);
    assertThat(http.postJson("/engine-rest/task/" + task + "/complete", "kfq-committee", "demo",
        "{\"variables\":{}}").statusCode()).isEqualTo(403);
    assertThat(http.postJson("/engine-rest/task/" + task + "/submit-form", "kfq-committee", "demo",
        "{\"variables\":{}}").statusCode()).isEqualTo(403);
    assertThat(http.postJson("/engine-rest/task/" + task + "/variables", "kfq-committee", "demo",
        "{\"modifications\":{\"writtenApplicationReceived\":{\"value\":true}}}").statusCode()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    assertThat(runtimeService.getVariable(instance, "writtenApplicationReceived")).isNull();

    // Nor may the city, which reads every town's tasks; another town and the town's workers see nothing.
    assertThat(http.get("/engine-rest/task/" + task, "office", "demo").statusCode()).isEqualTo(200);
    assertThat(http.postJson("/engine-rest/task/" + task + "/claim", "office", "demo",
        "{\"userId\":\"office\"}").statusCode()).isEqualTo(403);
    assertThat(http.get("/engine-rest/task?maxResults=2000", "huaqiao-committee", "demo").body()).doesNotContain(task);
    assertThat(http.get("/engine-rest/task/" + task, "huaqiao-org", "demo").statusCode()).isEqualTo(404);
    assertThat(http.get("/engine-rest/task?maxResults=2000", "kfq-worker", "demo").body()).doesNotContain(task);

    // The group it is offered to claims it.
    assertThat(http.postJson("/engine-rest/task/" + task + "/claim", "kfq-org", "demo",
        "{\"userId\":\"kfq-org\"}").statusCode()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("kfq-org");
  }

  /** A resignation of a new worker of the town, at the organisation department's receipt. */
  private String receiptTaskIn(String town, String name) {
    String user = people.activeWorker(town, name).getUserId();
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ResignationProcess")
        .latestVersion().singleResult().getId();
    people.actAs(user);
    ProcessInstance instance = formService.submitStartForm(definitionId,
        Map.of("reason", "个人原因", "lastWorkingDay", LocalDate.now().plusDays(30).toString()));
    people.actAsSystem();
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }
}
