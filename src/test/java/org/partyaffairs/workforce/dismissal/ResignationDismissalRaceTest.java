package org.partyaffairs.workforce.dismissal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.AtOnce;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resignation and a dismissal of the same worker in flight at once: whichever ends the worker's
 * employment first ends the other process, and only one of them takes effect.
 */
@IntegrationTest
class ResignationDismissalRaceTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired WorkerRepository workers;
  @Autowired DismissalService dismissalService;
  @Autowired Clock clock;

  @BeforeEach
  void initAssertions() {
    init(engine);
  }

  @Test
  void aResignationTakingEffectFirstEndsTheDismissal() {
    Worker worker = people.activeWorker("kfq", "赵先辞");
    ProcessInstance resignation = resignationFiled(worker);
    ProcessInstance dismissal = dismissalDecided(worker);

    execute(job(resignation));

    assertThat(resignation).isEnded().hasPassed("EndEvent_WorkerResigned");
    assertThat(dismissal).isEnded().hasPassed("EndEvent_DismissalWithdrawn").hasNotPassed("Task_EndEmployment");
    assertThat(status(worker)).isEqualTo(WorkerStatus.RESIGNED);
    Dismissal record = dismissalService.of(dismissal.getId());
    assertThat(record.getStatus()).isEqualTo(DismissalStatus.WITHDRAWN);
    assertThat(record.getWithdrawnReason()).isEqualTo("工作者已辞职");
    assertThatThrownBy(() -> forms.start(DismissalProcessVariables.PROCESS_KEY, "kfq-org",
        Map.of("workerId", worker.getId(), "seriousIncident", true, "evidence", "报告")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("已辞职」，不能解聘");
  }

  @Test
  void aDismissalTakingEffectFirstEndsTheResignation() {
    Worker worker = people.activeWorker("kfq", "钱先解");
    ProcessInstance resignation = resignationFiled(worker);
    ProcessInstance dismissal = dismissalDecided(worker);

    execute(job(dismissal));

    assertThat(dismissal).isWaitingAt("Task_FileDismissal");
    assertThat(resignation).isEnded().hasPassed("EndEvent_ResignationWithdrawn")
        .hasNotPassed("EndEvent_WorkerResigned");
    assertThat(status(worker)).isEqualTo(WorkerStatus.DISMISSED);
  }

  @Test
  void bothEndingEmploymentAtTheSameMomentOnlyOneTakesEffect() throws Exception {
    Worker worker = people.activeWorker("kfq", "孙同时");
    ProcessInstance resignation = resignationFiled(worker);
    ProcessInstance dismissal = dismissalDecided(worker);
    List<Job> jobs = List.of(job(resignation), job(dismissal));

    // The later one fails: its process was ended by the first, or it found the worker gone.
    int failed = AtOnce.failures(jobs.stream().<Runnable>map(job -> () -> managementService.executeJob(job.getId()))
        .toList()).size();

    WorkerStatus status = status(worker);
    assertThat(status).isIn(WorkerStatus.RESIGNED, WorkerStatus.DISMISSED);
    boolean resigned = status == WorkerStatus.RESIGNED;
    assertThat(failed).isLessThanOrEqualTo(1);
    assertThat(resignation).isEnded().hasPassed(resigned ? "EndEvent_WorkerResigned" : "EndEvent_ResignationWithdrawn");
    if (resigned) {
      assertThat(dismissal).isEnded().hasPassed("EndEvent_DismissalWithdrawn");
    } else {
      assertThat(dismissal).isWaitingAt("Task_FileDismissal");
    }
    assertThat(managementService.createJobQuery().processInstanceId(resignation.getId()).count()).isZero();
  }

  private ProcessInstance resignationFiled(Worker worker) {
    ProcessInstance instance = forms.start("ResignationProcess", worker.getUserId(),
        Map.of("reason", "个人原因", "lastWorkingDay", LocalDate.now(clock).plusWeeks(1).toString()));
    forms.complete(task(instance), "kfq-org", Map.of("writtenApplicationReceived", true));
    forms.complete(task(instance), "kfq-committee", Map.of("decision", "AGREE"));
    forms.complete(task(instance), "office", Map.of("filingNumber", "昆两新备〔2026〕30号"));
    assertThat(instance).isWaitingAt("Event_LastWorkingDayEnded");
    execute(job(instance)); // the agreed last working day has ended
    assertThat(instance).isWaitingAt("Task_EndServiceByResignation");
    return instance;
  }

  private ProcessInstance dismissalDecided(Worker worker) {
    ProcessInstance instance = forms.start(DismissalProcessVariables.PROCESS_KEY, "kfq-org",
        Map.of("workerId", worker.getId(), "seriousIncident", true, "evidence", "责任事故调查报告"));
    forms.complete(task(instance), "kfq-org", Map.of("opinion", "建议解聘"));
    forms.complete(task(instance), "kfq-committee", Map.of("decision", "DISMISS"));
    assertThat(instance).isWaitingAt("Task_EndEmployment");
    return instance;
  }

  private WorkerStatus status(Worker worker) {
    return workers.findById(worker.getId()).orElseThrow().getStatus();
  }
}
