package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.partyaffairs.workforce.notice.PublishedNotices;
import org.partyaffairs.workforce.support.ExpressionCanary;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.security.IsolationMatrixTest.Channel;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every guarded request of issue 20, in every {@link PathVariant} and over both APIs (engine REST
 * with HTTP Basic, the webapps' engine API in a Tasklist session): each one is refused with a 4xx
 * that names no Java class, and what it tried did not happen — no expression evaluated, no form
 * field stored or overwritten, no job touched, no process started past its first step or modified,
 * nothing of another town shown. One named case each, e.g.
 * {@code kfq-org × extra variable on completion × matrix parameter × REST}.
 *
 * <p>The guard must also see the spellings the router accepts for a legitimate call: in those the
 * same legitimate call still works ({@link #theHarmlessSpellingsStillWorkForALegitimateCall}), so
 * that this matrix cannot pass by everything being refused.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuardVariantMatrixTest {

  private static final String PAYLOAD = "${canary.touch()}";
  private static final String WORKER_PASSWORD = "test";

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired PublishedNotices notices;
  @Autowired ExpressionCanary canary;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired FilterService filterService;

  private final Map<String, Http> sessions = new HashMap<>();
  private final List<Attack> attacks = new ArrayList<>();
  private Http rest;

  @BeforeAll
  void prepareTheTargets() {
    rest = new Http(port);
    Worker resigner = people.activeWorker("kfq", "变体辞职人");
    ProcessInstance resignation = resignationOf(resigner);
    Task receipt = taskService.createTaskQuery().processInstanceId(resignation.getId()).singleResult();
    Task huaqiaoReceipt = taskService.createTaskQuery()
        .processInstanceId(resignationOf(people.activeWorker("huaqiao", "变体华桥人")).getId()).singleResult();
    Job huaqiaoTimer = managementService.createJobQuery()
        .processInstanceId(notices.publish("huaqiao", "variant-timer").getId()).singleResult();
    Worker starter = people.activeWorker("kfq", "变体跳步人");
    String mine = filterService.createFilterQuery().filterName("我的任务").singleResult().getId();
    String orQuery = "{\"orQueries\":[{\"assigneeExpression\":\"" + PAYLOAD + "\"}]}";
    String inQuery = URLEncoder.encode(PAYLOAD, StandardCharsets.UTF_8);

    Supplier<Boolean> noEvaluation = evaluationsStay();
    attack("kfq-org", "expression in orQueries of the task list", "POST", "/task?maxResults=5", orQuery, noEvaluation);
    attack("kfq-org", "expression in orQueries of the task count", "POST", "/task/count", orQuery, noEvaluation);
    attack("kfq-org", "expression in the query string", "GET", "/task?maxResults=5&assigneeExpression=" + inQuery, null,
        noEvaluation);
    attack("kfq-org", "expression in a filter's list", "POST", "/filter/" + mine + "/list?maxResults=5", orQuery,
        noEvaluation);
    attack("kfq-org", "expression in a filter's count", "POST", "/filter/" + mine + "/count", orQuery, noEvaluation);
    attack("kfq-org", "expression in the task history", "GET",
        "/history/task?maxResults=5&taskAssigneeExpression=" + inQuery, null, noEvaluation);

    String task = "/task/" + receipt.getId();
    Supplier<Boolean> receiptOpen = () -> taskService.createTaskQuery().taskId(receipt.getId()).count() == 1
        && runtimeService.getVariable(resignation.getId(), "resignationAgreed") == null
        && "变体辞职人".equals(runtimeService.getVariable(resignation.getId(), "workerName"));
    String extra = "{\"variables\":{\"writtenApplicationReceived\":{\"value\":true},"
        + "\"resignationAgreed\":{\"value\":true}}}";
    attack("kfq-org", "extra variable on completion", "POST", task + "/complete", extra, receiptOpen);
    attack("kfq-org", "extra variable on form submission", "POST", task + "/submit-form", extra, receiptOpen);
    attack("kfq-org", "extra variable on resolution", "POST", task + "/resolve", extra, receiptOpen);
    attack("kfq-org", "read-only field overwritten", "POST", task + "/submit-form",
        "{\"variables\":{\"writtenApplicationReceived\":{\"value\":true},\"workerName\":{\"value\":\"别人\"}}}",
        receiptOpen);
    attack("kfq-org", "task variable written", "PUT", task + "/variables/resignationAgreed", "{\"value\":true}",
        receiptOpen);
    attack("kfq-org", "task variables modified", "POST", task + "/localVariables",
        "{\"modifications\":{\"resignationAgreed\":{\"value\":true}}}", receiptOpen);
    attack("kfq-org", "instance variable written", "PUT",
        "/process-instance/" + resignation.getId() + "/variables/resignationAgreed", "{\"value\":true}", receiptOpen);
    attack("kfq-org", "instance modified", "POST", "/process-instance/" + resignation.getId() + "/modification",
        "{\"skipCustomListeners\":true,\"instructions\":[{\"type\":\"startBeforeActivity\","
            + "\"activityId\":\"Task_FileResignation\"}]}", receiptOpen);
    attack("kfq-org", "BPMN error thrown from the task", "POST", task + "/bpmnError",
        "{\"errorCode\":\"x\",\"variables\":{\"resignationAgreed\":{\"value\":true}}}", receiptOpen);

    Supplier<Boolean> timerUntouched = () -> {
      Job job = managementService.createJobQuery().jobId(huaqiaoTimer.getId()).singleResult();
      return job != null && job.getRetries() == huaqiaoTimer.getRetries()
          && job.getDuedate().equals(huaqiaoTimer.getDuedate()) && !job.isSuspended();
    };
    String jobPath = "/job/" + huaqiaoTimer.getId();
    attack("kfq-org", "another town's timer executed", "POST", jobPath + "/execute", null, timerUntouched);
    attack("huaqiao-org", "own town's timer executed", "POST", jobPath + "/execute", null, timerUntouched);
    attack("huaqiao-org", "timer retries set", "PUT", jobPath + "/retries", "{\"retries\":0}", timerUntouched);
    attack("huaqiao-org", "timer due date moved", "PUT", jobPath + "/duedate", "{\"duedate\":\"2020-01-01T00:00:00.000+0800\"}",
        timerUntouched);
    attack("huaqiao-org", "timer suspended", "PUT", jobPath + "/suspended", "{\"suspended\":true}", timerUntouched);

    Supplier<Boolean> noSkippedStart = () -> historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey("ResignationProcess").startedBy(starter.getUserId()).count() == 0;
    String validStart = "\"variables\":{\"reason\":{\"value\":\"个人原因\"},\"lastWorkingDay\":{\"value\":\""
        + LocalDate.now().plusDays(30) + "\"}}";
    attack(starter.getUserId(), "start placed at the filing step", "POST",
        "/process-definition/key/ResignationProcess/start", "{" + validStart + ",\"startInstructions\":[{\"type\":"
            + "\"startBeforeActivity\",\"activityId\":\"Task_FileResignation\"}],\"skipCustomListeners\":true}",
        noSkippedStart);
    attack(starter.getUserId(), "start without its listeners", "POST",
        "/process-definition/key/ResignationProcess/submit-form", "{" + validStart + ",\"skipCustomListeners\":true,"
            + "\"skipIoMappings\":true}", noSkippedStart);

    String canaryValue = "canary-" + huaqiaoReceipt.getId();
    runtimeService.setVariable(huaqiaoReceipt.getProcessInstanceId(), "variantCanary", canaryValue);
    attack("kfq-org", "another town's task variables read", "GET", "/task/" + huaqiaoReceipt.getId() + "/variables",
        null, () -> true, canaryValue);
    attack("kfq-org", "another town's instance variables read", "GET",
        "/process-instance/" + huaqiaoReceipt.getProcessInstanceId() + "/variables", null, () -> true, canaryValue);
  }

  @TestFactory
  Stream<DynamicTest> noSpellingOfAGuardedRequestGetsThrough() {
    List<DynamicTest> cases = new ArrayList<>();
    for (Attack attack : attacks) {
      for (Channel channel : Channel.values()) {
        for (PathVariant variant : PathVariant.values()) {
          String name = attack.user() + " × " + attack.label() + " × " + variant.label + " × " + channel.label;
          cases.add(DynamicTest.dynamicTest(name, () -> check(name, attack, channel, variant)));
        }
      }
    }
    return cases.stream();
  }

  @TestFactory
  Stream<DynamicTest> theHarmlessSpellingsStillWorkForALegitimateCall() {
    return Stream.of(PathVariant.values()).filter(PathVariant::acceptedForLegitimateCalls)
        .flatMap(variant -> Stream.of(Channel.values()).map(channel -> DynamicTest.dynamicTest(
            "kfq-org lists its tasks × " + variant.label + " × " + channel.label, () -> {
              HttpResponse<String> answer = send(channel, "kfq-org", "demo", "POST",
                  variant.apply(channel.prefix, "/task?maxResults=5"), "{\"candidateGroup\":\"town-org-kfq\"}");
              assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
              assertThat(answer.body()).startsWith("[");
            })));
  }

  private void check(String name, Attack attack, Channel channel, PathVariant variant) {
    HttpResponse<String> answer = send(channel, attack.user(), attack.password(), attack.method(),
        variant.apply(channel.prefix, attack.path()), attack.body());
    String seen = name + ": " + answer.statusCode() + " " + answer.body();
    assertThat(answer.statusCode()).as(seen).isBetween(400, 499);
    assertThat(answer.body()).as(seen).doesNotContainPattern("(java|javax|jakarta|org)\\.[a-z]+\\.");
    if (attack.secret() != null) {
      assertThat(answer.body()).as(seen).doesNotContain(attack.secret());
    }
    assertThat(attack.nothingHappened().get()).as("nothing happened: " + seen).isTrue();
  }

  private HttpResponse<String> send(Channel channel, String user, String password, String method, String path,
      String json) {
    if (channel == Channel.REST) {
      return rest.send(method, path, user, password, json);
    }
    Http session = sessions.computeIfAbsent(user, id -> {
      Http http = new Http(port);
      assertThat(http.webappLogin("tasklist", id, password).statusCode()).as("%s logs into Tasklist", id).isEqualTo(200);
      return http;
    });
    return session.webappSend(method, path, json);
  }

  private Supplier<Boolean> evaluationsStay() {
    int before = canary.evaluations();
    return () -> canary.evaluations() == before;
  }

  private void attack(String user, String label, String method, String path, String body, Supplier<Boolean> check) {
    attack(user, label, method, path, body, check, null);
  }

  private void attack(String user, String label, String method, String path, String body, Supplier<Boolean> check,
      String secret) {
    String password = user.matches("[a-z]+(-[a-z]+)?") ? "demo" : WORKER_PASSWORD;
    attacks.add(new Attack(user, password, label, method, path, body, check, secret));
  }

  private ProcessInstance resignationOf(Worker worker) {
    return forms.start("ResignationProcess", worker.getUserId(),
        Map.of("reason", "个人原因", "lastWorkingDay", LocalDate.now().plusDays(30).toString()));
  }

  record Attack(String user, String password, String label, String method, String path, String body,
      Supplier<Boolean> nothingHappened, String secret) {
  }
}
