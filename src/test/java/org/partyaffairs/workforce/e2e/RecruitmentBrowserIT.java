package org.partyaffairs.workforce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.notice.PublishedNotices;
import org.partyaffairs.workforce.post.Post;
import org.partyaffairs.workforce.post.PostRepository;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main path of issue 5 in a real browser: 张浦镇 applies for a post, the city committee
 * approves, the city office recruits onto it, the shortlist's notice period passes (the engine's
 * clock is moved), the town signs the contract and takes the new worker through probation to 在岗.
 */
@BrowserTest
class RecruitmentBrowserIT {

  private static final String STATION = "张浦镇浏览器测试区域党建工作站";
  private static final String CANDIDATE = "𠮷浏览";
  private static final String OFFICE = "待办 · 市委\"两新\"工委办公室";
  private static final String ZHANGPU_ORG = "待办 · 张浦镇组织部门";

  @LocalServerPort int port;
  @Autowired PostRepository posts;
  @Autowired WorkerRepository workers;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired PublishedNotices published;
  @Autowired Clock clock;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aTownsPostIsApprovedFilledThroughRecruitmentAndItsWorkerPassesProbation() {
    try (Tasklist tasklist = Tasklist.loginAs(port, "zhangpu-committee", "demo")) {
      tasklist.startProcess("设置专职党务工作者岗位");
      tasklist.type("岗位数量", "1");
      tasklist.type("服务的区域党建工作站", STATION);
      tasklist.type("申请理由", "张浦镇新设区域党建工作站");
      tasklist.screenshot("post-application");
      tasklist.submitStartForm();
    }
    try (Tasklist tasklist = Tasklist.loginAs(port, "committee", "demo")) {
      tasklist.tasksIn("待办 · 市委\"两新\"工委");
      tasklist.openTask("审核岗位设置申请");
      assertThat(tasklist.valueOf("服务的区域党建工作站")).isEqualTo(STATION);
      tasklist.choose("同意设置");
      tasklist.completeTask();
    }
    JobExecutor.await(() -> post() != null);

    try (Tasklist tasklist = Tasklist.loginAs(port, "office", "demo")) {
      tasklist.startProcess("专职党务工作者招录");
      tasklist.select("岗位所在区镇", "张浦镇");
      tasklist.type("招录岗位数", "1");
      tasklist.type("招录条件", "中共党员，大专及以上学历");
      tasklist.type("日程安排（报名、笔试、面试）", "12月报名，次年1月笔试和面试");
      tasklist.screenshot("recruitment-plan");
      tasklist.submitStartForm();
      tasklist.tasksIn(OFFICE);
      tasklist.openTask("登记报名人员");
      tasklist.type("报名人员名单（姓名,学历）", CANDIDATE + ",本科");
      tasklist.completeTask();
      tasklist.tasksIn(OFFICE);
      tasklist.openTask("审查报名资格：" + CANDIDATE);
      tasklist.choose("通过");
      tasklist.completeTask();
    }
    JobExecutor.await(() -> taskNamed("录入笔试和面试成绩：" + CANDIDATE));
    try (Tasklist tasklist = Tasklist.loginAs(port, "office", "demo")) {
      tasklist.tasksIn(OFFICE);
      tasklist.openTask("录入笔试和面试成绩：" + CANDIDATE);
      tasklist.type("笔试成绩", "86");
      tasklist.type("面试成绩", "90");
      tasklist.screenshot("scores");
      tasklist.completeTask();
    }
    JobExecutor.await(() -> runtimeService.createProcessInstanceQuery().processDefinitionKey("PublicNoticeProcess").active()
        .list().stream().anyMatch(notice -> published.of(notice.getId()).getEntries().stream()
            .anyMatch(entry -> entry.getSummary().startsWith(CANDIDATE))));
    runtimeService.createProcessInstanceQuery().processDefinitionKey("PublicNoticeProcess").list().stream()
        .map(notice -> published.of(notice.getId()))
        .filter(notice -> notice.getEntries().stream().anyMatch(entry -> entry.getSummary().startsWith(CANDIDATE)))
        .findFirst().ifPresent(notice -> ClockUtil.setCurrentTime(Date.from(notice.getClosesAt())));
    JobExecutor.await(() -> taskNamed("签订聘用合同：" + CANDIDATE));

    LocalDate hired = LocalDate.now(clock);
    try (Tasklist tasklist = Tasklist.loginAs(port, "zhangpu-org", "demo")) {
      tasklist.tasksIn(ZHANGPU_ORG);
      tasklist.openTask("签订聘用合同：" + CANDIDATE);
      tasklist.choose("签订聘用合同");
      tasklist.select("岗位", STATION);
      tasklist.type("合同编号", "张浦聘〔2026〕8号");
      tasklist.date("签订日期", hired);
      tasklist.screenshot("contract");
      tasklist.completeTask();
      JobExecutor.await(() -> taskNamed("指定带教师傅"));
      tasklist.tasksIn(ZHANGPU_ORG);
      tasklist.openTask("指定带教师傅");
      tasklist.type("带教师傅姓名", "冯师傅");
      tasklist.type("带教师傅职务", "组织委员");
      tasklist.completeTask();
      tasklist.tasksIn(ZHANGPU_ORG);
      tasklist.openTask("作出公开承诺");
      tasklist.type("工作承诺", "每月走访所联系两新组织不少于4次");
      tasklist.type("廉洁自律承诺", "不收受服务对象任何财物");
      tasklist.date("公开承诺日期", hired);
      tasklist.screenshot("commitment");
      tasklist.completeTask();
    }
    Worker worker = workers.findById(post().getWorkerId()).orElseThrow();
    ClockUtil.setCurrentTime(managementService.createJobQuery().timers()
        .processInstanceId(runtimeService.createProcessInstanceQuery()
            .processInstanceBusinessKey("PROB-zhangpu-" + worker.getId()).singleResult().getId())
        .singleResult().getDuedate());
    JobExecutor.await(() -> taskNamed("录入试用期考核结果"));
    try (Tasklist tasklist = Tasklist.loginAs(port, "zhangpu-org", "demo")) {
      tasklist.tasksIn(ZHANGPU_ORG);
      tasklist.openTask("录入试用期考核结果");
      assertThat(tasklist.valueOf("带教师傅")).isEqualTo("冯师傅");
      tasklist.type("试用期满考试成绩", "85");
      tasklist.type("民主测评“优秀”票数", "5");
      tasklist.type("民主测评“良好”票数", "3");
      tasklist.type("民主测评“一般”票数", "2");
      tasklist.type("民主测评“差”票数", "0");
      tasklist.screenshot("probation-review");
      tasklist.completeTask();
    }
    JobExecutor.await(() -> workers.findById(worker.getId()).orElseThrow().getStatus() == WorkerStatus.ACTIVE);
    assertThat(workers.findById(worker.getId()).orElseThrow().getName()).isEqualTo(CANDIDATE);
  }

  private Post post() {
    return posts.findAll().stream().filter(post -> post.getStation().equals(STATION)).findFirst().orElse(null);
  }

  private boolean taskNamed(String name) {
    return taskService.createTaskQuery().taskNameLike(name + "%").count() > 0;
  }
}
