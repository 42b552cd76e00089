package org.partyaffairs.workforce.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.partyaffairs.workforce.support.Refusals.assertRefused;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.deadline.WorkingDays;
import org.partyaffairs.workforce.shared.Quarter;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.support.Refusals;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of QuarterlyReportProcess (001 第十八条(三) 定期汇报制度) on the real engine and database,
 * each step taken by the user of the role that owns it, on Wednesday 1 July 2026 (10:00 in Kunshan),
 * the first day of the third quarter; July has no holiday, so its 10th working day is Tuesday the 14th.
 */
@IntegrationTest
class QuarterlyReportProcessTest {

  /** Wednesday 1 July 2026, 10:00 in Kunshan. */
  static final Instant FIRST_OF_JULY = Instant.parse("2026-07-01T02:00:00Z");
  static final Quarter Q3 = new Quarter(2026, 3);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired Refusals refusals;
  @Autowired QuarterlyReportService reports;
  @Autowired WorkingDays workingDays;
  @Autowired QuarterlyReportRepository reportRepository;
  @Autowired org.partyaffairs.workforce.worker.WorkerRepository workerRepository;
  @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

  @BeforeEach
  void onTheFirstDayOfTheThirdQuarter() {
    init(engine);
    ClockUtil.setCurrentTime(Date.from(FIRST_OF_JULY));
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void aReportSubmittedByTheWorkerIsScoredByTheTownOrganisationDepartmentAndKeptWithTheTrail() {
    Worker worker = people.activeWorker("kfq", "汇报");
    ProcessInstance instance = start(worker, Q3);

    assertThat(instance).isWaitingAt("Task_SubmitQuarterlyReport").hasBusinessKey(worker.getId() + "-2026Q3");
    Task submit = task(instance);
    assertThat(submit.getName()).isEqualTo("提交季度工作汇报：汇报（2026年第三季度）");
    assertThat(submit).isAssignedTo(worker.getUserId());
    assertThat(taskService.getIdentityLinksForTask(submit.getId())).extracting(link -> link.getGroupId())
        .contains("town-org-kfq");
    assertThat(submit.getDueDate().toInstant()).as("the 10th working day of the quarter, 23:59:59")
        .isEqualTo(workingDays.endOf(LocalDate.parse("2026-07-14")).toInstant());
    assertThat(job(instance).getDuedate().toInstant()).as("Event_ReportOverdue: 00:00 the day after")
        .isEqualTo(Instant.parse("2026-07-14T16:00:00Z"));

    forms.complete(submit, worker.getUserId(), report());

    assertThat(instance).isWaitingAt("Task_ReviewQuarterlyReport");
    Task review = task(instance);
    assertThat(review.getName()).isEqualTo("评定季度考核：汇报（2026年第三季度）");
    assertThat(review).hasCandidateGroup("town-org-kfq");
    assertThat(runtimeService.getVariable(instance.getId(), "keyWork")).isEqualTo("完成3个党支部换届");
    forms.complete(review, "kfq-org", Map.of("quarterlyScore", 88.5, "scoreComment", "按期完成换届，材料规范"));

    assertThat(instance).isEnded().hasPassed("EndEvent_QuarterScored");
    QuarterlyReport kept = reports.of(instance.getId());
    assertThat(kept.getStatus()).isEqualTo(QuarterlyReportStatus.SCORED);
    assertThat(kept.getScore()).isEqualByComparingTo("88.50");
    assertThat(kept.getScoredBy()).isEqualTo("kfq-org");
    assertThat(kept.getSubmittedBy()).isEqualTo(worker.getUserId());
    assertThat(kept.wasMissed()).isFalse();
    assertThat(reports.scoresOf(worker.getId(), 2026)).containsOnlyKeys(3);
    assertThat(refusals.trailOf(worker, instance)).extracting(TrailEntry::getEvent)
        .containsExactly("QUARTERLY_REPORT_OPENED", "QUARTERLY_REPORT_SUBMITTED", "QUARTERLY_REPORT_SCORED");
    assertThat(refusals.trailOf(worker, instance)).allSatisfy(entry -> assertThat(entry.getArticle()).isNotNull());
    assertThat(refusals.trailOf(worker, instance).get(2).getDetail())
        .isEqualTo("2026年第三季度考核成绩 88.50 分，评语：按期完成换届，材料规范");
  }

  @Test
  void aMissingReportIsEscalatedAndScoredByTheDepartmentWithAReason() {
    Worker worker = people.activeWorker("kfq", "逾期");
    ProcessInstance instance = start(worker, Q3);

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-07-14T16:00:01Z")));
    execute(job(instance)); // Event_ReportOverdue
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count())
        .as("the worker's task ended").isZero();
    assertThat(instance).hasPassed("Event_ReportOverdue").isWaitingAt("Task_RecordMissingReport");
    execute(job(instance)); // Task_RecordMissingReport, asynchronous

    assertThat(instance).isWaitingAt("Task_ScoreMissingReport");
    Task score = task(instance);
    assertThat(score.getName()).isEqualTo("为工作者补记季度考核：逾期（2026年第三季度）");
    assertThat(score).hasCandidateGroup("town-org-kfq");
    assertThat(score.getAssignee()).isNull();
    assertThat(reports.of(instance.getId()).getStatus()).isEqualTo(QuarterlyReportStatus.MISSED);
    assertRefused(() -> forms.complete(score, "kfq-org", Map.of("quarterlyScore", 60)), "补记理由");
    assertThat(reports.of(instance.getId()).getStatus()).as("nothing written").isEqualTo(QuarterlyReportStatus.MISSED);

    forms.complete(task(instance), "kfq-org", Map.of("quarterlyScore", 60, "missingReason", "逾期未汇报，按平时掌握的情况评定"));

    assertThat(instance).isEnded().hasPassed("EndEvent_MissingReportScored");
    QuarterlyReport kept = reports.of(instance.getId());
    assertThat(kept.getStatus()).isEqualTo(QuarterlyReportStatus.SCORED);
    assertThat(kept.wasMissed()).isTrue();
    assertThat(kept.getScore()).isEqualByComparingTo("60");
    assertThat(kept.getComment()).isEqualTo("逾期未汇报，按平时掌握的情况评定");
    assertThat(refusals.trailOf(worker, instance)).extracting(TrailEntry::getEvent).containsExactly(
        "QUARTERLY_REPORT_OPENED", "QUARTERLY_REPORT_MISSED", "QUARTERLY_REPORT_SCORED_WITHOUT_REPORT");
  }

  @Test
  void aRetriedEscalationRecordsTheMissedReportOnce() {
    Worker worker = people.activeWorker("kfq", "重试");
    ProcessInstance instance = start(worker, Q3);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-07-15T01:00:00Z")));
    execute(job(instance));
    execute(job(instance));

    reports.recordMissing(instance.getId()); // as a second run of the job would

    assertThat(refusals.trailOf(worker, instance)).extracting(TrailEntry::getEvent)
        .containsOnlyOnce("QUARTERLY_REPORT_MISSED");
  }

  @Test
  void aScoreOutOfRangeOrWithoutACommentIsRefusedAndNothingIsWritten() {
    Worker worker = people.activeWorker("kfq", "越界");
    ProcessInstance instance = start(worker, Q3);
    forms.complete(task(instance), worker.getUserId(), report());

    assertRefused(() -> forms.complete(task(instance), "kfq-org", Map.of("quarterlyScore", 100.5, "scoreComment", "好")),
        "季度考核成绩应在 0 到 100 分之间，收到 100.5");
    assertRefused(() -> forms.complete(task(instance), "kfq-org", Map.of("quarterlyScore", -1, "scoreComment", "差")),
        "0 到 100 分之间");
    assertRefused(() -> forms.complete(task(instance), "kfq-org", Map.of("quarterlyScore", "九十", "scoreComment", "好")),
        "季度考核成绩应为数字");
    assertRefused(() -> forms.complete(task(instance), "kfq-org", Map.of("quarterlyScore", 90.125, "scoreComment", "好")),
        "最多保留两位小数");
    assertRefused(() -> forms.complete(task(instance), "kfq-org", Map.of("quarterlyScore", 90, "scoreComment", " ")),
        "评语");

    assertThat(instance).isWaitingAt("Task_ReviewQuarterlyReport");
    assertThat(reports.of(instance.getId()).getScore()).isNull();
    assertThat(reports.of(instance.getId()).getStatus()).isEqualTo(QuarterlyReportStatus.SUBMITTED);
    forms.complete(task(instance), "kfq-org", Map.of("quarterlyScore", 100, "scoreComment", "满分"));
    assertThat(reports.of(instance.getId()).getScore()).isEqualByComparingTo("100");
  }

  @Test
  void anEmptyPartOfTheWrittenReportIsRefused() {
    Worker worker = people.activeWorker("kfq", "空项");
    ProcessInstance instance = start(worker, Q3);
    Map<String, Object> withoutProblems = report();
    withoutProblems.put("problems", "  ");

    assertRefused(() -> forms.complete(task(instance), worker.getUserId(), withoutProblems), "请填写存在的问题和不足");
    Map<String, Object> tooLong = report();
    tooLong.put("keyWork", "很".repeat(2001));
    assertRefused(() -> forms.complete(task(instance), worker.getUserId(), tooLong), "不能超过 2000 个字");
    assertThat(instance).isWaitingAt("Task_SubmitQuarterlyReport");
    assertThat(reports.of(instance.getId()).getStatus()).isEqualTo(QuarterlyReportStatus.OPEN);
  }

  @Test
  void anotherTownNeitherSeesNorScoresTheReport() {
    Worker worker = people.activeWorker("kfq", "他镇");
    ProcessInstance instance = start(worker, Q3);
    assertThat(instance.getTenantId()).isEqualTo("kfq");
    forms.complete(task(instance), worker.getUserId(), report());

    people.actAs("huaqiao-org");
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    people.actAsSystem();
    assertThatThrownBy(() -> forms.complete(task(instance), "huaqiao-org", Map.of("quarterlyScore", 90,
        "scoreComment", "越权评分"))).hasMessageContaining("no authenticated tenant");
    // The town's committee is not the organisation department: the engine keeps the task to its group.
    assertThatThrownBy(() -> forms.complete(task(instance), "kfq-committee", Map.of("quarterlyScore", 90,
        "scoreComment", "越权评分"))).isInstanceOf(AuthorizationException.class);
    assertThat(reports.of(instance.getId()).getScore()).isNull();
    assertThat(instance).isWaitingAt("Task_ReviewQuarterlyReport");
  }

  @Test
  void theDepartmentSubmitsForAWorkerWithoutAnAccountAndTheTrailSaysSo() {
    Worker worker = people.activeWorker("kfq", "代交");
    ProcessInstance instance = start(worker, Q3);
    taskService.setAssignee(task(instance).getId(), null); // as for a worker whose account is not active yet

    forms.complete(task(instance), "kfq-org", report());

    assertThat(refusals.trailOf(worker, instance).get(1).getDetail()).isEqualTo("由区镇组织部门代为提交2026年第三季度工作汇报");
    assertThat(reports.of(instance.getId()).getSubmittedBy()).isEqualTo("kfq-org");
  }

  @Test
  void aSecondReportOfTheSameWorkerAndQuarterIsRefusedAndLeavesNothingBehind() {
    Worker worker = people.activeWorker("kfq", "重复");
    start(worker, Q3);

    refusals.assertNothingStarted(() -> start(worker, Q3), "2026年第三季度工作汇报已经发起", () -> countReports());
  }

  @Test
  void aWorkerNoLongerInServiceGetsNoReport() {
    Worker worker = people.workerOnProbation("kfq", "试用");
    ProcessInstance instance = start(worker, Q3);
    assertThat(instance).isWaitingAt("Task_SubmitQuarterlyReport"); // probation is service too

    Worker gone = people.activeWorker("kfq", "离岗");
    people.actAsSystem();
    dismissNow(gone);
    refusals.assertNothingStarted(() -> start(gone, Q3), "不需要提交季度工作汇报", () -> countReports());
  }

  @Test
  void aQuarterStartedAfterItsDueDayIsDueThatManyWorkingDaysFromToday() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-08-03T02:00:00Z"))); // Monday 3 August
    Worker worker = people.activeWorker("kfq", "补发");

    ProcessInstance instance = start(worker, Q3);

    assertThat(reports.of(instance.getId()).getDueOn()).isEqualTo(LocalDate.parse("2026-08-17"));
  }
  private ProcessInstance start(Worker worker, Quarter quarter) {
    return runtimeService.startProcessInstanceByKey(QuarterlyReportProcessVariables.PROCESS_KEY,
        QuarterlyReport.businessKey(worker.getId(), quarter),
        Map.of("workerId", worker.getId(), "quarter", quarter.code()));
  }

  private long countReports() {
    return reportRepository.count();
  }

  private void dismissNow(Worker worker) {
    transaction.executeWithoutResult(status -> {
      Worker loaded = workerRepository.findById(worker.getId()).orElseThrow();
      loaded.resign();
    });
  }

  static Map<String, Object> report() {
    Map<String, Object> report = new HashMap<>();
    report.put("keyWork", "完成3个党支部换届");
    report.put("problems", "走访企业不够深入");
    report.put("nextSteps", "每月走访10家非公企业");
    report.put("urgentMatters", "无");
    return report;
  }
}
