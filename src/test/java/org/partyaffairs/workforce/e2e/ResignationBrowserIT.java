package org.partyaffairs.workforce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.partyaffairs.workforce.support.Http;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A resignation from application to filing in a real browser (profile e2e: {@code ./mvnw verify
 * -Pe2e}): the worker applies with the start form, the kfq town org dept receives it, the town
 * committee agrees, the city office files it, and the huaqiao town org dept never sees any of it.
 * The resignation takes effect when the agreed last working day has ended (its timer); then the
 * worker no longer logs in.
 */
@BrowserTest
class ResignationBrowserIT {

  private static final String KFQ_ORG_FILTER = "待办 · 昆山开发区组织部门";
  private static final String HUAQIAO_ORG_FILTER = "待办 · 花桥经济开发区组织部门";

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired WorkerRepository workers;
  @Autowired Clock clock;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  @Test
  void aResignationGoesFromApplicationToFilingInTasklistAndAnotherTownNeverSeesIt() throws InterruptedException {
    Worker worker = people.activeWorker("kfq", "浏览器测试员");

    try (Tasklist tasklist = Tasklist.loginAs(port, worker.getUserId(), "test")) {
      tasklist.startProcess("专职党务工作者辞职");
      tasklist.type("辞职理由", "因家庭原因申请辞去专职党务工作者职务");
      tasklist.date("拟最后工作日", LocalDate.now(clock).plusDays(10));
      tasklist.screenshot("start-form");
      tasklist.submitStartForm();
    }

    try (Tasklist tasklist = Tasklist.loginAs(port, "huaqiao-org", "demo")) {
      assertThat(tasklist.tasksIn(HUAQIAO_ORG_FILTER)).noneMatch(name -> name.startsWith("接收辞职申请"));
    }

    try (Tasklist tasklist = Tasklist.loginAs(port, "kfq-org", "demo")) {
      assertThat(tasklist.tasksIn(KFQ_ORG_FILTER)).anyMatch(name -> name.startsWith("接收辞职申请"));
      tasklist.openTask("接收辞职申请");
      assertThat(tasklist.valueOf("工作者")).isEqualTo("浏览器测试员");
      assertThat(tasklist.valueOf("辞职理由")).isEqualTo("因家庭原因申请辞去专职党务工作者职务");
      tasklist.check("已收到本人签字的书面辞职申请");
      tasklist.screenshot("receipt-form");
      tasklist.completeTask();
    }

    try (Tasklist tasklist = Tasklist.loginAs(port, "kfq-committee", "demo")) {
      tasklist.tasksIn("待办 · 昆山开发区党（工）委");
      tasklist.openTask("研究决定辞职申请");
      tasklist.choose("同意辞职");
      tasklist.screenshot("decision-form");
      tasklist.completeTask();
    }

    try (Tasklist tasklist = Tasklist.loginAs(port, "office", "demo")) {
      tasklist.tasksIn("待办 · 市委\"两新\"工委办公室");
      tasklist.openTask("备案辞职");
      tasklist.type("备案号", "昆两新备〔2026〕88号");
      tasklist.screenshot("filing-form");
      tasklist.completeTask();
    }

    // Filed, but the resignation takes effect only when the agreed last working day has ended: the
    // worker is still in service and still logs in.
    String instanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey("ResignationProcess")
        .variableValueEquals("workerId", worker.getId()).singleResult().getId();
    JobExecutor.await(() -> runtimeService.getActiveActivityIds(instanceId).contains("Event_LastWorkingDayEnded"));
    assertThat(workers.findById(worker.getId()).orElseThrow().getStatus()).isEqualTo(WorkerStatus.ACTIVE);
    assertThat(new Http(port).get("/engine-rest/task/count", worker.getUserId(), "test").statusCode()).isEqualTo(200);

    // The day has ended (the timer made due now rather than the clock moved): the job executor ends the service.
    Job timer = managementService.createJobQuery().processInstanceId(instanceId).timers().singleResult();
    managementService.setJobDuedate(timer.getId(), Date.from(clock.instant()));
    awaitStatus(worker, WorkerStatus.RESIGNED);
    assertThat(new Http(port).get("/engine-rest/task/count", worker.getUserId(), "test").statusCode()).isEqualTo(401);
  }

  /** The end of service is an asynchronous job, run here by the job executor. */
  private void awaitStatus(Worker worker, WorkerStatus status) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (workers.findById(worker.getId()).orElseThrow().getStatus() != status && System.nanoTime() < deadline) {
      Thread.sleep(250);
    }
    assertThat(workers.findById(worker.getId()).orElseThrow().getStatus()).isEqualTo(status);
  }
}
