package org.partyaffairs.workforce.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.assessment.Campaigns;
import org.partyaffairs.workforce.deadline.WorkingDays;
import org.partyaffairs.workforce.report.HalfYearFigures.Count;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What each figure of a report counts: compiled before and after one thing happens in 张浦镇, the
 * figure it belongs to moves by exactly that, and an event outside the half year moves nothing.
 * (Other tests share the database, so the figures are compared with themselves, not with constants.)
 */
@IntegrationTest
class TownFiguresTest {

  @Autowired TownFigures figures;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired WorkingDays workingDays;
  @Autowired Clock clock;
  @Autowired WorkforceProperties properties;
  @Autowired Campaigns campaigns;
  @Autowired ManagementService managementService;

  @AfterEach
  void actAsSystem() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void aHireThisHalfYearIsAHireAWorkerInServiceAndOneMoreAtTheMonthsEnd() {
    HalfYear now = current();
    HalfYearFigures before = figures.compile("zhangpu", now, clock.instant());

    people.workerOnProbation("zhangpu", "新聘人");

    HalfYearFigures after = figures.compile("zhangpu", now, clock.instant());
    assertThat(after.hires()).isEqualTo(before.hires() + 1);
    assertThat(after.inService()).isEqualTo(before.inService() + 1);
    assertThat(count(after.workersByStatus(), "PROBATION")).isEqualTo(count(before.workersByStatus(), "PROBATION") + 1);
    assertThat(last(after.headcount())).isEqualTo(last(before.headcount()) + 1);
    assertThat(after.headcount()).as("a point per month begun").hasSize(months(now));

    HalfYearFigures lastHalf = figures.compile("zhangpu", now.previous(), clock.instant());
    HalfYearFigures lastHalfAgain = figures.compile("zhangpu", now.previous(), clock.instant());
    assertThat(lastHalfAgain.hires()).as("a hire today is no hire of the last half year").isEqualTo(lastHalf.hires());
  }

  @Test
  void workersByStatusAreAsAtTheHalfYearsEndSoAResignationAndAHireAfterItChangeNothing() { // 001 第十五条
    HalfYear last = current().previous();
    ClockUtil.setCurrentTime(Date.from(last.lastDay().minusDays(10).atTime(10, 0).atZone(properties.zone()).toInstant()));
    Worker leaver = people.activeWorker("zhangpu", "半年末在岗");
    ClockUtil.reset();
    HalfYearFigures before = figures.compile("zhangpu", last, clock.instant());
    HalfYearFigures currentBefore = figures.compile("zhangpu", current(), clock.instant());

    // After the half year's end: the worker in service then resigns, and another worker is hired.
    ProcessInstance resignation = forms.start("ResignationProcess", leaver.getUserId(),
        Map.of("reason", "个人原因", "lastWorkingDay", LocalDate.now(clock).plusDays(14).toString()));
    forms.work(resignation, "zhangpu-org", "kfq-org", Map.of("writtenApplicationReceived", true, "receiptNote", "原件已存档"));
    forms.work(resignation, "zhangpu-committee", "kfq-committee", Map.of("decision", "AGREE"));
    forms.work(resignation, "office", "kfq-org", Map.of("filingNumber", "昆两新备〔2026〕半年1号"));
    people.actAsSystem();
    // The filing's job, then the last working day's timer: the resignation takes effect (000 第十六条).
    for (int job = 0; job < 2; job++) {
      managementService.executeJob(managementService.createJobQuery().processInstanceId(resignation.getId())
          .singleResult().getId());
    }
    people.workerOnProbation("zhangpu", "半年后新聘");

    HalfYearFigures after = figures.compile("zhangpu", last, clock.instant());
    assertThat(after.workersByStatus()).isEqualTo(before.workersByStatus());
    assertThat(after.inService()).isEqualTo(before.inService());
    assertThat(after.underWarning()).isEqualTo(before.underWarning());
    assertThat(after.hires()).isEqualTo(before.hires());
    assertThat(after.departures()).isEqualTo(before.departures());
    assertThat(after.headcount()).isEqualTo(before.headcount());
    // … while the half year it happened in sees both.
    HalfYearFigures currentAfter = figures.compile("zhangpu", current(), clock.instant());
    assertThat(count(currentAfter.workersByStatus(), "RESIGNED"))
        .isEqualTo(count(currentBefore.workersByStatus(), "RESIGNED") + 1);
    assertThat(count(currentAfter.departures(), "RESIGNED")).isEqualTo(count(currentBefore.departures(), "RESIGNED") + 1);
    assertThat(currentAfter.hires()).isEqualTo(currentBefore.hires() + 1);
    assertThat(currentAfter.inService()).isEqualTo(currentBefore.inService());
  }

  @Test
  void anAbsentDayCountsInTheHalfYearItFellIn() {
    HalfYear past = current().previous().previous().previous().previous().previous();
    Worker worker = people.activeWorker("zhangpu", "旷工人");
    LocalDate day = workingDays.onOrAfter(past.firstDay().plusDays(40));
    HalfYearFigures before = figures.compile("zhangpu", past, clock.instant());
    HalfYearFigures otherBefore = figures.compile("zhangpu", past.next(), clock.instant());

    forms.start("AbsenceRecordProcess", "zhangpu-org", Map.of("workerId", worker.getId(), "firstDay", day.toString(),
        "note", "未请假未到岗"));

    HalfYearFigures after = figures.compile("zhangpu", past, clock.instant());
    assertThat(after.absentDays()).isEqualTo(before.absentDays() + 1);
    assertThat(after.absentWorkers()).isEqualTo(before.absentWorkers() + 1);
    assertThat(figures.compile("zhangpu", past.next(), clock.instant()).absentDays()).isEqualTo(otherBefore.absentDays());
  }

  @Test
  void aWarningStartedIsOpenAndItsTalkAnOpenTaskOverdueOnceItsDueDateHasPassed() {
    HalfYear now = current();
    Worker worker = people.activeWorker("zhangpu", "告诫人");
    Instant later = clock.instant().plus(400, ChronoUnit.DAYS);
    HalfYearFigures before = figures.compile("zhangpu", now, clock.instant());
    HalfYearFigures beforeLater = figures.compile("zhangpu", now, later);

    forms.start("WarningTalkProcess", "zhangpu-org", Map.of("workerId", worker.getId(), "ground", "POOR_FIT",
        "reason", "连续三个月工作台账缺失，督促后仍未改进"));

    HalfYearFigures after = figures.compile("zhangpu", now, clock.instant());
    assertThat(count(after.warnings(), "OPEN")).isEqualTo(count(before.warnings(), "OPEN") + 1);
    assertThat(after.openTasks()).isEqualTo(before.openTasks() + 1);
    assertThat(after.overdueTasks()).as("the talk is not due yet").isEqualTo(before.overdueTasks());
    assertThat(figures.compile("zhangpu", now, later).overdueTasks()).as("a year later it is overdue")
        .isEqualTo(beforeLater.overdueTasks() + 1);
  }

  @Test
  void theGradesListEveryGradeOfThePolicyAndTheTownNameIsChinese() {
    HalfYearFigures compiled = figures.compile("zhangpu", current(), clock.instant());
    assertThat(compiled.townName()).isEqualTo("张浦镇");
    assertThat(compiled.departures()).extracting(Count::code).containsExactly("RESIGNED", "DISMISSED", "DISQUALIFIED");
    if (compiled.campaign() != null) {
      assertThat(compiled.grades()).extracting(Count::label)
          .containsAll(GradeLabels.of(compiled.campaign().policy()).values()).contains("尚未评定");
    } else {
      assertThat(compiled.grades()).isEmpty();
    }
    assertThat(GradeLabels.of("lanzhou").values()).containsExactly("优秀", "称职", "基本称职", "不称职");
    assertThat(GradeLabels.of("points").values()).containsExactly("合格", "不合格");
  }

  @Test
  void theGradesComeFromTheLastCampaignOfTheHalfYearsYearUnderItsPolicysTerms() {
    Worker assessed = people.activeWorker("zhangpu", "考核人");
    ProcessInstance campaign = campaigns.start(2009, "lanzhou");

    HalfYearFigures compiled = figures.compile("zhangpu", new HalfYear(2009, 2), clock.instant());

    assertThat(compiled.campaign()).isNotNull();
    assertThat(compiled.campaign().year()).isEqualTo(2009);
    assertThat(compiled.campaign().policy()).isEqualTo("lanzhou");
    assertThat(compiled.grades()).extracting(Count::label).containsExactly("优秀", "称职", "基本称职", "不称职", "尚未评定");
    assertThat(count(compiled.grades(), "UNGRADED")).as("%s and the town's other workers, not yet graded", assessed.getName())
        .isEqualTo(campaigns.tasks(campaign, Campaigns.SELF_REPORT_TASK).stream()
            .filter(task -> "zhangpu".equals(task.getTenantId())).count());
    HalfYearFigures.Campaign before = figures.compile("zhangpu", new HalfYear(2008, 2), clock.instant()).campaign();
    assertThat(before == null || before.year() < 2009).as("a half year before the campaign's year does not take its grades")
        .isTrue();
  }

  private HalfYear current() {
    return HalfYear.of(LocalDate.now(clock.withZone(properties.zone())));
  }

  private int months(HalfYear half) {
    return LocalDate.now(clock.withZone(properties.zone())).getMonthValue() - half.firstDay().getMonthValue() + 1;
  }

  private static int count(List<Count> counts, String code) {
    return counts.stream().filter(count -> count.code().equals(code)).findFirst().orElseThrow().count();
  }

  private static int last(List<Count> counts) {
    return counts.get(counts.size() - 1).count();
  }
}
