package org.partyaffairs.workforce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.certification.CertificationFixtures;
import org.partyaffairs.workforce.certification.CertificationService;
import org.partyaffairs.workforce.exchange.ExchangeFixtures;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A certification application in a real browser (002 专职资格认证; profile e2e:
 * {@code ./mvnw verify -Pe2e -Dit.test=CertificationBrowserIT}): the worker finds 申报资格认证 in their own
 * list and applies for 初级; the eligibility is checked by itself; 昆山开发区's organisation department
 * reads the result and passes the 组织审核, then records the 实地走访; 花桥's never sees it.
 */
@BrowserTest
class CertificationBrowserIT {

  private static final String KFQ_ORG_FILTER = "待办 · 昆山开发区组织部门";

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired RuntimeService runtime;
  @Autowired CertificationFixtures fixtures;
  @Autowired ExchangeFixtures history;
  @Autowired CertificationService certification;

  @Test
  void theWorkerAppliesAndTheDepartmentChecksTheApplicationInTasklist() {
    Worker worker = people.activeWorker("kfq", "认证申报人");
    fixtures.hiredOn(worker, LocalDate.of(2020, 3, 2));
    fixtures.passedTrainingTest(worker);
    history.graded(worker, Map.of(2004, "QUALIFIED"));
    ProcessInstance instance = fixtures.start(worker);

    try (Tasklist tasklist = Tasklist.loginAs(port, worker.getUserId(), "test")) {
      assertThat(tasklist.tasksIn("我的任务")).contains("申报资格认证：认证申报人（2005年度，可申报初级）");
      tasklist.openAssignedTask("申报资格认证：认证申报人");
      assertThat(tasklist.valueOf("现持等级")).isEqualTo("无（首次申报）");
      assertThat(tasklist.valueOf("可申报的等级")).isEqualTo("初级");
      tasklist.choose("申报本年度资格认证");
      tasklist.choose("初级");
      tasklist.type("个人申报材料", "牵头开展区域党建联建，指导12家非公企业建立党组织，组织生活规范");
      tasklist.screenshot("certification-application-form");
      tasklist.completeTask();
    }

    JobExecutor.await(() -> runtime.createProcessInstanceQuery().processInstanceId(instance.getId())
        .activityIdIn("Task_ReviewApplication").count() == 1);

    try (Tasklist tasklist = Tasklist.loginAs(port, "huaqiao-org", "demo")) {
      assertThat(tasklist.tasksIn("待办 · 花桥经济开发区组织部门")).noneMatch(name -> name.contains("认证申报人"));
    }

    try (Tasklist tasklist = Tasklist.loginAs(port, "kfq-org", "demo")) {
      assertThat(tasklist.tasksIn(KFQ_ORG_FILTER)).contains("组织审核资格认证申报：认证申报人（昆山开发区，申报初级）");
      tasklist.openTask("组织审核资格认证申报：认证申报人");
      assertThat(tasklist.valueOf("申报条件核对结果（按认证条件规则）")).isEqualTo("符合初级申报条件");
      assertThat(tasklist.valueOf("培训测试（002 专业能力培训）")).startsWith("已通过");
      assertThat(tasklist.valueOf("个人申报材料")).startsWith("牵头开展区域党建联建");
      tasklist.choose("通过审核");
      tasklist.screenshot("certification-review-form");
      tasklist.completeTask();

      tasklist.openTask("实地走访：认证申报人");
      tasklist.date("走访日期", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
      tasklist.type("走访人员", "孙丽、钱志强");
      tasklist.type("走访情况", "所联系企业党组织和职工评价良好，台账完整");
      tasklist.screenshot("certification-visit-form");
      tasklist.completeTask();
    }

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId())
        .activityIdIn("Task_EvaluateApplication").count()).isEqualTo(1);
    assertThat(certification.byProcess(instance.getId()).getVisitors()).isEqualTo("孙丽、钱志强");
  }
}
