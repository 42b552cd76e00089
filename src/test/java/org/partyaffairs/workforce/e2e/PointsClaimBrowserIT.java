package org.partyaffairs.workforce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.deadline.WorkingDays;
import org.partyaffairs.workforce.points.PointsEntryState;
import org.partyaffairs.workforce.points.PointsService;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A bonus claim in a real browser (004 附件1 一、考核设置: 涉及加分项目的，可由本人申报…或至少2名党员群众予以证明，
 * 经党支部审核后认定; profile e2e: {@code ./mvnw verify -Pe2e -Dit.test=PointsClaimBrowserIT}): a worker of
 * 昆山开发区 claims 第9项 in Tasklist with two colleagues of his town as witnesses, chosen by name; 花桥's
 * department never sees the claim; 昆山开发区组织部门 reads the claim and its witnesses by name and accepts
 * it; the line counts in his ledger.
 */
@BrowserTest
class PointsClaimBrowserIT {

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired PointsService points;
  @Autowired WorkingDays workingDays;

  @Test
  void aWorkersBonusClaimWithTwoWitnessesIsAcceptedByTheDepartmentInTasklist() {
    Worker worker = people.activeWorker("kfq", "积分申报员");
    LocalDate today = workingDays.today();
    LocalDate day = today.getDayOfYear() > 3 ? today.minusDays(3) : today;

    try (Tasklist tasklist = Tasklist.loginAs(port, worker.getUserId(), "test")) {
      tasklist.startProcess("积分台账：加分申报与一票否决确认");
      tasklist.select("加分项目", "第9项");
      tasklist.type("次数", "1");
      tasklist.date("发生日期", day);
      tasklist.select("证明人一", "李明");
      tasklist.select("证明人二", "王强");
      tasklist.screenshot("points-claim-form");
      tasklist.submitStartForm();
    }

    try (Tasklist tasklist = Tasklist.loginAs(port, "huaqiao-org", "demo")) {
      assertThat(tasklist.tasksIn("待办 · 花桥经济开发区组织部门")).noneMatch(name -> name.contains("积分申报员"));
    }

    try (Tasklist tasklist = Tasklist.loginAs(port, "kfq-org", "demo")) {
      assertThat(tasklist.tasksIn("待办 · 昆山开发区组织部门")).contains("审核加分申报：积分申报员（昆山开发区，第9项 ×1）");
      tasklist.openTask("审核加分申报：积分申报员");
      assertThat(tasklist.valueOf("工作者")).isEqualTo("积分申报员");
      assertThat(tasklist.valueOf("台账行")).isEqualTo("第9项 ×1");
      assertThat(tasklist.valueOf("证明人")).isEqualTo("李明、王强");
      assertThat(tasklist.valueOf("积分台账现状（points-score，只计审核通过的行）")).isEqualTo("总分 100（加分 0，减分 0）");
      tasklist.choose("认定");
      tasklist.screenshot("points-claim-check-form");
      tasklist.completeTask();
    }

    assertThat(points.lines(worker.getId(), day.getYear())).singleElement()
        .satisfies(line -> assertThat(line.getState()).isEqualTo(PointsEntryState.ACCEPTED));
    assertThat(points.standing(worker.getId(), day.getYear()).total()).as("004 附件2 第9项 每次加5分").isEqualTo(105);
  }
}
