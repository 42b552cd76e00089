package org.partyaffairs.workforce.resignation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.AtOnce;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.FrozenTable;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.support.Refusals;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service task after the filing (办理辞职离岗) when the database refuses its write: three tries
 * five minutes apart, then an incident an administrator sees; once the cause is gone and the job is
 * retried the worker resigns, the filing staying done. Run twice at once it writes its effect once.
 */
@IntegrationTest
class EndOfServiceFaultTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired Forms forms;
  @Autowired People people;
  @Autowired Refusals refusals;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired WorkerRepository workers;
  @Autowired JdbcTemplate jdbc;

  Instant now = Instant.parse("2026-11-23T02:00:00Z");

  @BeforeEach
  void initAssertions() {
    init(engine);
    ClockUtil.setCurrentTime(Date.from(now));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void aRefusedWriteIsRetriedThreeTimesThenAnIncidentAndAfterTheFixTheRetryCompletes() {
    Worker worker = people.activeWorker("kfq", "故障辞职");
    ProcessInstance instance = filedResignationOf(worker);
    String jobId = job(instance).getId();

    try (FrozenTable frozen = FrozenTable.freeze(jdbc, "worker")) {
      for (int retriesLeft = 2; retriesLeft >= 0; retriesLeft--) {
        assertThatThrownBy(() -> management.executeJob(jobId)).hasStackTraceContaining(FrozenTable.MESSAGE);
        Job failed = job(instance);
        assertThat(failed.getRetries()).isEqualTo(retriesLeft);
        if (retriesLeft > 0) {
          assertThat(Duration.between(now, failed.getDuedate().toInstant())).isEqualTo(Duration.ofMinutes(5));
          now = failed.getDuedate().toInstant();
          ClockUtil.setCurrentTime(Date.from(now));
        }
      }
    }

    Incident incident = runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo("Task_EndServiceByResignation");
    assertThat(management.getJobExceptionStacktrace(jobId)).contains(FrozenTable.MESSAGE);
    Http http = new Http(port);
    assertThat(http.get("/engine-rest/incident?processInstanceId=" + instance.getId() + "&maxResults=10", "admin", "demo")
        .body()).contains(incident.getId(), "failedJob");
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_FileResignation").finished().count()).isEqualTo(1);
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(workers.findById(worker.getId()).orElseThrow().getStatus()).isEqualTo(WorkerStatus.ACTIVE);

    // The table is back; the administrator retries the job as Cockpit's "retry" does.
    assertThat(http.putJson("/engine-rest/job/" + jobId + "/retries", "admin", "demo", "{\"retries\":1}")
        .statusCode()).isEqualTo(204);
    management.executeJob(jobId);

    assertThat(instance).isEnded().hasPassed("EndEvent_WorkerResigned");
    assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(workers.findById(worker.getId()).orElseThrow().getStatus()).isEqualTo(WorkerStatus.RESIGNED);
    assertThat(refusals.trailOf(worker, instance)).extracting(TrailEntry::getEvent).containsOnlyOnce("WORKER_RESIGNED");
  }

  @Test
  void twoExecutorsRunningTheSameJobAtOnceEndTheServiceOnce() throws Exception {
    Worker worker = people.activeWorker("kfq", "重复执行");
    ProcessInstance instance = filedResignationOf(worker);
    String jobId = job(instance).getId();

    Runnable execute = () -> management.executeJob(jobId);
    List<Throwable> failures = AtOnce.failures(List.of(execute, execute));

    assertThat(failures).hasSize(1);
    assertThat(instance).isEnded();
    assertThat(workers.findById(worker.getId()).orElseThrow().getStatus()).isEqualTo(WorkerStatus.RESIGNED);
    assertThat(refusals.trailOf(worker, instance)).extracting(TrailEntry::getEvent).containsOnlyOnce("WORKER_RESIGNED");
  }

  private ProcessInstance filedResignationOf(Worker worker) {
    ProcessInstance instance = forms.start(ResignationProcessVariables.PROCESS_KEY, worker.getUserId(),
        Map.of("reason", "个人原因", "lastWorkingDay", LocalDate.of(2026, 12, 31).toString()));
    complete(instance, "kfq-org", Map.of("writtenApplicationReceived", true));
    complete(instance, "kfq-committee", Map.of("decision", "AGREE"));
    complete(instance, "office", Map.of("filingNumber", "昆两新备〔2026〕77号"));
    assertThat(instance).isWaitingAt("Event_LastWorkingDayEnded");
    management.executeJob(job(instance).getId()); // the agreed last working day has ended
    assertThat(instance).isWaitingAt("Task_EndServiceByResignation");
    return instance;
  }

  private void complete(ProcessInstance instance, String user, Map<String, Object> form) {
    forms.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult(), user, form);
  }

  private Job job(ProcessInstance instance) {
    return management.createJobQuery().processInstanceId(instance.getId()).singleResult();
  }
}
