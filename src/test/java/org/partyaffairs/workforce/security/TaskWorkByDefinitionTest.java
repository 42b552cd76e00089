package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Issue 22: the town and city groups work on tasks through {@code TASK_WORK} on the process
 * definitions, with no authorization row per task, and still only the group a task is offered to
 * works on it ({@link OfferedTaskCommandChecker}). A resignation (000 第十六条) is received by the
 * town's organisation department and decided by its committee: each is refused the other's task on
 * every route that works on a task, and works its own from claim to completion. The whole matrix
 * of roles, towns and processes: {@link IsolationMatrixTest}.
 */
@IntegrationTest
class TaskWorkByDefinitionTest {

  private static final String V16 = "db/migration/V16__task_read_by_definition.sql";
  private static final String V17 = "db/migration/V17__task_work_by_definition.sql";
  private static final String DEMO = "demo";

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired AuthorizationService authorizationService;
  @Autowired IdentitySetup identitySetup;
  @Autowired DataSource dataSource;

  Http http;
  JdbcTemplate jdbc;

  @BeforeEach
  void client() {
    http = new Http(port);
    jdbc = new JdbcTemplate(dataSource);
  }

  @AfterEach
  void actAsSystem() {
    people.actAsSystem();
  }

  @Test
  void onlyTheOfferedGroupWorksATaskWithoutRowsPerTask() {
    String receipt = receiptTaskIn("kfq", "只办本组");
    assertThat(taskService.getIdentityLinksForTask(receipt)).extracting(link -> link.getGroupId())
        .containsExactly(Groups.townOrg("kfq"));
    assertThat(rowsOn(receipt)).isZero();
    String comment = taskService.createComment(receipt, null, "已电话联系").getId();

    // The committee reads the organisation department's task but works on it by no route.
    assertThat(http.get("/engine-rest/task/" + receipt, "kfq-committee", DEMO).statusCode()).isEqualTo(200);
    refusedEverything(receipt, "kfq-committee", comment);
    refusedEverything(receipt, "office", comment); // the city reads every town's task, works none of a town's
    people.actAs("kfq-committee");
    assertThatThrownBy(() -> taskService.claim(receipt, "kfq-committee")).isInstanceOf(AuthorizationException.class)
        .hasMessageContaining(Permissions.TASK_WORK.getName());
    people.actAsSystem();
    assertThat(taskService.createTaskQuery().taskId(receipt).singleResult().getAssignee()).isNull();
    assertThat(taskService.getVariable(receipt, "writtenApplicationReceived")).isNull();
    assertThat(taskService.getTaskComment(receipt, comment).getFullMessage()).isEqualTo("已电话联系");

    // The organisation department claims and receives it; the decision goes to the committee, again without a row.
    assertThat(http.postJson("/engine-rest/task/" + receipt + "/claim", "kfq-org", DEMO, "{\"userId\":\"kfq-org\"}")
        .statusCode()).isEqualTo(204);
    assertThat(http.postJson("/engine-rest/task/" + receipt + "/submit-form", "kfq-org", DEMO,
        "{\"variables\":{\"writtenApplicationReceived\":{\"value\":true}}}").statusCode()).isEqualTo(204);
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(receipt).singleResult().getDeleteReason())
        .isEqualTo("completed");
    Task decision = taskService.createTaskQuery().processInstanceId(instanceOf(receipt)).singleResult();
    assertThat(taskService.getIdentityLinksForTask(decision.getId())).extracting(link -> link.getGroupId())
        .containsExactly(Groups.townCommittee("kfq"));
    assertThat(rowsOn(decision.getId())).isZero();
    assertThat(http.postJson("/engine-rest/task/" + decision.getId() + "/claim", "kfq-org", DEMO,
        "{\"userId\":\"kfq-org\"}").statusCode()).isEqualTo(403);
    assertThat(http.postJson("/engine-rest/task/" + decision.getId() + "/claim", "kfq-committee", DEMO,
        "{\"userId\":\"kfq-committee\"}").statusCode()).isEqualTo(204);
    // The claim wrote Camunda's row for the user who holds the task, and that is the only one.
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(decision.getId())
        .list()).extracting(Authorization::getUserId).containsExactly("kfq-committee");
  }

  @Test
  void theAuthorizationTableDoesNotGrowWithTheOpenTasks() {
    List<String> workers = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      workers.add(people.activeWorker(i % 2 == 0 ? "kfq" : "zhangpu", "开单" + i).getUserId());
    }
    long tasksBefore = taskService.createTaskQuery().count();
    long rowsBefore = authorizationService.createAuthorizationQuery().count();

    List<String> tasks = workers.stream().map(this::resignationReceiptOf).toList();

    assertThat(taskService.createTaskQuery().count()).isEqualTo(tasksBefore + tasks.size());
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(rowsBefore);
    assertThat(tasks).allSatisfy(task -> assertThat(rowsOn(task)).isZero());
  }

  @Test
  void anUpgradedDatabaseEndsWithTheRowsOfAFreshOne() {
    String received = receiptTaskIn("kfq", "升级前");
    String claimed = receiptTaskIn("huaqiao", "升级中");
    taskService.claim(claimed, "huaqiao-org");
    identitySetup.setUp(); // a fresh start on what is deployed now (other tests deploy processes of their own)
    List<String> fresh = allRows();

    // As a database of V16 left it: a row per task for the candidate group (TASK_WORK; READ too where
    // V16 has yet to run), no TASK_WORK on the definitions.
    taskRow(Groups.townOrg("kfq"), received, Permissions.READ, Permissions.TASK_WORK);
    taskRow(Groups.townOrg("huaqiao"), claimed, Permissions.TASK_WORK);
    for (Authorization definition : authorizationService.createAuthorizationQuery()
        .resourceType(Resources.PROCESS_DEFINITION).hasPermission(ProcessDefinitionPermissions.TASK_WORK).list()) {
      if (definition.getGroupId() != null && !definition.getGroupId().equals(Groups.ADMINS)) {
        definition.removePermission(ProcessDefinitionPermissions.TASK_WORK);
        authorizationService.saveAuthorization(definition);
      }
    }
    assertThat(allRows()).isNotEqualTo(fresh);

    new ResourceDatabasePopulator(new ClassPathResource(V16)).execute(dataSource);
    new ResourceDatabasePopulator(new ClassPathResource(V17)).execute(dataSource);
    assertThat(rowsOn(received)).isZero();
    new ResourceDatabasePopulator(new ClassPathResource(V17)).execute(dataSource); // nothing more the second time
    identitySetup.setUp(); // the start-up after the migration

    assertThat(allRows()).isEqualTo(fresh);
    assertThat(http.postJson("/engine-rest/task/" + received + "/claim", "kfq-committee", DEMO,
        "{\"userId\":\"kfq-committee\"}").statusCode()).isEqualTo(403);
    assertThat(http.postJson("/engine-rest/task/" + received + "/claim", "kfq-org", DEMO,
        "{\"userId\":\"kfq-org\"}").statusCode()).isEqualTo(204);
  }

  /**
   * Every way of working on a task: over both HTTP APIs and the engine alias, the calls a Tasklist
   * user may make reach the engine and are refused there (403 naming TASK_WORK); the others are
   * the administrator's ({@link AdministratorRoutes}). In the engine itself, as the user (the Java
   * API bulk scoring uses), every command that checks TASK_WORK or a task's variables is refused.
   */
  private void refusedEverything(String task, String user, String comment) {
    for (String api : List.of("/engine-rest", "/engine-rest/engine/default")) {
      String at = api + "/task/" + task;
      refusedByTheEngine(http.postJson(at + "/claim", user, DEMO, "{\"userId\":\"" + user + "\"}"), "TASK_WORK");
      refusedByTheEngine(http.postJson(at + "/complete", user, DEMO, "{\"variables\":{}}"), "TASK_WORK");
      refusedByTheEngine(http.postJson(at + "/resolve", user, DEMO, "{\"variables\":{}}"), "TASK_WORK");
      refusedByTheEngine(http.postJson(at + "/submit-form", user, DEMO,
          "{\"variables\":{\"writtenApplicationReceived\":{\"value\":true}}}"), "TASK_WORK");
      refused(http.postJson(at + "/bpmnError", user, DEMO, "{\"errorCode\":\"Error_Any\"}"));
      refused(http.postJson(at + "/bpmnEscalation", user, DEMO, "{\"escalationCode\":\"Escalation_Any\"}"));
      refused(http.putJson(at + "/comment", user, DEMO, "{\"id\":\"" + comment + "\",\"message\":\"改写\"}"));
      refused(http.send("DELETE", at + "/comment/" + comment, user, DEMO, null));
      for (String scope : List.of("variables", "localVariables")) {
        refused(http.postJson(at + "/" + scope, user, DEMO,
            "{\"modifications\":{\"writtenApplicationReceived\":{\"value\":true}}}"));
        refused(http.putJson(at + "/" + scope + "/writtenApplicationReceived", user, DEMO, "{\"value\":true}"));
        refused(http.send("DELETE", at + "/" + scope + "/workerName", user, DEMO, null));
      }
    }
    Http tasklist = new Http(port);
    assertThat(tasklist.webappLogin("tasklist", user, DEMO).statusCode()).isEqualTo(200);
    refusedByTheEngine(tasklist.webappSend("POST", "/camunda/api/engine/engine/default/task/" + task + "/claim",
        "{\"userId\":\"" + user + "\"}"), "TASK_WORK");
    refusedByTheEngine(tasklist.webappSend("POST", "/camunda/api/engine/engine/default/task/" + task + "/submit-form",
        "{\"variables\":{\"writtenApplicationReceived\":{\"value\":true}}}"), "TASK_WORK");

    people.actAs(user);
    try {
      Map<String, Object> received = Map.of("writtenApplicationReceived", true);
      List<ThrowingCallable> work = List.of(() -> taskService.claim(task, user), () -> taskService.complete(task),
          () -> taskService.complete(task, received), () -> taskService.resolveTask(task),
          () -> formService.submitTaskForm(task, received),
          () -> taskService.handleBpmnError(task, "Error_Any"), () -> taskService.handleEscalation(task, "Escalation_Any"),
          () -> taskService.updateTaskComment(task, comment, "改写"), () -> taskService.deleteTaskComment(task, comment),
          () -> taskService.deleteTaskComments(task));
      work.forEach(call -> assertThatThrownBy(call).isInstanceOf(AuthorizationException.class)
          .hasMessageContaining("'TASK_WORK' permission on resource '" + task + "' of type 'Task'"));
      List<ThrowingCallable> variables = List.of(() -> taskService.setVariable(task, "writtenApplicationReceived", true),
          () -> taskService.setVariables(task, received), () -> taskService.setVariableLocal(task, "receiptNote", "x"),
          () -> taskService.setVariablesLocal(task, received), () -> taskService.removeVariable(task, "workerName"),
          () -> taskService.removeVariableLocal(task, "workerName"), () -> taskService.removeVariables(task, List.of("reason")));
      variables.forEach(call -> assertThatThrownBy(call).isInstanceOf(AuthorizationException.class)
          .hasMessageContaining("'UPDATE_VARIABLE' permission on resource '" + task + "' of type 'Task'"));
    } finally {
      people.actAsSystem();
    }
  }

  /** Refused by the engine's authorization: the Chinese 403 of web.EngineRefusals, naming the right. */
  private static void refusedByTheEngine(HttpResponse<String> answer, String right) {
    refused(answer);
    assertThat(answer.body()).contains("您无权执行此操作", right);
  }

  private static void refused(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.request().method() + " " + answer.uri()).isEqualTo(403);
    assertThat(answer.body()).doesNotContain("does not have", "org.camunda");
  }

  private void taskRow(String group, String task, Permissions... permissions) {
    Authorization row = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    row.setGroupId(group);
    row.setResource(Resources.TASK);
    row.setResourceId(task);
    for (Permissions permission : permissions) {
      row.addPermission(permission);
    }
    authorizationService.saveAuthorization(row);
  }

  /** Every authorization, as the rule it states (its id and revision aside). */
  private List<String> allRows() {
    return jdbc.queryForList("""
        select concat(TYPE_, ' ', coalesce(GROUP_ID_, ''), ' ', coalesce(USER_ID_, ''), ' ', RESOURCE_TYPE_, ' ',
          RESOURCE_ID_, ' ', PERMS_)
        from ACT_RU_AUTHORIZATION order by 1""", String.class);
  }

  private int rowsOn(String task) {
    return jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION where RESOURCE_ID_ = ?", Integer.class, task);
  }

  private String instanceOf(String task) {
    return historyService.createHistoricTaskInstanceQuery().taskId(task).singleResult().getProcessInstanceId();
  }

  /** A resignation of a new worker of the town, at the organisation department's receipt. */
  private String receiptTaskIn(String town, String name) {
    return resignationReceiptOf(people.activeWorker(town, name).getUserId());
  }

  private String resignationReceiptOf(String worker) {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("ResignationProcess")
        .latestVersion().singleResult().getId();
    people.actAs(worker);
    ProcessInstance instance = formService.submitStartForm(definitionId,
        Map.of("reason", "个人原因", "lastWorkingDay", LocalDate.now().plusDays(30).toString()));
    people.actAsSystem();
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }
}
