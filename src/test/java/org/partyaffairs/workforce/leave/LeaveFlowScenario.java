package org.partyaffairs.workforce.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.absence.AbsenceRepository;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.support.AtOnce;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A leave request from application to 销假 as the people involved take it (001 第十八条(四)), each
 * seeing only their own work, a late return becoming absences (000 第十三条), and leave and absences
 * refusing each other; two overlapping requests arriving at the same moment, which the database must
 * put one after the other. Run on H2 ({@link LeaveFlowTest}) and on MySQL ({@link LeaveFlowMySqlIT}).
 * Names and reasons carry 𠮷, a 4-byte character.
 */
abstract class LeaveFlowScenario {

  @Autowired People people;
  @Autowired Forms forms;
  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired LeaveService leaveService;
  @Autowired AbsenceRepository absences;
  @Autowired Trail trail;

  @BeforeEach
  void onMondaySecondMarch() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T02:00:00Z")));
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void aLeaveGoesFromApplicationToApprovalAndBackLateIntoAbsencesAndOtherTownsNeverSeeIt() {
    Worker worker = people.activeWorker("kfq", "𠮷假期");
    ProcessInstance instance = apply(worker, "2026-03-03", "2026-03-06", "回𠮷林老家照顾父母");

    // 4 working days: the sector Party committee approves; the group leader, and huaqiao's, see nothing
    people.actAs("kfq-leader");
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    forms.work(instance, "kfq-sector", "huaqiao-sector", Map.of("decision", "APPROVE"));

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-11T01:00:00Z")));
    runJobs(instance);
    people.actAs("huaqiao-org");
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    people.actAs(worker.getUserId());
    Task reportBack = taskService.createTaskQuery().processInstanceId(instance.getId()).taskAssignee(worker.getUserId())
        .singleResult();
    assertThat(reportBack.getName()).isEqualTo("销假：𠮷假期（昆山开发区）");
    formService.submitTaskForm(reportBack.getId(), Map.of("actualLastDay", "2026-03-10", "reportNote", "𠮷林大雪，返程延误"));
    people.actAsSystem();
    runJobs(instance);

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getEndActivityId()).isEqualTo("EndEvent_LeaveClosed");
    LeaveRequest leave = leaveService.of(instance.getId());
    assertThat(leave.getReason()).isEqualTo("回𠮷林老家照顾父母");
    assertThat(leave.getLateWorkingDays()).isEqualTo(2);
    assertThat(absences.daysIn(worker.getId(), 2026)).extracting(LocalDate::toString)
        .containsExactly("2026-03-09", "2026-03-10");
    assertThat(trail.of(worker)).extracting(TrailEntry::getEvent).containsExactly("HIRED", "CONFIRMED",
        "LEAVE_REQUESTED", "LEAVE_APPROVED", "LEAVE_RETURNED", "ABSENCE_RECORDED");
    assertThat(trail.of(worker).get(4).getDetail()).contains("𠮷林大雪");
  }

  @Test
  void leaveAndAbsencesRefuseEachOther() {
    Worker worker = people.activeWorker("zhangpu", "𠮷互斥");
    ProcessInstance instance = apply(worker, "2026-02-25", "2026-02-26", "病假");
    forms.work(instance, "zhangpu-leader", "kfq-leader", Map.of("decision", "APPROVE"));
    String key = leaveService.of(instance.getId()).businessKey();

    assertThatThrownBy(() -> recordAbsence(worker, "2026-02-26")).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("2026-02-26 在已批准的请假（" + key + "，2026-02-25至2026-02-26）内，不能记为旷工");
    recordAbsence(worker, "2026-02-27");
    assertThatThrownBy(() -> apply(worker, "2026-02-27", "2026-03-02", "补假"))
        .hasMessageContaining("以下日期已登记为旷工，不能再请假：[2026-02-27]");
    assertThat(absences.daysIn(worker.getId(), 2026)).extracting(LocalDate::toString).containsExactly("2026-02-27");
  }

  @Test
  void twoOverlappingRequestsAtTheSameMomentLandOnce() throws Exception {
    Worker worker = people.activeWorker("huaqiao", "𠮷并发");

    List<Throwable> refused = AtOnce.failures(List.of(
        () -> apply(worker, "2026-03-09", "2026-03-10", "第一份"),
        () -> apply(worker, "2026-03-10", "2026-03-11", "第二份")));

    assertThat(refused).singleElement().extracting(Throwable::getMessage).asString().contains("日期重叠");
    assertThat(leaveService.of(worker)).hasSize(1);
  }

  private ProcessInstance apply(Worker worker, String first, String last, String reason) {
    return forms.start("LeaveRequestProcess", worker.getUserId(),
        Map.of("firstDay", first, "lastDay", last, "reason", reason));
  }

  /** The 登记旷工 start form submitted by the worker's town org dept. */
  private void recordAbsence(Worker worker, String day) {
    forms.start("AbsenceRecordProcess", worker.getTownCode() + "-org", Map.of("workerId", worker.getId(),
        "firstDay", day, "note", "未到岗"));
  }

  /** Runs the instance's due jobs as the job executor would. */
  private void runJobs(ProcessInstance instance) {
    people.actAsSystem();
    List<Job> due = managementService.createJobQuery().processInstanceId(instance.getId()).executable().list();
    assertThat(due).isNotEmpty();
    due.forEach(job -> managementService.executeJob(job.getId()));
  }
}
