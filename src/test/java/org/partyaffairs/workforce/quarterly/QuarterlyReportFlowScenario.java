package org.partyaffairs.workforce.quarterly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.security.UserAccounts;
import org.partyaffairs.workforce.shared.Quarter;
import org.partyaffairs.workforce.support.AtOnce;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One quarter of reports in a town as the people involved take it (001 第十八条(三)): the quarter started
 * from two threads at once (two nodes), one report per worker; one worker reports and is scored, the
 * other misses the due day, is escalated and scored with a reason; another town sees none of it. Run
 * on H2 ({@link QuarterlyReportFlowTest}) and on MySQL ({@link QuarterlyReportMySqlIT}); 淀山湖镇 is a
 * town no other test uses. Names and texts carry 𠮷, a 4-byte character.
 */
abstract class QuarterlyReportFlowScenario {

  private static final String TOWN = "dianshanhu";
  private static final String DEPARTMENT = "dianshanhu-org-quarterly";

  @Autowired People people;
  @Autowired Forms forms;
  @Autowired UserAccounts accounts;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired QuarterlyReportStarts starts;
  @Autowired QuarterlyReportService reports;
  @Autowired Trail trail;

  @BeforeEach
  void onTheFirstDayOfTheThirdQuarter() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-07-01T02:00:00Z")));
    accounts.ensure(DEPARTMENT, "淀山湖镇组织部门（测试）", "区镇组织部门", "test", Groups.townOrg(TOWN));
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void aTownsQuarterIsStartedOnceReportedScoredAndAMissingReportEscalated() throws Exception {
    Worker reporting = people.activeWorker(TOWN, "𠮷汇报");
    Worker silent = people.activeWorker(TOWN, "𠮷未交");
    Quarter quarter = new Quarter(2026, 3);

    List<AtOnce.Outcome<QuarterlyReportStarts.Started>> outcomes = AtOnce.call(
        List.<Callable<QuarterlyReportStarts.Started>>of(() -> starts.start(TOWN, quarter), () -> starts.start(TOWN, quarter)));
    assertThat(outcomes).noneMatch(AtOnce.Outcome::failed);
    assertThat(outcomes.stream().mapToInt(outcome -> outcome.value().started()).sum()).isEqualTo(2);

    people.actAs("huaqiao-org");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reporting.getId() + "-2026Q3").count()).isZero();
    people.actAs(reporting.getUserId());
    Task own = taskService.createTaskQuery().taskAssignee(reporting.getUserId()).singleResult();
    assertThat(own.getName()).isEqualTo("提交季度工作汇报：𠮷汇报（2026年第三季度）");
    people.actAsSystem();
    Map<String, Object> report = new HashMap<>();
    report.put("keyWork", "完成𠮷祥社区3个党支部换届");
    report.put("problems", "走访企业不够深入");
    report.put("nextSteps", "每月走访10家非公企业");
    report.put("urgentMatters", "无");
    forms.complete(own, reporting.getUserId(), report);
    Task review = taskService.createTaskQuery().processInstanceId(own.getProcessInstanceId()).singleResult();
    forms.complete(review, DEPARTMENT, Map.of("quarterlyScore", 91.25, "scoreComment", "𠮷祥社区换届规范"));

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-07-15T01:00:00Z")));
    runJobs();
    Task missing = taskService.createTaskQuery().processInstanceBusinessKey(silent.getId() + "-2026Q3").singleResult();
    assertThat(missing.getName()).isEqualTo("为工作者补记季度考核：𠮷未交（2026年第三季度）");
    forms.complete(missing, DEPARTMENT, Map.of("quarterlyScore", 55, "missingReason", "逾期未交，电话催报未果"));

    QuarterlyReport scored = reports.of(own.getProcessInstanceId());
    assertThat(scored.getKeyWork()).isEqualTo("完成𠮷祥社区3个党支部换届");
    assertThat(scored.getScore()).isEqualByComparingTo("91.25");
    assertThat(reports.scoresOf(silent.getId(), 2026)).containsEntry(3, new java.math.BigDecimal("55.00"));
    assertThat(reports.of(silent).get(0).wasMissed()).isTrue();
    assertThat(trail.of(silent)).extracting(entry -> entry.getEvent()).contains("QUARTERLY_REPORT_MISSED",
        "QUARTERLY_REPORT_SCORED_WITHOUT_REPORT");
  }

  /** Runs every due job of this town's reports, as the job executor would. */
  private void runJobs() {
    boolean ran;
    do {
      ran = false;
      for (Job job : managementService.createJobQuery().tenantIdIn(TOWN).executable().list()) {
        managementService.executeJob(job.getId());
        ran = true;
      }
    } while (ran);
  }
}
