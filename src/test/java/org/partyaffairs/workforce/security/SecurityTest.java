package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Security from outside, over HTTP: authentication, town isolation and who may open which webapp. */
@IntegrationTest
class SecurityTest {

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired IdentitySetup identitySetup;

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
  void theEngineRestApiAndTheProductApiRequireAUser() {
    assertThat(http.get("/engine-rest/task", null, null).statusCode()).isEqualTo(401);
    assertThat(http.get("/engine-rest/process-instance", null, null).statusCode()).isEqualTo(401);
    assertThat(http.get("/api/workers", null, null).statusCode()).isEqualTo(401);
    assertThat(http.get("/engine-rest/task?maxResults=50", "kfq-org", "demo").statusCode()).isEqualTo(200);
    // After a wrong password the engine makes the user wait before the next try (login delay).
    assertThat(http.get("/engine-rest/task", "zhangpu-committee", "wrong").statusCode()).isEqualTo(401);
  }

  @Test
  void onlyTheEngineListStaysOpen() {
    assertThat(http.get("/engine-rest/engine", null, null).statusCode()).isEqualTo(200);
  }

  @Test
  void aTownUserCannotListReadOrCompleteAnotherTownsTask() {
    String huaqiaoTask = receiptTaskOf(people.activeWorker("huaqiao", "华甲"));

    assertThat(http.get("/engine-rest/task?maxResults=1000", "kfq-org", "demo").body()).doesNotContain(huaqiaoTask);
    assertThat(http.get("/engine-rest/task/" + huaqiaoTask, "kfq-org", "demo").statusCode()).isEqualTo(404);
    assertThat(http.get("/engine-rest/task/" + huaqiaoTask + "/form-variables", "kfq-org", "demo").statusCode())
        .isEqualTo(404);
    assertThat(http.postJson("/engine-rest/task/" + huaqiaoTask + "/claim", "kfq-org", "demo",
        "{\"userId\":\"kfq-org\"}").statusCode()).isEqualTo(404);
    assertThat(http.postJson("/engine-rest/task/" + huaqiaoTask + "/complete", "kfq-org", "demo",
        "{\"variables\":{\"writtenApplicationReceived\":{\"value\":true}}}").statusCode()).isEqualTo(404);

    assertThat(taskService.createTaskQuery().taskId(huaqiaoTask).singleResult()).isNotNull();
    assertThat(http.get("/engine-rest/task?maxResults=1000", "huaqiao-org", "demo").body()).contains(huaqiaoTask);
  }

  @Test
  void cityRolesSeeEveryTownsWork() {
    String huaqiaoTask = receiptTaskOf(people.activeWorker("huaqiao", "华乙"));
    String zhangpuTask = receiptTaskOf(people.activeWorker("zhangpu", "张丙"));

    String huaqiaoInstance = taskService.createTaskQuery().taskId(huaqiaoTask).singleResult().getProcessInstanceId();
    String zhangpuInstance = taskService.createTaskQuery().taskId(zhangpuTask).singleResult().getProcessInstanceId();

    String instances = "/engine-rest/process-instance?processDefinitionKey=ResignationProcess&maxResults=1000";
    assertThat(http.get(instances, "office", "demo").body()).contains(huaqiaoInstance, zhangpuInstance);
    assertThat(http.get(instances, "committee", "demo").body()).contains(huaqiaoInstance, zhangpuInstance);
    assertThat(http.get(instances, "zhangpu-org", "demo").body()).contains(zhangpuInstance).doesNotContain(huaqiaoInstance);
  }

  @Test
  void aWorkerSeesOnlyTheirOwnRecord() {
    Worker worker = people.activeWorker("kfq", "自看");
    Worker colleague = people.activeWorker("kfq", "同事");
    String user = worker.getUserId();

    assertThat(http.get("/api/workers/" + worker.getId(), user, "test").statusCode()).isEqualTo(200);
    assertThat(http.get("/api/workers/" + colleague.getId(), user, "test").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/workers/" + colleague.getId(), "kfq-org", "demo").statusCode()).isEqualTo(200);
    assertThat(http.get("/api/workers/" + colleague.getId(), "huaqiao-org", "demo").statusCode()).isEqualTo(404);
  }

  @Test
  void approversAndWorkersGetTasklistButNotCockpitOrAdmin() {
    assertThat(http.webappLogin("tasklist", "kfq-worker", "demo").statusCode()).isEqualTo(200);
    assertThat(new Http(port).webappLogin("cockpit", "kfq-worker", "demo").statusCode()).isEqualTo(403);
    assertThat(new Http(port).webappLogin("admin", "kfq-org", "demo").statusCode()).isEqualTo(403);
    assertThat(new Http(port).webappLogin("cockpit", "office", "demo").statusCode()).isEqualTo(403);
    assertThat(new Http(port).webappLogin("cockpit", "admin", "demo").statusCode()).isEqualTo(200);
  }

  @Test
  void theAdministratorIsADirectMemberOfCamundaAdmin() {
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.ADMINS).userId("admin").count()).isEqualTo(1);
  }

  @Test
  void runningTheIdentitySetupAgainAddsNothing() {
    identitySetup.setUp(); // takes in the test processes other tests deployed since start-up
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long groups = identityService.createGroupQuery().count();
    long filters = filterService.createFilterQuery().count();

    identitySetup.setUp();

    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
  }

  @Test
  void eachTownGroupHasATasklistFilterOnlyItCanRead() {
    people.actAs("kfq-org");
    assertThat(filterService.createFilterQuery().listPage(0, 100)).extracting(f -> f.getName())
        .contains("待办 · 昆山开发区组织部门", "我的任务")
        .doesNotContain("待办 · 花桥经济开发区组织部门", "待办 · 昆山开发区党（工）委");
  }

  private String receiptTaskOf(Worker worker) {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ResignationProcess")
        .latestVersion().singleResult().getId();
    people.actAs(worker.getUserId());
    ProcessInstance instance = formService.submitStartForm(definitionId,
        Map.of("reason", "个人原因", "lastWorkingDay", LocalDate.now().plusDays(30).toString()));
    people.actAsSystem();
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }
}
