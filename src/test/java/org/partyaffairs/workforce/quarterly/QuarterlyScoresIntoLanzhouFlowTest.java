package org.partyaffairs.workforce.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.partyaffairs.workforce.support.Refusals.assertRefused;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.assessment.AssessmentService;
import org.partyaffairs.workforce.assessment.Campaigns;
import org.partyaffairs.workforce.shared.Quarter;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole way on H2 from a year's quarterly reports to a Lanzhou campaign (001 第十八条(三),
 * 第二十一条): three quarters of 2021 scored (one of them after a missed report), the fourth never
 * reported; the campaign's scoring form shows each quarter and the 平时考核 they give, a different
 * 平时考核 is refused, the computed one is weighed 40% with the annual 60%. A worker without quarterly
 * scores is scored by hand, with the reason the department must give.
 */
@IntegrationTest
class QuarterlyScoresIntoLanzhouFlowTest {

  private static final int YEAR = 2021; // no other test runs a campaign of 2021

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired Campaigns campaigns;
  @Autowired AssessmentService assessments;
  @Autowired QuarterlyReportService reports;
  @Autowired Trail trail;

  @BeforeEach
  void engine() {
    init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void theOrdinaryScoreOfALanzhouCampaignIsTheMeanOfTheYearsScoredQuarters() {
    Worker worker = people.activeWorker("kfq", "季度兰州");
    Worker withoutQuarters = people.activeWorker("kfq", "无季度兰州");
    scored(worker, 1, 88);
    scored(worker, 2, 92.5);
    missedAndScored(worker, 3, 70);
    // 第四季度: never reported

    ProcessInstance campaign = campaigns.start(YEAR, "lanzhou");
    for (Task task : campaigns.tasks(campaign, Campaigns.SELF_REPORT_TASK)) {
      campaigns.complete(task, Campaigns.selfReport());
    }
    Task scoring = scoringTaskOf(campaign, worker);
    Map<String, Object> shown = runtime.getVariables(scoring.getProcessInstanceId());
    assertThat(shown.get("quarterScores")).isEqualTo(
        "第一季度：88.00 分\n第二季度：92.50 分\n第三季度：70.00 分\n第四季度：未评定（不计入平均）");
    assertThat(shown.get("ordinary")).as("pre-filled: (88 + 92.5 + 70) / 3").isEqualTo(83.5);
    assertThat(shown.get("ordinaryComputed")).isEqualTo(true);
    assertThat(shown.get("ordinaryBasis").toString()).contains("83.50 分", "第四季度没有季度考核成绩，不计入平均");

    assertRefused(() -> forms.complete(scoring, "kfq-org", Map.of("ordinary", 90, "annual", 90)),
        "平时考核成绩应为本年度已评定季度考核成绩的平均分 83.50 分");
    assertRefused(() -> forms.complete(scoringTaskOf(campaign, withoutQuarters), "kfq-org",
        Map.of("ordinary", 80, "annual", 90)), "本年度没有任何季度考核成绩，录入平时考核成绩须说明理由");
    assertThat(runtime.getVariables(scoringTaskOf(campaign, withoutQuarters).getProcessInstanceId()).get("ordinaryComputed"))
        .isEqualTo(false);

    campaigns.assess(campaign, "lanzhou", id -> id.equals(worker.getId())
        ? Map.of("ordinary", 83.5, "annual", 90) : null);

    // 001 第二十一条: 0.4 × 83.50 + 0.6 × 90
    assertThat(assessments.byProcess(scoring.getProcessInstanceId()).getScore()).isEqualByComparingTo("87.40");
    List<TrailEntry> entries = trail.of(worker);
    assertThat(entries).filteredOn(entry -> entry.getEvent().equals("ORDINARY_FROM_QUARTERS")).singleElement()
        .satisfies(entry -> assertThat(entry.getDetail())
            .isEqualTo("平时考核成绩 83.50 分，为本年度已评定季度考核成绩的平均分；未评定的季度：第四季度（不计入平均）"));
    assertThat(trail.of(withoutQuarters)).filteredOn(entry -> entry.getEvent().equals("ORDINARY_ENTERED"))
        .singleElement().satisfies(entry -> assertThat(entry.getDetail()).contains("由组织部门录入，理由："
            + Campaigns.MANUAL_ORDINARY_REASON));
  }

  private Task scoringTaskOf(ProcessInstance campaign, Worker worker) {
    return campaigns.tasks(campaign, "Task_ScoreWeighted").stream()
        .filter(task -> worker.getId().equals(runtime.getVariable(task.getProcessInstanceId(), "workerId")))
        .findFirst().orElseThrow();
  }

  private void scored(Worker worker, int quarter, double score) {
    ProcessInstance instance = start(worker, quarter);
    forms.complete(task(instance), worker.getUserId(), QuarterlyReportProcessTest.report());
    forms.complete(task(instance), "kfq-org", Map.of("quarterlyScore", score, "scoreComment", "完成本季度任务"));
  }

  private void missedAndScored(Worker worker, int quarter, double score) {
    ProcessInstance instance = start(worker, quarter);
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(40))));
    execute(job(instance));
    execute(job(instance));
    ClockUtil.reset();
    Map<String, Object> form = new HashMap<>(Map.of("quarterlyScore", score, "missingReason", "逾期未提交，按走访情况评定"));
    forms.complete(task(instance), "kfq-org", form);
    assertThat(reports.of(instance.getId()).wasMissed()).isTrue();
  }

  private ProcessInstance start(Worker worker, int quarter) {
    Quarter period = new Quarter(YEAR, quarter);
    return runtime.startProcessInstanceByKey(QuarterlyReportProcessVariables.PROCESS_KEY,
        QuarterlyReport.businessKey(worker.getId(), period), Map.of("workerId", worker.getId(), "quarter", period.code()));
  }
}
