package org.partyaffairs.workforce.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.points.PointsEntry;
import org.partyaffairs.workforce.points.PointsEntryState;
import org.partyaffairs.workforce.points.PointsFixtures;
import org.partyaffairs.workforce.points.PointsService;
import org.partyaffairs.workforce.rules.facts.Grade;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.dismissal.DismissalGround;
import org.partyaffairs.workforce.dismissal.DismissalGroundRepository;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** AssessmentCampaignProcess and AnnualAssessmentProcess under each policy, start to consequences. */
@IntegrationTest
class AssessmentCampaignProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired Campaigns campaigns;
  @Autowired People people;
  @Autowired CampaignService campaignService;
  @Autowired AssessmentRepository assessments;
  @Autowired DismissalGroundRepository grounds;
  @Autowired RewardRecordRepository rewards;
  @Autowired TaskService tasks;
  @Autowired Forms forms;
  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService history;
  @Autowired PointsFixtures pointsFixtures;
  @Autowired PointsService points;

  @BeforeEach
  void start() {
    init(engine);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-10T02:00:00Z")));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void aKunshanCampaignGradesEachWorkerAndAFailBecomesADismissalGround() {
    Worker excellent = people.activeWorker("kfq", "考核优");
    Worker failing = people.activeWorker("huaqiao", "考核差");
    ProcessInstance campaign = campaigns.start(2011, "kunshan");

    Campaign started = campaignService.byProcess(campaign.getId());
    assertThat(campaign).hasBusinessKey("2011-kunshan");
    assertThat(campaign.getTenantId()).isNull();
    ProcessInstance assessment = runtime.createProcessInstanceQuery().rootProcessInstanceId(campaign.getId())
        .processInstanceBusinessKey("2011-kfq-" + excellent.getId()).singleResult();
    assertThat(assessment.getTenantId()).isEqualTo("kfq");
    ProcessInstance firstBatch = runtime.createProcessInstanceQuery().superProcessInstanceId(campaign.getId())
        .processInstanceBusinessKey("2011-kunshan-batch-0").singleResult();
    assertThat(firstBatch).isNotNull();
    assertThat(firstBatch.getTenantId()).isNull();

    campaigns.assess(campaign, "kunshan", worker -> worker.equals(excellent.getId()) ? Campaigns.evaluationForm(95)
        : worker.equals(failing.getId()) ? Campaigns.evaluationForm(55) : null);
    Assessment graded = assessments.findByCampaignIdAndWorkerId(started.getId(), excellent.getId()).orElseThrow();
    assertThat(graded.getGrade()).isEqualTo(Grade.EXCELLENT);
    assertThat(graded.getGradeLabel()).isEqualTo("优秀");
    assertThat(graded.getGradeExplanation()).contains("000 第十条");
    assertThat(campaigns.tasks(campaign, "Task_InvestigateObjection")).isEmpty();
    assertThat(campaignService.byProcess(campaign.getId()).getStatus()).isEqualTo(CampaignStatus.PUBLISHING);

    finish(campaign);
    assertThat(grounds.findByWorkerIdOrderById(failing.getId())).extracting(DismissalGround::getGround)
        .containsExactly("ANNUAL_FAIL");
    assertThat(grounds.findByWorkerIdOrderById(excellent.getId())).isEmpty();
    CampaignService.Report report = campaignService.report(started.getId(), Actor.system());
    assertThat(report.status()).isEqualTo(CampaignStatus.CLOSED);
    assertThat(report.byStatus().get(AssessmentStatus.CONFIRMED)).isEqualTo(report.workers().longValue());
    assertThat(report.byTownAndGrade().get("huaqiao")).containsEntry("FAIL", 1L);
  }

  @Test
  void aSelfReportIsDueAtTheCampaignsDeadline() { // 000 第九条: the office runs the campaign and sets its deadlines
    Worker worker = people.activeWorker("kfq", "截止述职");
    ProcessInstance campaign = forms.start(Campaigns.PROCESS_KEY, "office", deadlines(2010, "2026-12-18", "2026-12-30"));
    campaigns.runJobs(campaign);
    assertThat(campaign).hasVariables("selfReportDueOn", "scoringDueOn");
    assertThat(campaignService.byProcess(campaign.getId()).getScoringDueOn()).hasToString("2026-12-30");

    Task selfReport = taskOf(campaign, "2010-kfq-" + worker.getId());
    assertThat(selfReport.getName()).isEqualTo("提交年度述职：截止述职（昆山开发区）");
    assertThat(selfReport.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-18T15:59:59Z"));
    assertThat(campaigns.tasks(campaign, Campaigns.SELF_REPORT_TASK)).allSatisfy(task ->
        assertThat(task.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-18T15:59:59Z")));
    campaigns.complete(selfReport, Campaigns.selfReport());

    Task scoring = taskOf(campaign, "2010-kfq-" + worker.getId());
    assertThat(scoring.getTaskDefinitionKey()).isEqualTo(Campaigns.EVALUATION_FORM_TASK);
    assertThat(scoring.getName()).isEqualTo("按考核评价表评分：截止述职（昆山开发区）");
    assertThat(scoring.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-30T15:59:59Z"));
  }

  @Test
  void leftEmptyTheDeadlinesAreTenAndTwentyWorkingDaysAway() { // rules/calendar/service-levels.csv (demo values)
    ProcessInstance campaign = forms.start(Campaigns.PROCESS_KEY, "office", Campaigns.startForm(2008, "points"));
    Campaign started = campaignService.byProcess(campaign.getId());
    // Thursday 10 December 2026: ten working days later is Thursday the 24th, ten more Friday 8 January 2027
    // (元旦, Friday 1 January 2027, is not a working day: rules/calendar/2027.csv)
    assertThat(started.getSelfReportDueOn()).hasToString("2026-12-24");
    assertThat(started.getScoringDueOn()).hasToString("2027-01-08");
    assertThat(runtime.getVariable(campaign.getId(), "campaignName")).isEqualTo("2008年度·积分制考核");
  }

  @Test
  void deadlinesInThePastOnAHolidayOrScoringBeforeTheSelfReportsAreRefusedAndNothingStarts() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(Campaigns.PROCESS_KEY).count();
    assertThatThrownBy(() -> forms.start(Campaigns.PROCESS_KEY, "office", deadlines(2007, "2026-12-10", "2026-12-30")))
        .hasMessageContaining("应在今天（2026-12-10）之后");
    assertThatThrownBy(() -> forms.start(Campaigns.PROCESS_KEY, "office", deadlines(2007, "2026-12-19", "2026-12-30")))
        .hasMessageContaining("2026-12-19 不是工作日");
    assertThatThrownBy(() -> forms.start(Campaigns.PROCESS_KEY, "office", deadlines(2007, "2026-12-22", "2026-12-21")))
        .hasMessageContaining("应晚于述职截止日期 2026-12-22");
    assertThatThrownBy(() -> forms.start(Campaigns.PROCESS_KEY, "office", deadlines(2007, "2026-12-22", "2026-13-01")))
        .hasMessageContaining("yyyy-MM-dd");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(Campaigns.PROCESS_KEY).count()).isEqualTo(before);
  }

  private static Map<String, Object> deadlines(int year, String selfReportDueOn, String scoringDueOn) {
    Map<String, Object> form = new HashMap<>(Campaigns.startForm(year, "kunshan"));
    form.put("selfReportDueOn", selfReportDueOn);
    form.put("scoringDueOn", scoringDueOn);
    return form;
  }

  private Task taskOf(ProcessInstance campaign, String assessmentKey) {
    ProcessInstance assessment = runtime.createProcessInstanceQuery().rootProcessInstanceId(campaign.getId())
        .processInstanceBusinessKey(assessmentKey).singleResult();
    return tasks.createTaskQuery().processInstanceId(assessment.getId()).singleResult();
  }

  @Test
  void basicTwoYearsRunningIsAGroundAndOnlyActiveEligibleWorkersNotUnderWarningAreAssessed() {
    Worker basic = people.activeWorker("zhangpu", "连续基本合格");
    Worker onProbation = people.workerOnProbation("zhangpu", "试用期人员");
    Worker ineligible = people.activeWorker("zhangpu", "取消资格人员");
    Worker warned = people.activeWorker("zhangpu", "告诫期人员");
    jdbc.update("update worker set assessment_eligible = false where id = ?", ineligible.getId());
    jdbc.update("update worker set under_warning = true where id = ?", warned.getId());

    ProcessInstance first = campaigns.start(2012, "kunshan");
    Long firstId = campaignService.byProcess(first.getId()).getId();
    assertThat(assessments.findByCampaignIdAndWorkerId(firstId, basic.getId())).isPresent();
    for (Worker excluded : new Worker[] {onProbation, ineligible, warned}) {
      assertThat(assessments.findByCampaignIdAndWorkerId(firstId, excluded.getId())).isEmpty();
    }
    runYear(first, basic, 65);
    assertThat(grounds.findByWorkerIdOrderById(basic.getId())).isEmpty();

    runYear(campaigns.start(2013, "kunshan"), basic, 69.5);
    assertThat(grounds.findByWorkerIdOrderById(basic.getId())).extracting(DismissalGround::getGround)
        .containsExactly("TWO_CONSECUTIVE_BASIC");
    jdbc.update("update worker set assessment_eligible = true, under_warning = false where id in (?, ?)",
        ineligible.getId(), warned.getId());
  }

  @Test
  void anItemAboveItsMaximumIsRefusedByNameAndNothingIsRecorded() {
    Worker worker = people.activeWorker("kfq", "超分人员");
    ProcessInstance campaign = campaigns.start(2014, "kunshan");
    forms.complete(taskOf(campaign, "Task_SubmitSelfReport", worker), worker.getUserId(),
        Map.of("selfReport", "本年度认真履行职责，完成各项工作任务。"));
    Task scoring = taskOf(campaign, "Task_ScoreEvaluationForm", worker);
    Map<String, Object> form = new HashMap<>(Campaigns.evaluationForm(90));
    form.put("item11", 11);

    assertThatThrownBy(() -> forms.complete(scoring, "kfq-org", form)).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("item11");
    Long campaignId = campaignService.byProcess(campaign.getId()).getId();
    Assessment untouched = assessments.findByCampaignIdAndWorkerId(campaignId, worker.getId()).orElseThrow();
    assertThat(untouched.getScoreInput()).isNull();
    assertThat(untouched.getStatus()).isEqualTo(AssessmentStatus.WAITING_SCORE);
    campaigns.assess(campaign, "kunshan", any -> null);
    finish(campaign);
  }

  /**
   * Under {@code points} the campaign grades from the year-round ledger (004 附件1 二、考核流程): the scoring
   * task shows every line and the total read-only; the department confirms, or corrects one line with its
   * reason, which goes into the ledger first. A veto counts once the town committee confirmed it.
   */
  @Test
  void aSecondCampaignForTheSameYearAndPolicyIsRefusedAndThePointsLedgerGrades() {
    Worker commended = people.activeWorker("huaqiao", "积分表彰");
    Worker vetoed = people.activeWorker("huaqiao", "积分否决");
    pointsFixtures.record(commended.getId(), "huaqiao", 13, 1, "city", LocalDate.of(2016, 5, 4));
    PointsEntry twice = pointsFixtures.record(commended.getId(), "huaqiao", 17, 2, null, LocalDate.of(2016, 6, 1));
    PointsEntry veto = pointsFixtures.record(vetoed.getId(), "huaqiao", 2, 1, null, LocalDate.of(2016, 9, 1));
    forms.complete(tasks.createTaskQuery().processInstanceId(veto.getProcessInstanceId()).singleResult(),
        "huaqiao-committee", Map.of("decision", "ACCEPT"));
    ProcessInstance campaign = campaigns.start(2016, "points");

    assertThatThrownBy(() -> campaigns.start(2016, "points")).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("2016年度积分制考核的考核活动已经发起");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("2016-points").count()).isEqualTo(1);
    Task ledger = taskOf(campaign, "Task_ScorePointsLedger", commended);
    assertThat(ledger).isNull(); // the self-report comes first
    campaigns.assess(campaign, "points", worker -> worker.equals(commended.getId())
        ? Map.of("ledgerDecision", "CORRECT", "correctedLine", "第" + twice.getId() + "条 17 1",
            "correctionReason", "6月只有一次未按时交纳党费")
        : Map.of("ledgerDecision", "CONFIRM"));
    Long campaignId = campaignService.byProcess(campaign.getId()).getId();
    Assessment graded = assessments.findByCampaignIdAndWorkerId(campaignId, commended.getId()).orElseThrow();
    assertThat(graded.getScore()).as("100 − 3 + 10 after the correction").isEqualByComparingTo("107.00");
    assertThat(graded.getGradeLabel()).isEqualTo("合格");
    assertThat(shown(graded, "ledgerStanding")).as("shown before the correction").isEqualTo("总分 104（加分 10，减分 6）");
    assertThat(shown(graded, "ledgerLines")).asString().contains("第" + twice.getId() + "条 2016-06-01 第17项 ×2 已认定");
    assertThat(points.lines(commended.getId(), 2016)).extracting(PointsEntry::getState)
        .containsExactly(PointsEntryState.ACCEPTED, PointsEntryState.SUPERSEDED, PointsEntryState.ACCEPTED);
    assertThat(assessments.findByCampaignIdAndWorkerId(campaignId, vetoed.getId()).orElseThrow().getGrade())
        .isEqualTo(Grade.FAIL);
    finish(campaign);
    assertThat(grounds.findByWorkerIdOrderById(vetoed.getId())).extracting(DismissalGround::getGround)
        .containsExactly("ANNUAL_FAIL");
  }

  /** What the scoring form of the worker's assessment showed (the task's variable as it was set). */
  private Object shown(Assessment assessment, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(assessment.getProcessInstanceId())
        .variableName(name).singleResult().getValue();
  }

  @Test
  void lanzhouRewardsTwoYearsOfTheSameGradeAndSendsTheMixedCaseToAPerson() {
    Worker excellent = people.activeWorker("kfq", "连续优秀");
    Worker mixed = people.activeWorker("kfq", "优秀称职各一");
    Worker qualified = people.activeWorker("kfq", "连续称职");
    runLanzhouYear(campaigns.start(2017, "lanzhou"), excellent);
    runLanzhouYear(campaigns.start(2018, "lanzhou"), excellent, mixed);

    assertThat(rewards.findByWorkerIdOrderById(excellent.getId())).extracting(RewardRecord::getAmount)
        .containsExactly(7200);
    assertThat(rewards.findByWorkerIdOrderById(qualified.getId())).extracting(RewardRecord::getAmount)
        .containsExactly(4800);
    assertThat(rewards.findByWorkerIdOrderById(mixed.getId())).isEmpty();
    Task review = tasks.createTaskQuery().processDefinitionKey("AssessmentFollowUpProcess")
        .taskDefinitionKey("Task_ReviewReward").processInstanceBusinessKey("2018-kfq-" + mixed.getId() + "-MANUAL_REVIEW")
        .singleResult();
    assertThat(review.getTenantId()).isEqualTo("kfq");
    forms.complete(review, "office", Map.of("rewardAmount", "4800", "rewardReason", "第二年优秀，参照连续称职奖励"));
    assertThat(rewards.findByWorkerIdOrderById(mixed.getId())).extracting(RewardRecord::getAmount)
        .containsExactly(4800);
  }

  /** The {@code excellent} 优秀 (kept over the quota, if they are beyond it), everyone else 称职. */
  private void runLanzhouYear(ProcessInstance campaign, Worker... excellent) {
    List<Long> stars = Arrays.stream(excellent).map(Worker::getId).toList();
    campaigns.assess(campaign, "lanzhou", worker -> stars.contains(worker) ? Campaigns.weighted(95, 95) : null);
    for (Task task : tasks.createTaskQuery().processInstanceId(campaign.getId()).taskDefinitionKey("Task_DecideOverQuota").list()) {
      forms.complete(task, "office", Map.of("quotaDecision", "KEEP", "quotaReason", "实绩突出"));
    }
    campaigns.runJobs(campaign);
    finish(campaign);
  }

  private void runYear(ProcessInstance campaign, Worker worker, double total) {
    campaigns.assess(campaign, "kunshan", assessed -> assessed.equals(worker.getId())
        ? Campaigns.evaluationForm((int) Math.floor(total)) : null);
    finish(campaign);
  }

  private void finish(ProcessInstance campaign) {
    campaigns.closeNotices(campaign);
    campaigns.confirm(campaign);
    assertThat(campaign).isEnded();
  }

  private Task taskOf(ProcessInstance campaign, String taskDefinitionKey, Worker worker) {
    return campaigns.tasks(campaign, taskDefinitionKey).stream()
        .filter(task -> worker.getId().equals(runtime.getVariable(task.getProcessInstanceId(), "workerId")))
        .findFirst().orElse(null);
  }
}
