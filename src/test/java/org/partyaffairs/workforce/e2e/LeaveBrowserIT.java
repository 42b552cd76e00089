package org.partyaffairs.workforce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.deadline.WorkingDays;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A leave request from application to 销假 in a real browser (001 第十八条(四); profile e2e:
 * {@code ./mvnw verify -Pe2e -Dit.test=LeaveBrowserIT}): the worker asks for two working days of
 * last week (补请假), 昆山开发区's 包片工作组组长 approves them, the timer of the first working day
 * after the leave has passed already, so the job executor opens 销假 at once in the worker's own
 * list, and the worker reports back on time. The sector Party committee of the same town and the
 * group leader of 花桥 never see the approval.
 */
@BrowserTest
class LeaveBrowserIT {

  private static final String KFQ_LEADER_FILTER = "待办 · 昆山开发区包片工作组组长";

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired WorkingDays workingDays;
  @Autowired HistoryService historyService;
  @Autowired Trail trail;

  @Test
  void aWorkerAsksForLeaveTheGroupLeaderApprovesAndTheWorkerReportsBackInTasklist() {
    Worker worker = people.activeWorker("kfq", "请假测试员");
    LocalDate first = workingDays.onOrAfter(workingDays.today().minusDays(8));
    LocalDate last = workingDays.plus(first, 1);

    try (Tasklist tasklist = Tasklist.loginAs(port, worker.getUserId(), "test")) {
      tasklist.startProcess("专职党务工作者请销假");
      tasklist.date("请假首日", first);
      tasklist.date("请假截止日", last);
      tasklist.type("请假事由", "家中老人住院，需陪护两天");
      tasklist.screenshot("leave-start-form");
      tasklist.submitStartForm();
    }

    for (String other : new String[] {"kfq-sector", "huaqiao-leader"}) {
      try (Tasklist tasklist = Tasklist.loginAs(port, other, "demo")) {
        String filter = other.equals("kfq-sector") ? "待办 · 昆山开发区非公企业党委、社会组织党委" : "待办 · 花桥经济开发区包片工作组组长";
        assertThat(tasklist.tasksIn(filter)).as(other).noneMatch(name -> name.contains("请假测试员"));
      }
    }

    try (Tasklist tasklist = Tasklist.loginAs(port, "kfq-leader", "demo")) {
      assertThat(tasklist.tasksIn(KFQ_LEADER_FILTER)).contains("审批请假：请假测试员（昆山开发区，2个工作日）");
      tasklist.openTask("审批请假：请假测试员");
      assertThat(tasklist.valueOf("工作者")).isEqualTo("请假测试员");
      assertThat(tasklist.valueOf("请假首日")).isEqualTo(first.toString());
      assertThat(tasklist.valueOf("审批人")).isEqualTo("包片工作组组长");
      tasklist.choose("批准");
      tasklist.screenshot("leave-approval-form");
      tasklist.completeTask();
    }

    // The leave is over: the timer fires as soon as the job executor sees it
    JobExecutor.await(() -> trail.of(worker).stream().anyMatch(entry -> entry.getEvent().equals("LEAVE_APPROVED"))
        && historyService.createHistoricTaskInstanceQuery().taskAssignee(worker.getUserId())
            .taskDefinitionKey("Task_ReportBack").count() == 1);

    try (Tasklist tasklist = Tasklist.loginAs(port, worker.getUserId(), "test")) {
      assertThat(tasklist.tasksIn("我的任务")).contains("销假：请假测试员（昆山开发区）");
      tasklist.openAssignedTask("销假：请假测试员");
      assertThat(tasklist.valueOf("批准的请假截止日")).isEqualTo(last.toString());
      tasklist.date("实际请假截止日", last);
      tasklist.type("销假说明", "按期返岗");
      tasklist.screenshot("leave-report-back-form");
      tasklist.completeTask();
    }

    JobExecutor.await(() -> historyService.createHistoricProcessInstanceQuery().processDefinitionKey("LeaveRequestProcess")
        .variableValueEquals("workerId", worker.getId()).finished().count() == 1);
    assertThat(trail.of(worker)).extracting(TrailEntry::getEvent).containsSubsequence("LEAVE_REQUESTED",
        "LEAVE_APPROVED", "LEAVE_RETURNED").doesNotContain("ABSENCE_RECORDED");
  }
}
