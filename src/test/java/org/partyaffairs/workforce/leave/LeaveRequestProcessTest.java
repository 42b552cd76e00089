package org.partyaffairs.workforce.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.partyaffairs.workforce.support.Refusals.assertRefused;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partyaffairs.workforce.absence.AbsenceRepository;
import org.partyaffairs.workforce.deadline.WorkingDays;
import org.partyaffairs.workforce.post.Staffing;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.support.Refusals;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path of LeaveRequestProcess (001 第十八条(四) 考勤和请销假制度) on the real engine and
 * database, each step taken by the user of the role that owns it, on Monday 2 March 2026 (10:00 in
 * Kunshan) unless a test moves the clock: a month without holidays, so the working days are plain.
 */
@IntegrationTest
class LeaveRequestProcessTest {

  /** Monday 2 March 2026, 10:00 in Kunshan. */
  static final Instant MONDAY = Instant.parse("2026-03-02T02:00:00Z");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired Refusals refusals;
  @Autowired LeaveService leaveService;
  @Autowired LeaveRequestRepository leaves;
  @Autowired AbsenceRepository absences;
  @Autowired WorkingDays workingDays;
  @Autowired Staffing staffing;
  @Autowired WorkerService workerService;
  @Autowired TransactionTemplate transaction;

  @BeforeEach
  void onMondaySecondMarch() {
    init(engine);
    ClockUtil.setCurrentTime(Date.from(MONDAY));
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @ParameterizedTest(name = "{0} working days from {1}: approved by {2} (001 第十八条(四))")
  @CsvSource({
      "1, 2026-03-03, 2026-03-03, group-leader-kfq, kfq-leader, 包片工作组组长",
      "3, 2026-03-03, 2026-03-05, group-leader-kfq, kfq-leader, 包片工作组组长",
      "4, 2026-03-03, 2026-03-06, sector-committee-kfq, kfq-sector, 非公企业党委或社会组织党委",
      "10, 2026-03-03, 2026-03-16, sector-committee-kfq, kfq-sector, 非公企业党委或社会组织党委",
      "11, 2026-03-03, 2026-03-17, town-org-kfq, kfq-org, 区镇组织部门",
      "30, 2026-03-03, 2026-04-14, town-org-kfq, kfq-org, 区镇组织部门",
      "31, 2026-03-03, 2026-04-15, city-committee, committee, 市委\"两新\"工委"})
  void theWorkingDaysOfTheLeaveDecideWhoApprovesIt(int days, String first, String last, String group, String approver,
      String label) {
    Worker worker = people.activeWorker("kfq", "分级");
    ProcessInstance instance = apply(worker, first, last, "家中有事");

    assertThat(instance).isWaitingAt("Task_ApproveLeave").hasBusinessKey(leaveService.of(instance.getId()).businessKey());
    assertThat(leaveService.of(instance.getId()).getWorkingDays()).isEqualTo(days);
    assertThat(task(instance)).hasCandidateGroup(group);
    assertThat(task(instance).getName()).isEqualTo("审批请假：分级（昆山开发区，" + days + "个工作日）");
    assertThat(runtimeService.getVariable(instance.getId(), "approverLabel")).isEqualTo(label);
    complete(instance, approver, Map.of("decision", "APPROVE"));

    assertThat(instance).isWaitingAt("Event_LeaveOver");
    assertThat(leaveService.of(instance.getId()).getStatus()).isEqualTo(LeaveStatus.APPROVED);
  }

  @Test
  void theWeekendAndTheQingmingHolidayAreNotCountedAsLeaveDays() { // rules/calendar/2026.csv
    ProcessInstance instance = apply(people.activeWorker("kfq", "清明"), "2026-04-02", "2026-04-08", "扫墓");
    // 2, 3, 7, 8 April: the 4th to the 6th are 清明节
    assertThat(leaveService.of(instance.getId()).getWorkingDays()).isEqualTo(4);
    assertThat(task(instance)).hasCandidateGroup("sector-committee-kfq");
  }

  @Test
  void anApprovedLeaveReportedBackOnTimeEndsWithoutAbsences() {
    Worker worker = people.activeWorker("kfq", "按期");
    ProcessInstance instance = apply(worker, "2026-03-03", "2026-03-04", "陪护家人就医");
    Task approval = task(instance);
    assertThat(approval.getDueDate().toInstant()) // service-levels.csv: 2 working days (demo value)
        .isEqualTo(workingDays.endOf(LocalDate.parse("2026-03-04")).toInstant());
    complete(instance, "kfq-leader", Map.of("decision", "APPROVE"));

    assertThat(instance).isWaitingAt("Event_LeaveOver");
    assertThat(job(instance).getDuedate().toInstant()).as("the first working day after the leave, 00:00")
        .isEqualTo(Instant.parse("2026-03-04T16:00:00Z"));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-05T01:00:00Z")));
    execute(job(instance));

    assertThat(instance).isWaitingAt("Task_ReportBack");
    Task reportBack = task(instance);
    assertThat(reportBack.getName()).isEqualTo("销假：按期（昆山开发区）");
    assertThat(reportBack).isAssignedTo(worker.getUserId());
    assertThat(taskService.getIdentityLinksForTask(reportBack.getId())).extracting(link -> link.getGroupId())
        .contains("town-org-kfq");
    assertThat(reportBack.getDueDate().toInstant()).as("假期结束后要及时销假: by the end of the 5th")
        .isEqualTo(Instant.parse("2026-03-05T15:59:59Z"));
    complete(instance, worker.getUserId(), Map.of("actualLastDay", "2026-03-04"));

    assertThat(instance).isWaitingAt("Task_RecordLateReturn");
    assertThat(job(instance)).hasRetries(3);
    execute(job(instance));

    assertThat(instance).isEnded().hasPassed("EndEvent_LeaveClosed");
    LeaveRequest leave = leaveService.of(instance.getId());
    assertThat(leave.getStatus()).isEqualTo(LeaveStatus.RETURNED);
    assertThat(leave.getLateWorkingDays()).isZero();
    assertThat(absences.daysIn(worker.getId(), 2026)).isEmpty();
    List<TrailEntry> trail = refusals.trailOf(worker, instance);
    assertThat(trail).extracting(TrailEntry::getEvent).containsExactly("LEAVE_REQUESTED", "LEAVE_APPROVED",
        "LEAVE_RETURNED");
    assertThat(trail).extracting(TrailEntry::getArticle).containsOnly("001 第十八条(四)");
    assertThat(trail).extracting(TrailEntry::getActor).containsExactly(worker.getUserId(), "kfq-leader",
        worker.getUserId());
  }

  @Test
  void aLeaveApprovedAfterItEndedIsReportedBackByTheEndOfTheApprovalsWorkingDay() { // 补请假
    Worker worker = people.activeWorker("kfq", "补假");
    ProcessInstance instance = approved(worker, "2026-02-25", "2026-02-26", "kfq-leader");
    execute(job(instance)); // the first working day after the leave (27 February) has passed

    assertThat(runtimeService.getVariable(instance.getId(), "returnDueOn")).isEqualTo("2026-02-27");
    assertThat(task(instance).getDueDate().toInstant()).as("not overdue as it opens: the end of Monday 2 March")
        .isEqualTo(Instant.parse("2026-03-02T15:59:59Z"));
  }

  @Test
  void returningLaterThanTheApprovedLastDayRecordsTheExtraWorkingDaysAsAbsences() { // 000 第十三条 3
    Worker worker = people.activeWorker("kfq", "超假");
    ProcessInstance instance = approved(worker, "2026-03-03", "2026-03-04", "kfq-leader");

    // Back on Thursday 12 March: the 5th, 6th, 9th, 10th and 11th were not leave
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-12T01:00:00Z")));
    execute(job(instance));
    complete(instance, worker.getUserId(), Map.of("actualLastDay", "2026-03-11", "reportNote", "返程受阻"));
    assertThat(runtimeService.getVariable(instance.getId(), "lateWorkingDays")).isEqualTo(5);
    execute(job(instance));

    assertThat(instance).isEnded();
    assertThat(absences.daysIn(worker.getId(), 2026)).extracting(LocalDate::toString)
        .containsExactly("2026-03-05", "2026-03-06", "2026-03-09", "2026-03-10", "2026-03-11");
    assertThat(refusals.trailOf(worker, instance)).extracting(TrailEntry::getEvent).containsExactly("LEAVE_REQUESTED",
        "LEAVE_APPROVED", "LEAVE_RETURNED", "ABSENCE_RECORDED");
    assertThat(warningOf(worker)).as("five days are not more than five (000 第十三条 3)").isZero();
  }

  @Test
  void sixLateWorkingDaysInARowStartAWarningAsAnyAbsenceWould() { // 000 第十三条 3: 连续旷工超过5个工作日
    Worker worker = people.activeWorker("kfq", "久假");
    ProcessInstance instance = approved(worker, "2026-03-03", "2026-03-04", "kfq-leader");

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-13T01:00:00Z")));
    execute(job(instance));
    complete(instance, worker.getUserId(), Map.of("actualLastDay", "2026-03-12"));
    execute(job(instance));

    assertThat(absences.daysIn(worker.getId(), 2026)).hasSize(6);
    assertThat(warningOf(worker)).isOne();
  }

  @Test
  void recordingTheLateDaysTwiceRecordsThemOnce() {
    Worker worker = people.activeWorker("kfq", "幂等");
    ProcessInstance instance = approved(worker, "2026-03-03", "2026-03-04", "kfq-leader");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-10T01:00:00Z")));
    execute(job(instance));
    complete(instance, worker.getUserId(), Map.of("actualLastDay", "2026-03-05"));

    transaction.executeWithoutResult(status -> leaveService.recordLateDays(instance.getId(), "Task_RecordLateReturn"));
    execute(job(instance));

    assertThat(instance).isEnded();
    assertThat(absences.daysIn(worker.getId(), 2026)).extracting(LocalDate::toString).containsExactly("2026-03-05");
    assertThat(refusals.trailOf(worker, instance)).extracting(TrailEntry::getEvent).containsOnlyOnce("ABSENCE_RECORDED");
  }

  @Test
  void comingBackEarlyEndsTheLeaveEarlyAndLeavesTheDaysAfterItOpenToAbsences() {
    Worker worker = people.activeWorker("kfq", "提前");
    ProcessInstance instance = approved(worker, "2026-03-03", "2026-03-06", "kfq-sector");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-09T01:00:00Z")));
    execute(job(instance));
    complete(instance, worker.getUserId(), Map.of("actualLastDay", "2026-03-04"));
    execute(job(instance));

    assertThat(leaveService.of(instance.getId()).coveredUntil()).isEqualTo(LocalDate.parse("2026-03-04"));
    recordAbsence(worker, "2026-03-05", "2026-03-05");
    assertThat(absences.daysIn(worker.getId(), 2026)).extracting(LocalDate::toString).containsExactly("2026-03-05");
    assertRefused(() -> recordAbsence(worker, "2026-03-04", "2026-03-04"), "在已批准的请假（LV-");
  }

  @Test
  void aRefusalNeedsItsReasonAndEndsTheRequest() {
    Worker worker = people.activeWorker("kfq", "不准");
    ProcessInstance instance = apply(worker, "2026-03-09", "2026-03-13", "外出旅游");

    assertRefused(() -> complete(instance, "kfq-sector", Map.of("decision", "REFUSE")), "理由");
    assertRefused(() -> complete(instance, "kfq-sector", Map.of("decision", "MAYBE")), "APPROVE, REFUSE");
    assertThat(instance).isWaitingAt("Task_ApproveLeave");
    complete(instance, "kfq-sector", Map.of("decision", "REFUSE", "refusalReason", "本周有督查任务，请改期"));

    assertThat(instance).isEnded().hasPassed("EndEvent_LeaveRefused").hasNotPassed("Event_LeaveOver");
    LeaveRequest leave = leaveService.of(instance.getId());
    assertThat(leave.getStatus()).isEqualTo(LeaveStatus.REFUSED);
    assertThat(leave.getRefusalReason()).isEqualTo("本周有督查任务，请改期");
    assertThat(refusals.trailOf(worker, instance)).last().extracting(TrailEntry::getDetail).asString()
        .contains("不批准请假", "本周有督查任务", "不得擅自离岗");
    // A refused request holds no days: the worker may ask again for them.
    assertThat(apply(worker, "2026-03-09", "2026-03-10", "改为两天")).isWaitingAt("Task_ApproveLeave");
  }

  @Test
  void aForgedGatewayVariableCannotOverrideTheApproversDecision() {
    ProcessInstance instance = apply(people.activeWorker("kfq", "伪造"), "2026-03-03", "2026-03-03", "私事");
    complete(instance, "kfq-leader", Map.of("decision", "REFUSE", "refusalReason", "不同意", "leaveApproved", true));

    assertThat(instance).isEnded().hasPassed("EndEvent_LeaveRefused");
  }

  @Test
  void onlyTheApproverOfTheTierMayApprove() {
    ProcessInstance instance = apply(people.activeWorker("kfq", "越权"), "2026-03-03", "2026-03-03", "私事");

    // The engine keeps the task to the group it is offered to …
    assertThatThrownBy(() -> complete(instance, "kfq-sector", Map.of("decision", "APPROVE")))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> complete(instance, "huaqiao-leader", Map.of("decision", "APPROVE")))
        .hasMessageContaining("no authenticated tenant");
    // … and the service checks the approver again, whatever reached it.
    Actor sector = Actor.user("kfq-sector", Set.of("sector-committee-kfq"), Set.of("kfq"));
    assertRefused(() -> transaction.executeWithoutResult(
        status -> leaveService.decide(instance.getId(), sector, LeaveDecision.APPROVE, null)), "包片工作组组长审批");
    assertThat(instance).isWaitingAt("Task_ApproveLeave");
    assertThat(leaveService.of(instance.getId()).getStatus()).isEqualTo(LeaveStatus.REQUESTED);
  }

  @Test
  void theTownOrgDeptMayApplyForAWorkerOfItsTown() {
    Worker worker = people.activeWorker("kfq", "代请");
    ProcessInstance instance = start("kfq-org", Map.of("workerId", worker.getId(), "firstDay", "2026-03-03",
        "lastDay", "2026-03-03", "reason", "本人住院，电话请假"));

    assertThat(instance).isWaitingAt("Task_ApproveLeave");
    assertThat(leaveService.of(instance.getId()).getApplicant()).isEqualTo("kfq-org");
    assertThat(runtimeService.getVariable(instance.getId(), "workerUserId")).isEqualTo(worker.getUserId());
  }

  @Test
  void aWorkerWithoutAnAccountReportsBackThroughTheTownOrgDept() {
    Worker worker = transaction.execute(status -> workerService.confirm(
        staffing.hire("无号", "kfq", null, "测试区域党建工作站", "test"), "test"));
    ProcessInstance instance = start("kfq-org", Map.of("workerId", worker.getId(), "firstDay", "2026-03-03",
        "lastDay", "2026-03-03", "reason", "事假"));
    complete(instance, "kfq-leader", Map.of("decision", "APPROVE"));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-04T01:00:00Z")));
    execute(job(instance));

    assertThat(task(instance)).isNotAssigned().hasCandidateGroup("town-org-kfq");
    complete(instance, "kfq-org", Map.of("actualLastDay", "2026-03-03"));
    assertThat(leaveService.of(instance.getId()).getReportedBackBy()).isEqualTo("kfq-org");
  }

  @Test
  void aWorkerCannotAskForLeaveForAnotherWorker() {
    Worker applicant = people.activeWorker("kfq", "甲请");
    Worker other = people.activeWorker("kfq", "乙被");
    refusals.assertNothingStarted(() -> start(applicant.getUserId(), Map.of("workerId", other.getId(),
        "firstDay", "2026-03-03", "lastDay", "2026-03-03", "reason", "代请")), "本人", leaves::count);
  }

  @Test
  void aWorkerOfAnotherTownIsRefused() {
    Worker worker = people.activeWorker("huaqiao", "外镇");
    refusals.assertNothingStarted(() -> start("kfq-org", Map.of("workerId", worker.getId(),
        "firstDay", "2026-03-03", "lastDay", "2026-03-03", "reason", "代请")), "无权", leaves::count);
  }

  @Test
  void daysWithoutAWorkingDayBackwardsOrTooLongAgoAreRefused() {
    Worker worker = people.activeWorker("kfq", "日期");
    refusals.assertNothingStarted(() -> apply(worker, "2026-03-07", "2026-03-08", "周末"), "没有工作日", leaves::count);
    refusals.assertNothingStarted(() -> apply(worker, "2026-03-05", "2026-03-04", "倒置"), "早于首日", leaves::count);
    refusals.assertNothingStarted(() -> apply(worker, "2026-01-05", "2026-01-06", "太早"), "补请假最早", leaves::count);
    refusals.assertNothingStarted(() -> apply(worker, "2026-03-03", "  ", "无止"), "请填写请假截止日", leaves::count);
    refusals.assertNothingStarted(() -> apply(worker, "2026-03-03", "2026-03-03", " "), "请填写请假事由", leaves::count);
  }

  @Test
  void overlappingRequestsAreRefusedNamingTheOtherRequest() {
    Worker worker = people.activeWorker("kfq", "重叠");
    ProcessInstance first = apply(worker, "2026-03-03", "2026-03-05", "第一次");
    String key = leaveService.of(first.getId()).businessKey();

    refusals.assertNothingStarted(() -> apply(worker, "2026-03-05", "2026-03-09", "第二次"),
        "与请假申请 " + key + "（2026-03-03至2026-03-05，待审批）的日期重叠", leaves::count);
    complete(first, "kfq-leader", Map.of("decision", "APPROVE"));
    refusals.assertNothingStarted(() -> apply(worker, "2026-03-02", "2026-03-03", "第三次"), "已批准", leaves::count);
    assertThat(apply(worker, "2026-03-06", "2026-03-06", "紧接其后")).isWaitingAt("Task_ApproveLeave");
  }

  @Test
  void leaveCannotBeAskedForDaysAlreadyRecordedAbsent() {
    Worker worker = people.activeWorker("kfq", "先旷");
    recordAbsence(worker, "2026-02-26", "2026-02-27");

    refusals.assertNothingStarted(() -> apply(worker, "2026-02-27", "2026-03-03", "补假"),
        "以下日期已登记为旷工，不能再请假：[2026-02-27]", leaves::count);
  }

  @Test
  void approvedLeaveDaysCannotBeRecordedAsAbsencesAndTheRefusalNamesTheLeave() {
    Worker worker = people.activeWorker("kfq", "假中");
    ProcessInstance instance = approved(worker, "2026-02-25", "2026-02-27", "kfq-leader");
    String key = leaveService.of(instance.getId()).businessKey();
    long before = absences.count();

    assertRefused(() -> recordAbsence(worker, "2026-02-24", "2026-02-26"),
        "2026-02-25 在已批准的请假（" + key + "，2026-02-25至2026-02-27）内，不能记为旷工");
    assertThat(absences.count()).isEqualTo(before);
    recordAbsence(worker, "2026-02-24", "2026-02-24");
    assertThat(absences.daysIn(worker.getId(), 2026)).extracting(LocalDate::toString).containsExactly("2026-02-24");
  }

  @Test
  void aPendingRequestDoesNotKeepAnAbsenceFromBeingRecorded() {
    Worker worker = people.activeWorker("kfq", "未批");
    apply(worker, "2026-02-26", "2026-02-26", "补请假");

    recordAbsence(worker, "2026-02-26", "2026-02-26");
    assertThat(absences.daysIn(worker.getId(), 2026)).hasSize(1);
  }

  @Test
  void theActualLastDayMayNotBeInTheFutureNorBeforeTheLeave() {
    Worker worker = people.activeWorker("kfq", "销假");
    ProcessInstance instance = approved(worker, "2026-03-03", "2026-03-04", "kfq-leader");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-05T01:00:00Z")));
    execute(job(instance));

    assertRefused(() -> complete(instance, worker.getUserId(), Map.of("actualLastDay", "2026-03-06")), "未来的日期");
    assertRefused(() -> complete(instance, worker.getUserId(), Map.of("actualLastDay", "2026-03-02")), "早于请假首日");
    assertRefused(() -> complete(instance, worker.getUserId(), Map.of()), "请填写实际请假截止日");
    assertThat(instance).isWaitingAt("Task_ReportBack");
    assertThat(leaveService.of(instance.getId()).getStatus()).isEqualTo(LeaveStatus.APPROVED);
  }

  private ProcessInstance approved(Worker worker, String first, String last, String approver) {
    ProcessInstance instance = apply(worker, first, last, "事假");
    complete(instance, approver, Map.of("decision", "APPROVE"));
    assertThat(instance).isWaitingAt("Event_LeaveOver");
    return instance;
  }

  private long warningOf(Worker worker) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("WarningTalkProcess")
        .variableValueEquals("workerId", worker.getId()).count();
  }

  /** The worker's own 申请请假 start form. */
  private ProcessInstance apply(Worker worker, String first, String last, String reason) {
    return start(worker.getUserId(), Map.of("firstDay", first, "lastDay", last, "reason", reason));
  }

  private ProcessInstance start(String userId, Map<String, Object> form) {
    return forms.start(LeaveRequestProcessVariables.PROCESS_KEY, userId, form);
  }

  private void complete(ProcessInstance instance, String userId, Map<String, Object> form) {
    forms.complete(task(instance), userId, form);
  }

  /** The 登记旷工 start form submitted by the town org dept (the existing absence path). */
  private void recordAbsence(Worker worker, String first, String last) {
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("AbsenceRecordProcess")
        .latestVersion().singleResult().getId();
    people.actAs("kfq-org");
    try {
      Map<String, Object> form = new HashMap<>(Map.of("workerId", worker.getId(), "firstDay", first, "lastDay", last));
      formService.submitStartForm(definition, form);
    } finally {
      people.actAsSystem();
    }
  }
}
