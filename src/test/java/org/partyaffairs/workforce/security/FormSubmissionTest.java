package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.support.Refusals;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A forged submission, over REST or the webapps' API, is refused and changes nothing: variables the
 * form does not have, a read-only field changed, a decision outside its choices, another town's
 * worker, or process variables written through the task.
 */
@IntegrationTest
class FormSubmissionTest {

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired Refusals refusals;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired Clock clock;

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
  void aRoutingVariableTheFormDoesNotHaveIsRefusedAndNothingChanges() {
    Worker worker = people.activeWorker("kfq", "伪造甲");
    Task receipt = receiptOf(resignationOf(worker));

    HttpResponse<String> forged = http.postJson("/engine-rest/task/" + receipt.getId() + "/submit-form", "kfq-org",
        "demo", "{\"variables\":{\"writtenApplicationReceived\":{\"value\":true},"
            + "\"resignationAgreed\":{\"value\":true},\"decision\":{\"value\":\"AGREE\"}}}");

    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("表单没有这些字段", "resignationAgreed", "decision");
    assertUntouched(receipt, "resignationAgreed", "decision");
  }

  @Test
  void aReadOnlyFieldMayComeBackOnlyWithTheValueItShowed() {
    Worker worker = people.activeWorker("kfq", "伪造乙");
    Task receipt = receiptOf(resignationOf(worker));
    String path = "/engine-rest/task/" + receipt.getId() + "/submit-form";

    HttpResponse<String> forged = http.postJson(path, "kfq-org", "demo", "{\"variables\":{"
        + "\"writtenApplicationReceived\":{\"value\":true},\"workerName\":{\"value\":\"别人\"}}}");

    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("只读字段不能修改", "workerName");
    assertUntouched(receipt);
    assertThat(taskService.getVariable(receipt.getId(), "workerName")).isEqualTo("伪造乙");
    assertThat(http.postJson(path, "kfq-org", "demo", "{\"variables\":{\"writtenApplicationReceived\":{\"value\":true},"
        + "\"workerName\":{\"value\":\"伪造乙\"}}}").statusCode()).isEqualTo(204);
  }

  @Test
  void theWebappsApiRefusesAVariableTheFormDoesNotHaveToo() {
    Worker worker = people.activeWorker("kfq", "伪造丙");
    Task receipt = receiptOf(resignationOf(worker));
    http.webappLogin("tasklist", "kfq-org", "demo");

    HttpResponse<String> forged = http.webappPostJson("/camunda/api/engine/engine/default/task/" + receipt.getId()
        + "/submit-form", "{\"variables\":{\"writtenApplicationReceived\":{\"value\":true},"
        + "\"resignationAgreed\":{\"value\":true}}}");

    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("resignationAgreed");
    assertUntouched(receipt, "resignationAgreed");
  }

  @Test
  void aDecisionOutsideItsChoicesIsRefusedByTheServer() {
    Worker worker = people.activeWorker("kfq", "伪造丁");
    ProcessInstance resignation = resignationOf(worker);
    forms.complete(receiptOf(resignation), "kfq-org", Map.of("writtenApplicationReceived", true));
    Task decision = taskService.createTaskQuery().processInstanceId(resignation.getId()).singleResult();
    int trail = refusals.trailOf(worker, resignation).size();

    HttpResponse<String> forged = http.postJson("/engine-rest/task/" + decision.getId() + "/submit-form",
        "kfq-committee", "demo", "{\"variables\":{\"decision\":{\"value\":\"MAYBE\"}}}");

    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("MAYBE");
    assertUntouched(decision);
    assertThat(refusals.trailOf(worker, resignation)).hasSize(trail);
  }

  /** The select of 登记旷工, 告诫 and 解聘 submits the worker's id as text: another town's is refused all the same. */
  @Test
  void anotherTownsWorkerChosenByIdIsRefusedInEveryStartFormThatNamesAWorker() {
    Worker huaqiao = people.activeWorker("huaqiao", "伪造癸");
    long instances = history.createHistoricProcessInstanceQuery().count();
    String id = "\"" + huaqiao.getId() + "\"";

    HttpResponse<String> absence = http.postJson("/engine-rest/process-definition/key/AbsenceRecordProcess/submit-form",
        "kfq-org", "demo", "{\"variables\":{\"workerId\":{\"value\":" + id + "},"
            + "\"firstDay\":{\"value\":\"2026-11-02\"}}}");
    HttpResponse<String> warning = http.postJson("/engine-rest/process-definition/key/WarningTalkProcess/submit-form",
        "kfq-org", "demo", "{\"variables\":{\"workerId\":{\"value\":" + id + "},"
            + "\"ground\":{\"value\":\"POOR_FIT\"},\"reason\":{\"value\":\"伪造\"}}}");
    HttpResponse<String> dismissal = http.postJson("/engine-rest/process-definition/key/DismissalProcess/submit-form",
        "kfq-org", "demo", "{\"variables\":{\"workerId\":{\"value\":" + id + "},"
            + "\"seriousIncident\":{\"value\":true},\"evidence\":{\"value\":\"材料\"}}}");

    for (HttpResponse<String> refused : List.of(absence, warning, dismissal)) {
      assertThat(refused.statusCode()).isBetween(400, 404);
      assertThat(refused.body()).contains("您无权在其他区镇（花桥经济开发区）发起流程").doesNotContain("huaqiao");
    }
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
  }

  /** The start form is served with the workers of the caller's own town in its select, by name. */
  @Test
  void aStartFormOffersTheWorkersOfTheCallersTownByName() throws Exception {
    Worker kfq = people.activeWorker("kfq", "可选甲");
    Worker huaqiao = people.activeWorker("huaqiao", "可选乙");
    for (String process : List.of("AbsenceRecordProcess", "WarningTalkProcess", "DismissalProcess")) {
      HttpResponse<String> form = http.get("/engine-rest/process-definition/key/" + process + "/deployed-start-form",
          "kfq-org", "demo");
      assertThat(form.statusCode()).isEqualTo(200);
      JsonNode select = null;
      for (JsonNode component : new ObjectMapper().readTree(form.body()).path("components")) {
        if ("workerId".equals(component.path("key").asText())) {
          select = component;
        }
      }
      assertThat(select).as(process).isNotNull();
      assertThat(select.path("type").asText()).isEqualTo("select");
      assertThat(select.path("searchable").asBoolean()).isTrue();
      assertThat(select.has("valuesKey")).isFalse();
      List<String> values = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      select.path("values").forEach(option -> {
        values.add(option.path("value").asText());
        labels.add(option.path("label").asText());
      });
      assertThat(values).as(process).contains(kfq.getId().toString()).doesNotContain(huaqiao.getId().toString());
      assertThat(labels).as(process).contains("可选甲（昆山开发区，在岗，编号 " + kfq.getId() + "）");
    }
  }

  @Test
  void anotherTownsWorkerCannotBeNamedInAStartForm() {
    Worker huaqiao = people.activeWorker("huaqiao", "伪造戊");
    long instances = history.createHistoricProcessInstanceQuery().count();

    HttpResponse<String> forged = http.postJson("/engine-rest/process-definition/key/AbsenceRecordProcess/submit-form",
        "kfq-org", "demo", "{\"variables\":{\"workerId\":{\"value\":" + huaqiao.getId() + "},"
            + "\"firstDay\":{\"value\":\"2026-11-02\"},\"lastDay\":{\"value\":\"2026-11-02\"}}}");

    assertThat(forged.statusCode()).isBetween(400, 404);
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void aStartFormCannotCarryAVariableItDoesNotHave() {
    Worker worker = people.activeWorker("kfq", "伪造己");
    long instances = history.createHistoricProcessInstanceQuery().count();

    HttpResponse<String> forged = http.postJson("/engine-rest/process-definition/key/DismissalProcess/start",
        "kfq-org", "demo", "{\"variables\":{\"workerId\":{\"value\":" + worker.getId() + "},"
            + "\"seriousIncident\":{\"value\":true},\"evidence\":{\"value\":\"材料\"},"
            + "\"cityApprovalRequired\":{\"value\":false}}}");

    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("cityApprovalRequired");
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void aCandidateCannotWriteProcessVariablesThroughTheTask() {
    Worker worker = people.activeWorker("kfq", "伪造庚");
    Task receipt = receiptOf(resignationOf(worker));
    String task = "/engine-rest/task/" + receipt.getId();

    assertThat(http.putJson(task + "/variables/resignationAgreed", "kfq-org", "demo", "{\"value\":true}")
        .statusCode()).isEqualTo(403);
    assertThat(http.postJson(task + "/variables", "kfq-org", "demo",
        "{\"modifications\":{\"resignationAgreed\":{\"value\":true}}}").statusCode()).isEqualTo(403);
    assertUntouched(receipt, "resignationAgreed");
  }

  @Test
  void aValueTheFormWouldNotAcceptIsRefusedNamingTheField() {
    Worker worker = people.activeWorker("kfq", "伪造辛");
    long instances = history.createHistoricProcessInstanceQuery().count();
    String start = "/engine-rest/process-definition/key/AbsenceRecordProcess/submit-form";

    HttpResponse<String> noSuchWorker = http.postJson(start, "kfq-org", "demo",
        "{\"variables\":{\"workerId\":{\"value\":\"0\"},\"firstDay\":{\"value\":\"2026-11-02\"}}}");
    HttpResponse<String> notADate = http.postJson(start, "kfq-org", "demo", "{\"variables\":{\"workerId\":{\"value\":"
        + worker.getId() + "},\"firstDay\":{\"value\":\"11/02/2026\"}}}");
    HttpResponse<String> tooLong = http.postJson(start, "kfq-org", "demo", "{\"variables\":{\"workerId\":{\"value\":"
        + worker.getId() + "},\"firstDay\":{\"value\":\"2026-11-02\"},\"note\":{\"value\":\"" + "长".repeat(501) + "\"}}}");
    HttpResponse<String> notANumber = http.postJson(start, "kfq-org", "demo",
        "{\"variables\":{\"workerId\":{\"value\":\"张三\"},\"firstDay\":{\"value\":\"2026-11-02\"}}}");

    assertThat(noSuchWorker.statusCode()).isBetween(400, 404);
    assertThat(noSuchWorker.body()).contains("工作者 0 不存在");
    assertThat(notADate.statusCode()).isEqualTo(400);
    assertThat(notADate.body()).contains("旷工日期（起）", "yyyy-MM-dd");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("说明", "500");
    assertThat(notANumber.statusCode()).isEqualTo(400);
    assertThat(notANumber.body()).contains("工作者编号", "应为整数");
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
  }

  /** Issue 21: a date before today where the form disallows past dates is refused, not dropped or stored. */
  @Test
  void aPastDateWhereTheFormDisallowsPastDatesIsRefusedNamingTheField() {
    Worker worker = people.activeWorker("kfq", "伪造壬");
    long instances = history.createHistoricProcessInstanceQuery().count();
    String start = "/engine-rest/process-definition/key/ResignationProcess/submit-form";
    LocalDate today = LocalDate.now(clock);

    HttpResponse<String> yesterday = http.postJson(start, worker.getUserId(), "test", "{\"variables\":{"
        + "\"reason\":{\"value\":\"个人原因\"},\"lastWorkingDay\":{\"value\":\"" + today.minusDays(1) + "\"}}}");

    assertThat(yesterday.statusCode()).isEqualTo(400);
    assertThat(yesterday.body()).contains("拟最后工作日", "不能早于今天（" + today + "）", today.minusDays(1).toString());
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(http.postJson(start, worker.getUserId(), "test", "{\"variables\":{\"reason\":{\"value\":\"个人原因\"},"
        + "\"lastWorkingDay\":{\"value\":\"" + today.plusDays(30) + "\"}}}").statusCode()).isEqualTo(200);
  }

  private ProcessInstance resignationOf(Worker worker) {
    return forms.start("ResignationProcess", worker.getUserId(),
        Map.of("reason", "个人原因", "lastWorkingDay", LocalDate.now().plusDays(30).toString()));
  }

  private Task receiptOf(ProcessInstance resignation) {
    return taskService.createTaskQuery().processInstanceId(resignation.getId()).singleResult();
  }

  /** The task is still open and none of the forged variables exists anywhere in its instance. */
  private void assertUntouched(Task task, String... forged) {
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    for (String name : forged) {
      assertThat(runtime.getVariable(task.getProcessInstanceId(), name)).as(name).isNull();
    }
  }
}
