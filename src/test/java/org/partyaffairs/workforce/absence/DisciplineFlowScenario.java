package org.partyaffairs.workforce.absence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.AtOnce;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * From absences to a warning, a failed warning period, and a dismissal decided and filed, as the
 * people involved take it, each seeing only their own work; and absence records arriving at the
 * same moment, which the database must put one after the other. Run on H2 ({@link DisciplineFlowTest})
 * and on MySQL ({@link DisciplineFlowMySqlIT}).
 */
abstract class DisciplineFlowScenario {

  @Autowired People people;
  @Autowired Forms forms;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired WorkerRepository workers;
  @Autowired AbsenceRepository absences;
  @Autowired Trail trail;

  @BeforeEach
  void onTwelfthMarch() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-12T02:00:00Z")));
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void absencesLeadToAWarningAFailedPeriodAndADismissalFiledWithTheCity() {
    Worker worker = people.activeWorker("kfq", "纪律");

    recordAbsence(worker, "2026-03-04", "2026-03-11");

    ProcessInstance warning = instanceOf("WarningTalkProcess", worker);
    assertThat(warning).as("six absent working days start a warning").isNotNull();
    forms.work(warning, "kfq-org", "huaqiao-org", Map.of("talkDate", "2026-03-12", "talkParticipants", "组织委员、站长",
        "talkContent", "指出旷工问题，明确三个月改进要求"));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-12T16:00:00Z")));
    runJobs(warning);
    forms.work(warning, "kfq-org", "huaqiao-org", Map.of("outcome", "FAILED", "evaluation", "告诫期内再次旷工"));
    runJobs(warning);

    ProcessInstance dismissal = instanceOf("DismissalProcess", worker);
    assertThat(dismissal).as("a failed warning period starts a dismissal").isNotNull();
    forms.work(dismissal, "kfq-org", "huaqiao-org", Map.of("opinion", "告诫期满不合格，建议解聘"));
    forms.work(dismissal, "kfq-committee", "huaqiao-committee", Map.of("decision", "DISMISS"));
    runJobs(dismissal);
    forms.work(dismissal, "committee", "huaqiao-org", Map.of("filingNumber", "昆两新备〔2026〕40号"));

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(dismissal.getId()).singleResult()
        .getEndActivityId()).isEqualTo("EndEvent_WorkerDismissed");
    Worker stored = workers.findById(worker.getId()).orElseThrow();
    assertThat(stored.getStatus()).isEqualTo(WorkerStatus.DISMISSED);
    assertThat(stored.isAssessmentEligible()).isFalse();
    assertThat(trail.of(stored)).extracting(TrailEntry::getEvent).containsExactly("HIRED", "CONFIRMED",
        "ABSENCE_RECORDED", "WARNING_DETERMINED", "WARNING_TALK", "WARNING_FAILED", "ASSESSMENT_ELIGIBILITY_REVOKED",
        "DISMISSAL_GROUND", "DISMISSAL_PROPOSED", "DISMISSAL_OPINION", "DISMISSAL_DECIDED", "WORKER_DISMISSED",
        "ACCESS_ENDED", "DISMISSAL_FILED");
  }

  @Test
  void twoAbsenceRecordsAtTheSameMomentCrossTheWarningLineOnce() throws Exception {
    Worker worker = people.activeWorker("kfq", "并发");
    recordAbsence(worker, "2026-03-02", "2026-03-05");

    // The fifth and the sixth day arrive together: only together do they cross the line.
    assertThat(atOnce(worker, "2026-03-06", "2026-03-09")).isEmpty();

    assertThat(absences.daysIn(worker.getId(), 2026)).hasSize(6);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("WarningTalkProcess")
        .variableValueEquals("workerId", worker.getId()).count()).isOne();
  }

  @Test
  void theSameDayRecordedTwiceAtTheSameMomentLandsOnce() throws Exception {
    Worker worker = people.activeWorker("kfq", "重复");

    assertThat(atOnce(worker, "2026-03-10", "2026-03-10")).singleElement().asString().contains("已登记为旷工");
    assertThat(absences.daysIn(worker.getId(), 2026)).hasSize(1);
  }

  /** The 登记旷工 start form submitted by the town org dept. */
  private void recordAbsence(Worker worker, String first, String last) {
    people.actAs("kfq-org");
    try {
      formService.submitStartForm(definitionId("AbsenceRecordProcess"), Map.of("workerId", worker.getId(),
          "firstDay", first, "lastDay", last, "note", "未请假未到岗，联系不上"));
    } finally {
      people.actAsSystem();
    }
  }

  /** One-day records submitted in threads released together; returns the refusals' messages. */
  private List<String> atOnce(Worker worker, String... days) throws Exception {
    return AtOnce.failures(Arrays.stream(days).<Runnable>map(day -> () -> recordAbsence(worker, day, day)).toList())
        .stream().map(Throwable::getMessage).toList();
  }

  /** Runs the instance's due jobs as the job executor would. */
  private void runJobs(ProcessInstance instance) {
    List<Job> due = managementService.createJobQuery().processInstanceId(instance.getId()).executable().list();
    assertThat(due).isNotEmpty();
    due.forEach(job -> managementService.executeJob(job.getId()));
  }

  private ProcessInstance instanceOf(String processKey, Worker worker) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
        .variableValueEquals("workerId", worker.getId()).singleResult();
  }

  private String definitionId(String processKey) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
        .singleResult().getId();
  }
}
