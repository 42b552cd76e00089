package org.partyaffairs.workforce.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.support.Refusals;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.dismissal.DismissalGround;
import org.partyaffairs.workforce.dismissal.DismissalGroundRepository;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path of WarningTalkProcess (000 第十三条) on the real engine and database: the talk, the
 * three months counted from it, and both outcomes of the evaluation.
 */
@IntegrationTest
class WarningTalkProcessTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired Refusals refusals;
  @Autowired WorkerRepository workers;
  @Autowired WarningRepository warnings;
  @Autowired WarningService warningService;
  @Autowired DismissalGroundRepository grounds;
  @Autowired TransactionTemplate transaction;

  @BeforeEach
  void initAssertions() {
    init(engine);
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void aPassedWarningPeriodLiftsTheWarningAndTheWorkerMayTakeTheAssessmentAgain() {
    Worker worker = people.activeWorker("kfq", "钱告");
    ProcessInstance instance = propose(worker, "POOR_FIT", "连续三个月工作台账缺失，督促后仍未改进");

    assertThat(instance).isWaitingAt("Task_HoldWarningTalk")
        .hasBusinessKey(warningService.of(instance.getId()).businessKey());
    assertThat(instance.getTenantId()).isEqualTo("kfq");
    assertThat(task(instance)).hasCandidateGroup("town-org-kfq");
    assertThat(reload(worker).isUnderWarning()).isTrue();

    holdTalk(instance, LocalDate.now(SHANGHAI));
    assertThat(instance).isWaitingAt("Event_WarningPeriodElapsed");
    elapse(instance);
    assertThat(instance).isWaitingAt("Task_EvaluateWarningPeriod");
    assertThat(task(instance)).hasCandidateGroup("town-org-kfq");
    complete(instance, "kfq-org", Map.of("outcome", "PASSED", "evaluation", "台账已补齐，按时报送"));

    assertThat(instance).isEnded().hasPassed("EndEvent_WarningLifted");
    assertThat(reload(worker).isUnderWarning()).isFalse();
    assertThat(reload(worker).isAssessmentEligible()).isTrue();
    List<TrailEntry> entries = refusals.trailOf(worker, instance);
    assertThat(entries).extracting(TrailEntry::getEvent)
        .containsExactly("WARNING_DETERMINED", "WARNING_TALK", "WARNING_PASSED");
    assertThat(entries).extracting(TrailEntry::getArticle).containsOnly("000 第十三条");
    assertThat(entries).extracting(TrailEntry::getActor).containsOnly("kfq-org");
  }

  @Test
  void aTalkOnThirtiethNovemberRunsTheWarningToTheLastDayOfFebruary() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-30T02:00:00Z")));
    ProcessInstance instance = propose(people.activeWorker("kfq", "孙冬"), "INCOMPLETE_WORK", "年度党建报表两次错报");
    holdTalk(instance, LocalDate.parse("2026-11-30"));

    // 24:00 of 28 February 2027 in Asia/Shanghai: 16:00 UTC that day.
    assertThat(job("Event_WarningPeriodElapsed", instance).getDuedate())
        .isEqualTo(Date.from(Instant.parse("2027-02-28T16:00:00Z")));
    assertThat(runtimeService.getVariable(instance.getId(), "warningPeriodLastDay")).isEqualTo("2027-02-28");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-28T15:59:59Z")));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable().count())
        .isZero();
  }

  @Test
  void aTalkOnThirtyFirstMayRunsTheWarningToThirtyFirstAugust() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-05-31T02:00:00Z")));
    ProcessInstance instance = propose(people.activeWorker("kfq", "李夏"), "POOR_FIT", "多次未按时完成组织生活安排");
    holdTalk(instance, LocalDate.parse("2026-05-31"));

    assertThat(job("Event_WarningPeriodElapsed", instance).getDuedate())
        .isEqualTo(Date.from(Instant.parse("2026-08-31T16:00:00Z")));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-08-31T16:00:00Z")));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable().count())
        .isOne();
  }

  @Test
  void aFailedWarningPeriodCostsTheYearsAssessmentAndStartsADismissal() {
    Worker worker = people.activeWorker("kfq", "周败");
    ProcessInstance instance = propose(worker, "INCOMPLETE_WORK", "换届材料三次退回");
    holdTalk(instance, LocalDate.now(SHANGHAI));
    elapse(instance);
    complete(instance, "kfq-org", Map.of("outcome", "FAILED", "evaluation", "告诫期内仍未改正"));

    assertThat(instance).isWaitingAt("Task_RevokeAssessmentEligibility");
    assertThat(job(instance)).hasRetries(3);
    execute(job(instance));

    assertThat(instance).isEnded().hasPassed("EndEvent_DismissalProposed");
    Worker after = reload(worker);
    assertThat(after.isAssessmentEligible()).isFalse();
    assertThat(after.isUnderWarning()).isFalse();
    assertThat(grounds.findByWorkerIdOrderById(worker.getId())).extracting(DismissalGround::getGround)
        .containsExactly("ELIGIBILITY_REVOKED");
    ProcessInstance dismissal = dismissalOf(worker);
    assertThat(dismissal).isWaitingAt("Task_DraftDismissalOpinion");
    assertThat(runtimeService.getVariable(dismissal.getId(), "grounds").toString()).contains("被取消年度考核资格");

    // The job run again (a lost lock) changes nothing more.
    warningService.revokeEligibility(instance.getId());
    assertThat(grounds.findByWorkerIdOrderById(worker.getId())).hasSize(1);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("DismissalProcess")
        .variableValueEquals("workerId", worker.getId()).count()).isOne();
  }

  @Test
  void aWarningEndsWhenTheWorkerIsDismissedMeanwhile() {
    Worker worker = people.activeWorker("kfq", "冯中止");
    ProcessInstance warning = propose(worker, "POOR_FIT", "工作疲沓");
    ProcessInstance dismissal = forms.start("DismissalProcess", "kfq-org",
        Map.of("workerId", worker.getId(), "seriousIncident", true, "evidence", "责任事故调查报告"));
    complete(dismissal, "kfq-org", Map.of("opinion", "建议解聘"));
    complete(dismissal, "kfq-committee", Map.of("decision", "DISMISS"));
    execute(job(dismissal));

    assertThat(warning).isEnded().hasPassed("EndEvent_WarningEndedByDeparture");
    assertThat(warningService.of(warning.getId()).getStatus()).isEqualTo(WarningStatus.ENDED_BY_DEPARTURE);
    assertThat(reload(worker).isUnderWarning()).isFalse();
  }

  @Test
  void aWorkerUnderWarningCannotBeWarnedTwice() {
    Worker worker = people.activeWorker("kfq", "吴重");
    propose(worker, "POOR_FIT", "工作疲沓");

    refusals.assertNothingStarted(() -> propose(worker, "INCOMPLETE_WORK", "另一情形"), "已在告诫期内", warnings::count);
  }

  @Test
  void aWorkerNoLongerInServiceCannotBeWarned() {
    Worker worker = people.activeWorker("kfq", "郑离");
    transaction.executeWithoutResult(status -> workers.findById(worker.getId()).orElseThrow().resign());

    refusals.assertNothingStarted(() -> propose(worker, "POOR_FIT", "工作疲沓"), "已辞职", warnings::count);
  }

  @Test
  void theAbsenceGroundIsTheApplicationsNotAPersons() {
    refusals.assertNothingStarted(() -> propose(people.activeWorker("kfq", "王旷"), "ABSENCE", "旷工"),
        "登记旷工", warnings::count);
  }

  @Test
  void anotherTownsWorkerCannotBeWarned() {
    Worker worker = people.activeWorker("huaqiao", "冯外");
    refusals.assertNothingStarted(() -> propose(worker, "POOR_FIT", "工作疲沓"), "无权", warnings::count);
  }

  @Test
  void aWarningNeedsAReasonAndAGroundOfTheRegulation() {
    Worker worker = people.activeWorker("kfq", "陈空");
    refusals.assertNothingStarted(() -> propose(worker, "POOR_FIT", "  "), "请填写告诫理由", warnings::count);
    refusals.assertNothingStarted(() -> propose(worker, "LAZY", "工作疲沓"),
        "POOR_FIT, INCOMPLETE_WORK, ABSENCE", warnings::count);
  }

  @Test
  void aTalkCannotBeRecordedBeforeItIsHeld() {
    ProcessInstance instance = propose(people.activeWorker("kfq", "褚早"), "POOR_FIT", "工作疲沓");

    assertThatThrownBy(() -> holdTalk(instance, LocalDate.now(SHANGHAI).plusDays(1)))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("晚于今天");
    assertThat(instance).isWaitingAt("Task_HoldWarningTalk");
    assertThat(warningService.of(instance.getId()).getStatus()).isEqualTo(WarningStatus.TALK_PENDING);
  }

  private ProcessInstance propose(Worker worker, String ground, String reason) {
    return forms.start(WarningProcessVariables.PROCESS_KEY, "kfq-org",
        Map.of("workerId", worker.getId(), "ground", ground, "reason", reason));
  }

  private void holdTalk(ProcessInstance instance, LocalDate on) {
    complete(instance, "kfq-org", Map.of("talkDate", on.toString(), "talkParticipants", "组织委员、工作站站长",
        "talkContent", "指出问题，提出三个月内改进要求"));
  }

  /** Moves the clock to the end of the period and fires the timer. */
  private void elapse(ProcessInstance instance) {
    ClockUtil.setCurrentTime(job("Event_WarningPeriodElapsed", instance).getDuedate());
    execute(job("Event_WarningPeriodElapsed", instance));
  }

  private void complete(ProcessInstance instance, String userId, Map<String, Object> form) {
    forms.complete(task(instance), userId, form);
  }

  private ProcessInstance dismissalOf(Worker worker) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("DismissalProcess")
        .variableValueEquals("workerId", worker.getId()).singleResult();
  }

  private Worker reload(Worker worker) {
    return workers.findById(worker.getId()).orElseThrow();
  }
}
