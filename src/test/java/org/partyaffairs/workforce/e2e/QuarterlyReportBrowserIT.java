package org.partyaffairs.workforce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.deadline.WorkingDays;
import org.partyaffairs.workforce.shared.Quarter;
import org.partyaffairs.workforce.quarterly.QuarterlyReportService;
import org.partyaffairs.workforce.quarterly.QuarterlyReportStatus;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A quarterly report in a real browser (001 第十八条(三); profile e2e:
 * {@code ./mvnw verify -Pe2e -Dit.test=QuarterlyReportBrowserIT}): the quarter is started for the
 * worker, who finds the report in their own list and writes it; 昆山开发区's organisation department
 * reads it and scores it; 花桥's never sees it.
 */
@BrowserTest
class QuarterlyReportBrowserIT {

  private static final String KFQ_ORG_FILTER = "待办 · 昆山开发区组织部门";

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired RuntimeService runtime;
  @Autowired WorkingDays workingDays;
  @Autowired QuarterlyReportService reports;

  @Test
  void theWorkerWritesTheQuarterlyReportAndTheDepartmentScoresItInTasklist() {
    Worker worker = people.activeWorker("kfq", "季度汇报员");
    Quarter quarter = Quarter.of(workingDays.today());
    ProcessInstance instance = runtime.startProcessInstanceByKey("QuarterlyReportProcess",
        worker.getId() + "-" + quarter.code(), Map.of("workerId", worker.getId(), "quarter", quarter.code()));
    String label = quarter.label();

    try (Tasklist tasklist = Tasklist.loginAs(port, worker.getUserId(), "test")) {
      assertThat(tasklist.tasksIn("我的任务")).contains("提交季度工作汇报：季度汇报员（" + label + "）");
      tasklist.openAssignedTask("提交季度工作汇报：季度汇报员");
      assertThat(tasklist.valueOf("工作者")).isEqualTo("季度汇报员");
      tasklist.type("重点工作完成情况", "1. 指导辖区12个党组织完成换届；2. 新建非公企业党组织2个");
      tasklist.type("存在的问题和不足", "对新建党组织的跟踪指导还不够");
      tasklist.type("下一步努力方向", "每月走访新建党组织，规范组织生活");
      tasklist.type("需要及时报告的难点问题和重大事项", "无");
      tasklist.screenshot("quarterly-report-form");
      tasklist.completeTask();
    }

    try (Tasklist tasklist = Tasklist.loginAs(port, "huaqiao-org", "demo")) {
      assertThat(tasklist.tasksIn("待办 · 花桥经济开发区组织部门")).noneMatch(name -> name.contains("季度汇报员"));
    }

    try (Tasklist tasklist = Tasklist.loginAs(port, "kfq-org", "demo")) {
      assertThat(tasklist.tasksIn(KFQ_ORG_FILTER)).contains("评定季度考核：季度汇报员（" + label + "）");
      tasklist.openTask("评定季度考核：季度汇报员");
      assertThat(tasklist.valueOf("重点工作完成情况")).startsWith("1. 指导辖区12个党组织完成换届");
      tasklist.type("季度考核成绩", "88.5");
      tasklist.type("评语", "换届工作扎实，材料规范");
      tasklist.screenshot("quarterly-review-form");
      tasklist.completeTask();
    }

    JobExecutor.await(() -> reports.of(instance.getId()).getStatus() == QuarterlyReportStatus.SCORED);
    assertThat(reports.of(instance.getId()).getScore()).isEqualByComparingTo("88.50");
    assertThat(reports.of(instance.getId()).getScoredBy()).isEqualTo("kfq-org");
  }
}
