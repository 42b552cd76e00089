package org.partyaffairs.workforce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A warning talk in a real browser (profile e2e): the kfq town org dept records six absent working
 * days with the 登记旷工 start form, which starts a warning; it holds and records the talk; three
 * months later it evaluates the period and the warning ends. The huaqiao town org dept never sees it.
 */
@BrowserTest
class WarningBrowserIT {

  private static final String KFQ_ORG_FILTER = "待办 · 昆山开发区组织部门";
  private static final String HUAQIAO_ORG_FILTER = "待办 · 花桥经济开发区组织部门";

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired WorkerRepository workers;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired Clock clock;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void sixAbsentWorkdaysLeadToAWarningTalkRecordedAndEvaluatedInTasklist() {
    Worker worker = people.activeWorker("kfq", "告诫测试员");

    try (Tasklist tasklist = Tasklist.loginAs(port, "kfq-org", "demo")) {
      tasklist.startProcess("登记旷工");
      tasklist.select("工作者", worker.getName());
      tasklist.date("旷工日期（起）", LocalDate.parse("2026-03-04"));
      tasklist.date("旷工日期（止）", LocalDate.parse("2026-03-11"));
      tasklist.type("说明", "未请假未到岗，电话联系不上");
      tasklist.screenshot("absence-form");
      tasklist.submitStartForm();
    }
    ProcessInstance warning = runtime.createProcessInstanceQuery().processDefinitionKey("WarningTalkProcess")
        .variableValueEquals("workerId", worker.getId()).singleResult();
    assertThat(warning).as("six absent working days start a warning").isNotNull();

    try (Tasklist tasklist = Tasklist.loginAs(port, "huaqiao-org", "demo")) {
      assertThat(tasklist.tasksIn(HUAQIAO_ORG_FILTER)).noneMatch(name -> name.startsWith("进行告诫谈话"));
    }

    try (Tasklist tasklist = Tasklist.loginAs(port, "kfq-org", "demo")) {
      assertThat(tasklist.tasksIn(KFQ_ORG_FILTER)).anyMatch(name -> name.startsWith("进行告诫谈话"));
      tasklist.openTask("进行告诫谈话");
      assertThat(tasklist.valueOf("告诫对象")).isEqualTo("告诫测试员");
      assertThat(tasklist.valueOf("告诫情形")).contains("第十三条 3");
      tasklist.date("谈话日期", LocalDate.now(clock));
      tasklist.type("参加人员", "组织委员、工作站站长");
      tasklist.type("谈话内容", "指出连续旷工问题，明确三个月内的改进要求");
      tasklist.screenshot("talk-form");
      tasklist.completeTask();
    }

    // Three months on: the timer fires on the job executor and the evaluation appears.
    Date periodEnds = management.createJobQuery().processInstanceId(warning.getId()).timers().singleResult().getDuedate();
    ClockUtil.setCurrentTime(new Date(periodEnds.getTime() + 1000));
    JobExecutor.await(() -> tasks.createTaskQuery().processInstanceId(warning.getId())
        .taskDefinitionKey("Task_EvaluateWarningPeriod").count() == 1);

    try (Tasklist tasklist = Tasklist.loginAs(port, "kfq-org", "demo")) {
      tasklist.tasksIn(KFQ_ORG_FILTER);
      tasklist.openTask("考核告诫期表现");
      tasklist.choose("合格：解除告诫");
      tasklist.type("考核意见", "告诫期内按时到岗，工作台账完整");
      tasklist.screenshot("evaluation-form");
      tasklist.completeTask();
    }

    assertThat(workers.findById(worker.getId()).orElseThrow().isUnderWarning()).isFalse();
  }
}
