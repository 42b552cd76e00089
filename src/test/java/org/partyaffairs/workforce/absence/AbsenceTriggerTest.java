package org.partyaffairs.workforce.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.rules.WorkdayCalendar;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Absences turn into warnings and dismissals exactly where 000 第十三、十四条 draw the line, on the
 * 2026 working-day calendar, and each line crossed starts its process once.
 */
@IntegrationTest
class AbsenceTriggerTest {

  @Autowired AbsenceService absences;
  @Autowired AbsenceRepository records;
  @Autowired RuntimeService runtimeService;
  @Autowired WorkerRepository workers;
  @Autowired WorkdayCalendar calendar;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired HistoryService historyService;
  @Autowired TransactionTemplate transaction;

  @AfterEach
  void actAsSystem() {
    people.actAsSystem();
  }

  @Test
  void fiveConsecutiveAbsentWorkdaysAcrossAWeekendDoNotWarnTheSixthDoes() {
    Worker worker = people.activeWorker("kfq", "周末");
    Recorded five = record(worker, "2026-03-04", "2026-03-10"); // Wed–Fri, Mon–Tue

    assertThat(five.days()).hasSize(5);
    assertThat(five.longestRun()).isEqualTo(5);
    assertThat(five.warningProcessInstanceId()).isNull();
    assertThat(warnings(worker)).isZero();

    Recorded six = record(worker, "2026-03-11", null);
    assertThat(six.longestRun()).isEqualTo(6);
    assertThat(six.warningProcessInstanceId()).isNotNull();
    assertThat(warnings(worker)).isOne();
    assertThat(workers.findById(worker.getId()).orElseThrow().isUnderWarning()).isTrue();

    record(worker, "2026-03-12", null);
    assertThat(warnings(worker)).as("the line was crossed once").isOne();
  }

  @Test
  void aPublicHolidayDoesNotBreakTheRun() {
    Worker worker = people.activeWorker("kfq", "清明");
    record(worker, "2026-04-01", "2026-04-03"); // Wed–Fri, then 清明 Sat 4 – Mon 6
    assertThat(record(worker, "2026-04-07", "2026-04-08").warningProcessInstanceId()).isNull();

    Recorded sixth = record(worker, "2026-04-09", null);
    assertThat(sixth.longestRun()).isEqualTo(6);
    assertThat(sixth.warningProcessInstanceId()).isNotNull();
  }

  @Test
  void aMakeUpWorkingDayCountsInTheRun() {
    Worker worker = people.activeWorker("kfq", "调休");
    Recorded run = record(worker, "2026-05-06", "2026-05-12"); // Sat 9 May is a working day

    assertThat(run.days()).contains("2026-05-09").hasSize(6);
    assertThat(run.warningProcessInstanceId()).isNotNull();
  }

  @Test
  void tenAbsentDaysInTheYearDoNotWarnTheEleventhDoes() {
    Worker worker = people.activeWorker("kfq", "累计");
    List<LocalDate> apart = everyOtherWorkday(LocalDate.parse("2026-01-05"), 11);
    for (LocalDate day : apart.subList(0, 10)) {
      assertThat(record(worker, day.toString(), null).warningProcessInstanceId()).isNull();
    }

    Recorded eleventh = record(worker, apart.get(10).toString(), null);
    assertThat(eleventh.total()).isEqualTo(11);
    assertThat(eleventh.longestRun()).isEqualTo(1);
    assertThat(eleventh.warningProcessInstanceId()).isNotNull();
  }

  @Test
  void fifteenConsecutiveAbsentWorkdaysWarnTheSixteenthDismisses() {
    Worker worker = people.activeWorker("kfq", "连旷");
    Recorded fifteen = record(worker, "2026-07-06", "2026-07-24");

    assertThat(fifteen.longestRun()).isEqualTo(15);
    assertThat(fifteen.dismissalProcessInstanceId()).isNull();
    assertThat(fifteen.warningProcessInstanceId()).isNotNull();

    Recorded sixteen = record(worker, "2026-07-27", null);
    assertThat(sixteen.dismissalProcessInstanceId()).isNotNull();
    assertThat(runtimeService.getVariable(sixteen.dismissalProcessInstanceId(), "grounds").toString())
        .contains("连续旷工超过15个工作日");
    assertThat(dismissals(worker)).isOne();

    record(worker, "2026-07-28", null);
    assertThat(dismissals(worker)).as("the line was crossed once").isOne();
  }

  @Test
  void thirtyAbsentDaysInTheYearDoNotDismissTheThirtyFirstDoes() {
    Worker worker = people.activeWorker("kfq", "三十");
    List<LocalDate> apart = everyOtherWorkday(LocalDate.parse("2026-01-05"), 31);
    for (LocalDate day : apart.subList(0, 30)) {
      assertThat(record(worker, day.toString(), null).dismissalProcessInstanceId()).isNull();
    }

    Recorded thirtyFirst = record(worker, apart.get(30).toString(), null);
    assertThat(thirtyFirst.total()).isEqualTo(31);
    assertThat(thirtyFirst.dismissalProcessInstanceId()).isNotNull();
    assertThat(runtimeService.getVariable(thirtyFirst.dismissalProcessInstanceId(), "grounds").toString())
        .contains("一年内累计旷工超过30个工作日");
  }

  @Test
  void crossingBothLinesAtOnceStartsTheDismissalOnly() {
    Worker worker = people.activeWorker("kfq", "一次");
    Recorded all = record(worker, "2026-08-03", "2026-08-24"); // 16 working days

    assertThat(all.dismissalProcessInstanceId()).isNotNull();
    assertThat(all.warningProcessInstanceId()).isNull();
    assertThat(warnings(worker)).isZero();
  }

  @Test
  void aDayThatIsNoWorkdayAFutureDayOrADuplicateIsRefusedAndNothingIsWritten() {
    Worker worker = people.activeWorker("kfq", "拒绝");
    record(worker, "2026-03-02", null);

    assertRefused(worker, "2026-03-07", null, "2026-03-07 不是工作日");
    assertRefused(worker, "2026-10-01", null, "不是工作日");
    assertRefused(worker, "2026-03-02", "2026-03-03", "已登记为旷工");
    assertRefused(worker, LocalDate.now().plusDays(7).toString(), null, "未来");
    assertRefused(worker, "2026-03-04", "2026-03-03", "早于开始日期");
    assertRefused(worker, "2025-12-31", "2026-01-05", "跨年度");
    assertRefused(worker, "2023-03-01", null, "没有 2023 年的工作日历");
    assertThat(records.daysIn(worker.getId(), 2026)).hasSize(1);
  }

  @Test
  void onlyTheWorkersOwnTownRecordsItsAbsences() {
    Worker worker = people.activeWorker("huaqiao", "外镇");
    assertRefused(worker, "2026-03-02", null, "无权");

    Worker own = people.activeWorker("kfq", "本镇");
    Actor committee = Actor.user("kfq-committee", Set.of("town-committee-kfq"), Set.of("kfq"));
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> absences.record(committee, own.getId(),
        LocalDate.parse("2026-03-02"), null, null, null)))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("区镇组织部门登记");
  }

  /** Submits the 登记旷工 start form as the town org dept and reads what the record did. */
  private Recorded record(Worker worker, String first, String last) {
    Map<String, Object> form = new HashMap<>(Map.of("workerId", worker.getId(), "firstDay", first, "note", "未请假未到岗"));
    if (last != null) {
      form.put("lastDay", last);
    }
    ProcessInstance instance = forms.start("AbsenceRecordProcess", "kfq-org", form);
    Map<String, Object> done = new HashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list()
        .forEach(variable -> done.put(variable.getName(), variable.getValue()));
    return new Recorded(List.of(done.get("recordedDays").toString().split(",")), (Integer) done.get("longestRun"),
        (Integer) done.get("total"), (String) done.get("warningProcessInstanceId"),
        (String) done.get("dismissalProcessInstanceId"));
  }

  private record Recorded(List<String> days, int longestRun, int total, String warningProcessInstanceId,
      String dismissalProcessInstanceId) {
  }

  private void assertRefused(Worker worker, String first, String last, String message) {
    assertThatThrownBy(() -> record(worker, first, last)).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining(message);
  }

  /** Working days with a working day between each two, so that no two of them make a run. */
  private List<LocalDate> everyOtherWorkday(LocalDate from, int count) {
    List<LocalDate> days = new ArrayList<>();
    LocalDate day = calendar.isWorkday(from) ? from : calendar.nextWorkday(from);
    while (days.size() < count) {
      days.add(day);
      day = calendar.nextWorkday(calendar.nextWorkday(day));
    }
    return days;
  }

  private long warnings(Worker worker) {
    return count("WarningTalkProcess", worker);
  }

  private long dismissals(Worker worker) {
    return count("DismissalProcess", worker);
  }

  private long count(String processKey, Worker worker) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
        .variableValueEquals("workerId", worker.getId()).count();
  }
}
