package org.partyaffairs.workforce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.assessment.CampaignService;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The annual assessment in a real browser: the city office starts the campaign, a worker submits
 * the self-report, the kfq town org dept scores the 16-item form, and the rules grade it.
 */
@BrowserTest
class AssessmentBrowserIT {

  private static final int[] SCORES = {5, 5, 5, 5, 5, 5, 5, 4, 5, 5, 10, 10, 9, 10, 5, 5};

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired CampaignService campaigns;

  @Test
  void aWorkerIsScoredThroughTheEvaluationFormInTasklistAndGradedByTheRules() {
    Worker worker = people.activeWorker("kfq", "述职人");

    try (Tasklist tasklist = Tasklist.loginAs(port, "office", "demo")) {
      tasklist.startProcess("专职党务工作者年度考核活动");
      tasklist.type("考核年度", "2020");
      tasklist.screenshot("campaign-start-form");
      tasklist.submitStartForm();
    }
    String businessKey = "2020-kfq-" + worker.getId();
    JobExecutor.await(() -> tasks.createTaskQuery().processInstanceBusinessKey(businessKey).count() == 1);

    try (Tasklist tasklist = Tasklist.loginAs(port, worker.getUserId(), "test")) {
      assertThat(tasklist.tasksIn("我的任务")).anyMatch(name -> name.startsWith("提交年度述职：述职人"));
      tasklist.openAssignedTask("提交年度述职");
      tasklist.type("年度述职", "全年指导区域内12个党组织规范组织生活，新建党组织3个，完成各项阶段性任务。");
      tasklist.completeTask();
    }

    try (Tasklist tasklist = Tasklist.loginAs(port, "kfq-org", "demo")) {
      assertThat(tasklist.tasksIn("待办 · 昆山开发区组织部门")).anyMatch(name -> name.startsWith("按考核评价表评分：述职人"));
      tasklist.openTask("按考核评价表评分：述职人");
      assertThat(tasklist.valueOf("年度述职")).startsWith("全年指导区域内12个党组织");
      for (int item = 1; item <= SCORES.length; item++) {
        tasklist.type("第" + item + "项", Integer.toString(SCORES[item - 1]));
      }
      tasklist.screenshot("evaluation-form");
      tasklist.completeTask();
    }

    ProcessInstance campaign = runtime.createProcessInstanceQuery().processInstanceBusinessKey("2020-kunshan")
        .singleResult();
    Long campaignId = campaigns.byProcess(campaign.getId()).getId();
    Http http = new Http(port);
    JobExecutor.await(() -> http.get("/api/campaigns/" + campaignId, "office", "demo").body().contains("\"EXCELLENT\":1"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count()).isZero();
    assertThat(http.get("/api/campaigns/" + campaignId, "huaqiao-org", "demo").body()).doesNotContain("\"kfq\"");
  }
}
