package org.partyaffairs.workforce.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.notice.Notice;
import org.partyaffairs.workforce.notice.NoticeEntry;
import org.partyaffairs.workforce.notice.NoticeService;
import org.partyaffairs.workforce.rules.facts.Grade;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.dismissal.DismissalGround;
import org.partyaffairs.workforce.dismissal.DismissalGroundRepository;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Lanzhou campaign over three towns and a dozen workers from start to confirmed results: town
 * isolation, the excellence quota decided by the city office, an objection that changes a grade,
 * and the consequences. Run on H2 and on MySQL.
 */
abstract class AssessmentCampaignFlowScenario {

  private static final List<String> TOWNS = List.of("kfq", "huaqiao", "zhangpu");

  @Autowired ProcessEngine engine;
  @Autowired Campaigns campaigns;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired CurrentActor currentActor;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired NoticeService notices;
  @Autowired CampaignService campaignService;
  @Autowired AssessmentRepository assessments;
  @Autowired DismissalGroundRepository grounds;
  @Autowired Trail trail;
  @Autowired DataSource dataSource;

  @BeforeEach
  void yearEnd() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-10T02:00:00Z")));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void aLanzhouCampaignOverThreeTownsRunsToConfirmedResultsWithQuotaObjectionAndConsequences() {
    List<Worker> own = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      own.add(people.activeWorker(TOWNS.get(i % 3), (i == 0 ? "𠮷" : "兰") + "考核" + i));
    }
    Worker keptExcellent = own.get(0);
    Worker lowered = own.get(1);
    Worker basic = own.get(2);
    Worker failing = own.get(3);
    Worker objector = own.get(4);
    ProcessInstance campaign = campaigns.start(2019, "lanzhou");
    Campaign started = campaignService.byProcess(campaign.getId());

    // Town isolation: a town sees its own workers' tasks and nothing of the city-wide campaign.
    people.actAs("huaqiao-org");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(campaign.getId()).count()).isZero();
    assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_SubmitSelfReport").listPage(0, 1000))
        .isNotEmpty().allSatisfy(task -> assertThat(task.getTenantId()).isEqualTo("huaqiao"));
    people.actAsSystem();

    // Everyone else 称职; `quota` stars at 96; two tied at 91 just beyond the quota.
    int quota = started.getWorkers() / 5;
    Map<Long, Map<String, Object>> sheets = new HashMap<>();
    sheets.put(keptExcellent.getId(), Campaigns.weighted(91, 91));
    sheets.put(lowered.getId(), Campaigns.weighted(91, 91));
    sheets.put(basic.getId(), Campaigns.weighted(70, 70));
    sheets.put(failing.getId(), Campaigns.weighted(50, 50));
    sheets.put(objector.getId(), Campaigns.weighted(60, 58));
    assessments.findByCampaignIdOrderById(started.getId()).stream().map(Assessment::getWorkerId)
        .filter(worker -> !sheets.containsKey(worker)).limit(quota)
        .forEach(star -> sheets.put(star, Campaigns.weighted(96, 96)));
    campaigns.assess(campaign, "lanzhou", sheets::get);

    assertWaitingAt(campaign, "Task_DecideOverQuota");
    List<Task> overQuota = tasks.createTaskQuery().processInstanceId(campaign.getId())
        .taskDefinitionKey("Task_DecideOverQuota").list();
    assertThat(overQuota).hasSize(2).allSatisfy(task -> assertThat(task.getTenantId()).isNull());
    assertThat(overQuota).extracting(Task::getName).anySatisfy(name -> assertThat(name).contains("𠮷考核0"));
    for (Task task : overQuota) {
      boolean keep = task.getName().contains(keptExcellent.getName());
      forms.complete(task, "office", Map.of("quotaDecision", keep ? "KEEP" : "LOWER",
          "quotaReason", keep ? "全年实绩突出，保留优秀" : "超出比例，按得分调整"));
    }
    campaigns.runJobs(campaign);
    assertThat(assessmentOf(started, keptExcellent).getGrade()).isEqualTo(Grade.EXCELLENT);
    assertThat(assessmentOf(started, lowered).getGrade()).isEqualTo(Grade.QUALIFIED);
    assertThat(assessmentOf(started, lowered).getGradeLabel()).isEqualTo("称职");
    assertThat(assessmentOf(started, lowered).getGradeExplanation()).contains("001 第二十二条", "超出比例，按得分调整");

    // An objection on the objector's town notice corrects the annual score: 58.80 不称职 → 72.00 基本称职.
    String town = objector.getTownCode();
    Notice notice = campaigns.noticeOf(campaign, town);
    NoticeEntry entry = notice.getEntries().stream()
        .filter(published -> published.getRecordId().equals(assessmentOf(started, objector).getId().toString()))
        .findFirst().orElseThrow();
    assertThat(entry.getPublishedValue()).isEqualTo("58.80分 不称职");
    people.actAs(objector.getUserId());
    try {
      notices.object(notice.getId(), entry.getId(), "年度考核成绩漏计了第四季度的工作", UUID.randomUUID().toString(),
          currentActor.get());
    } finally {
      people.actAsSystem();
    }
    Task investigation = campaigns.tasks(campaign, "Task_InvestigateObjection").get(0);
    forms.complete(investigation, "office", Map.of("outcome", "CORRECTED", "reply", "经核实，年度考核成绩应为80分",
        "correctedValue", "年度=80"));
    campaigns.runJobs(campaign);
    Assessment corrected = assessmentOf(started, objector);
    assertThat(corrected.getScore()).isEqualByComparingTo("72.00");
    assertThat(corrected.getGrade()).isEqualTo(Grade.BASIC);
    assertThat(campaigns.noticeOf(campaign, town).entry(entry.getId()).getCurrentValue()).isEqualTo("72.00分 基本称职");

    campaigns.closeNotices(campaign);
    assertWaitingAt(campaign, "Task_ConfirmResults");
    assertThat((String) runtime.getVariable(campaign.getId(), "resultSummary")).startsWith("2019年度兰州平时与年度考核：共 "
        + started.getWorkers() + " 人");
    campaigns.confirm(campaign);

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(campaign.getId()).count())
        .as("the campaign has ended").isZero();
    assertThat(grounds.findByWorkerIdOrderById(failing.getId())).extracting(DismissalGround::getGround)
        .containsExactly("ANNUAL_FAIL");
    List<Task> talks = tasks.createTaskQuery().processDefinitionKey("AssessmentFollowUpProcess")
        .taskDefinitionKey("Task_HoldTalk").list().stream()
        .filter(task -> task.getName().contains(basic.getName()) || task.getName().contains(objector.getName()))
        .toList();
    assertThat(talks).hasSize(2);
    for (Task talk : talks) {
      forms.complete(talk, talk.getTenantId() + "-org", Map.of("talkDate", "2026-12-20",
          "talkParticipants", "组织部门负责人、本人", "talkContent", "指出年度工作中的不足，明确改进要求。"));
    }
    assertThat(trail.of(basic)).extracting(TrailEntry::getEvent).contains("ASSESSMENT_GRADED", "ASSESSMENT_TALK");
    assertThat(trail.of(objector)).extracting(TrailEntry::getEvent).contains("ASSESSMENT_CORRECTED");

    CampaignService.Report report = campaignService.report(started.getId(), Actor.system());
    assertThat(report.status()).isEqualTo(CampaignStatus.CLOSED);
    assertThat(report.excellenceQuota()).isEqualTo(quota);
    assertThat(report.byStatus().get(AssessmentStatus.CONFIRMED)).isEqualTo(started.getWorkers().longValue());
    assertThat(report.byTownAndGrade().keySet()).containsAll(TOWNS);
  }

  @Test
  void theTaskTableHasAnIndexForTheSubtaskLookupOfEveryCompletion() throws SQLException {
    // Every completion asks for the task's subtasks; a campaign holds a task per worker.
    List<String> indexedColumns = new ArrayList<>();
    try (var connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      try (ResultSet index = metaData.getIndexInfo(connection.getCatalog(), null, "ACT_RU_TASK", false, true)) {
        while (index.next()) {
          if (index.getShort("ORDINAL_POSITION") == 1) {
            indexedColumns.add(index.getString("COLUMN_NAME").toUpperCase());
          }
        }
      }
    }
    assertThat(indexedColumns).contains("PARENT_TASK_ID_");
  }

  private Assessment assessmentOf(Campaign campaign, Worker worker) {
    return assessments.findByCampaignIdAndWorkerId(campaign.getId(), worker.getId()).orElseThrow();
  }

  /**
   * The campaign waits at the activity: plain engine queries rather than camunda-bpm-assert, so
   * that this scenario runs on the Operaton build too (docs/operaton.md).
   */
  private void assertWaitingAt(ProcessInstance campaign, String activityId) {
    assertThat(runtime.getActiveActivityIds(campaign.getId())).as("the campaign waits at %s", activityId)
        .contains(activityId);
  }
}
