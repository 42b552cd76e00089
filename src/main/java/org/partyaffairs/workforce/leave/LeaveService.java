package org.partyaffairs.workforce.leave;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partyaffairs.workforce.absence.AbsenceRepository;
import org.partyaffairs.workforce.absence.AbsenceService;
import org.partyaffairs.workforce.deadline.WorkingDays;
import org.partyaffairs.workforce.rules.DecisionRecorder;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.worker.Article;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leave under 001 第十八条(四) (考勤和请销假制度): the worker (or the town organisation dept for them)
 * asks for leave, counted in working days of {@code rules/calendar}; {@code leave-approval-tier}
 * names who approves — 3 days or fewer 包片工作组组长, up to 10 the sector Party committee (非公企业党委
 * / 社会组织党委), up to a month the town organisation dept, more the city committee; the approver
 * approves or refuses with a reason; after the leave the worker reports back (销假) with the day it
 * actually ended, and working days after the approved last day become absences through {@link
 * AbsenceService} (000 第十三、十四条 then apply as to any absence).
 *
 * <p>Leave and absences never overlap: a request is refused for days already recorded absent, and an
 * absence on a day of approved leave is refused by the absence record ({@link ApprovedLeaveOnRecord}).
 * Two requests of one worker never overlap either: the worker's row is locked before the check, so
 * requests of one worker land one after another.
 */
@Service
@Transactional
public class LeaveService {

  private static final Logger log = LoggerFactory.getLogger(LeaveService.class);

  /** A leave may be asked for afterwards (补请假, e.g. an illness) at most this many days back; a demo value. */
  static final int DAYS_BACK = 30;
  /** leave-approval-tier's facts allow up to a year. */
  static final int MAX_WORKING_DAYS = 366;

  /** The requests that hold their days: nobody may ask for them again. */
  static final Set<LeaveStatus> HOLDING = EnumSet.of(LeaveStatus.REQUESTED, LeaveStatus.APPROVED, LeaveStatus.RETURNED);

  private final LeaveRequestRepository leaves;
  private final WorkerRepository workers;
  private final AbsenceRepository absences;
  private final AbsenceService absenceService;
  private final DecisionRecorder recorder;
  private final WorkingDays workingDays;
  private final Trail trail;
  private final Clock clock;

  LeaveService(LeaveRequestRepository leaves, WorkerRepository workers, AbsenceRepository absences,
      AbsenceService absenceService, DecisionRecorder recorder, WorkingDays workingDays, Trail trail, Clock clock) {
    this.leaves = leaves;
    this.workers = workers;
    this.absences = absences;
    this.absenceService = absenceService;
    this.recorder = recorder;
    this.workingDays = workingDays;
    this.trail = trail;
    this.clock = clock;
  }

  /**
   * Registers a request and decides who approves it.
   *
   * @param workerId the worker taking leave; null means the applicant themselves
   * @param town the town the process instance belongs to
   */
  public LeaveRequest request(Actor applicant, Long workerId, LocalDate first, LocalDate last, String reason,
      String processInstanceId, String town) {
    Worker worker = workerId == null ? ownWorkerRecord(applicant) : worker(workerId, applicant);
    worker = workers.lockById(worker.getId()).orElseThrow();
    if (!worker.getTownCode().equals(town)) {
      throw new InvalidRequestException("工作者 " + worker.getName() + " 不属于本流程所在区镇 " + town);
    }
    boolean self = applicant.userId().equals(worker.getUserId());
    if (!self && !applicant.isSystem() && !applicant.isMemberOf(Groups.townOrg(town))) {
      throw new InvalidRequestException("请假须由本人或所在区镇组织部门代为申请");
    }
    if (!worker.inService()) {
      throw new InvalidRequestException(
          "工作者 " + worker.getName() + " 当前状态为「" + worker.getStatus().label() + "」，不能请假");
    }
    List<LocalDate> days = workdays(first, last);
    for (LeaveRequest other : leaves.overlapping(worker.getId(), HOLDING, first, last)) {
      if (!other.getFirstDay().isAfter(last) && !other.coveredUntil().isBefore(first)) {
        throw new InvalidRequestException("与请假申请 " + other.businessKey() + "（" + other.getFirstDay() + "至"
            + other.coveredUntil() + "，" + other.getStatus().label() + "）的日期重叠，不能重复请假");
      }
    }
    List<LocalDate> absent = absences.recordedAmong(worker.getId(), days);
    if (!absent.isEmpty()) {
      throw new InvalidRequestException("以下日期已登记为旷工，不能再请假：" + absent);
    }
    String tier = recorder.decide("leave-approval-tier", Map.of("days", days.size()), "workerId",
        worker.getId().toString(), processInstanceId, LeaveRequestProcessVariables.TASK_REGISTER_LEAVE_REQUEST)
        .result().answer().get("approverGroup").toString();
    LeaveRequest leave = leaves.save(new LeaveRequest(worker, applicant.userId(), first, last, days.size(), reason,
        tier, approverGroup(tier, town), processInstanceId, clock.instant()));
    trail.record(worker, "LEAVE_REQUESTED", "申请请假 " + first + " 至 " + last + "，共 " + days.size() + " 个工作日，事由："
        + reason + "；由" + approverLabel(tier) + "审批", applicant.userId(), processInstanceId, Article.LANZHOU_18_4);
    log.info("Leave {} of worker {} ({} working days) requested by {}, approved by {}", leave.getId(), worker.getId(),
        days.size(), applicant.userId(), leave.getApproverGroup());
    return leave;
  }

  /** The approver of the tier answers; returns whether the leave was approved. */
  public boolean decide(String processInstanceId, Actor approver, LeaveDecision decision, String refusalReason) {
    LeaveRequest leave = of(processInstanceId);
    if (!approver.isSystem() && !approver.isMemberOf(leave.getApproverGroup())) {
      throw new InvalidRequestException("该请假由" + approverLabel(leave.getApproverTier()) + "审批");
    }
    if (decision == LeaveDecision.APPROVE) {
      leave.approve(approver.userId(), clock.instant());
      trail.record(leave.getWorker(), "LEAVE_APPROVED", approverLabel(leave.getApproverTier()) + "批准请假 "
          + leave.getFirstDay() + " 至 " + leave.getLastDay() + "（" + leave.getWorkingDays() + " 个工作日）；假期结束后应于 "
          + returnDueOn(leave) + " 销假", approver.userId(), processInstanceId, Article.LANZHOU_18_4);
      return true;
    }
    leave.refuse(approver.userId(), clock.instant(), refusalReason);
    trail.record(leave.getWorker(), "LEAVE_REFUSED", approverLabel(leave.getApproverTier()) + "不批准请假 "
        + leave.getFirstDay() + " 至 " + leave.getLastDay() + "，理由：" + refusalReason + "。未经批准，不得擅自离岗",
        approver.userId(), processInstanceId, Article.LANZHOU_18_4);
    return false;
  }

  /** The first working day after the approved leave: 销假 is due by its end (假期结束后要及时销假). */
  public LocalDate returnDueOn(LeaveRequest leave) {
    return workingDays.plus(leave.getLastDay(), 1);
  }

  /**
   * The day 销假 is due: the first working day after the leave, or today's (the next working day's)
   * when the leave is approved after it ended (补请假).
   */
  public LocalDate reportBackDueOn(LeaveRequest leave) {
    LocalDate back = returnDueOn(leave);
    LocalDate now = workingDays.onOrAfter(LocalDate.now(clock));
    return back.isBefore(now) ? now : back;
  }

  /**
   * 销假: the worker (or the town organisation dept recording for them) reports the day the leave
   * actually ended. Answers the working days after the approved last day, which become absences.
   */
  public LeaveRequest reportBack(String processInstanceId, Actor reporter, LocalDate actualLastDay, String note) {
    LeaveRequest leave = of(processInstanceId);
    Worker worker = leave.getWorker();
    boolean self = reporter.userId().equals(worker.getUserId());
    if (!self && !reporter.isSystem() && !reporter.isMemberOf(Groups.townOrg(leave.getTownCode()))) {
      throw new InvalidRequestException("销假须由本人或所在区镇组织部门办理");
    }
    LocalDate today = LocalDate.now(clock);
    if (actualLastDay.isAfter(today)) {
      throw new InvalidRequestException("实际请假截止日 " + actualLastDay + " 是未来的日期（今天是 " + today + "）");
    }
    List<LocalDate> late = lateDays(leave.getLastDay(), actualLastDay);
    leave.reportBack(reporter.userId(), clock.instant(), actualLastDay, late.size());
    trail.record(worker, "LEAVE_RETURNED", "销假：请假实际截止 " + actualLastDay
        + (late.isEmpty() ? "，按期返岗" : "，超过批准的截止日 " + leave.getLastDay() + " 共 " + late.size() + " 个工作日，记为旷工："
            + late) + (note == null ? "" : "；说明：" + note), reporter.userId(), processInstanceId, Article.LANZHOU_18_4);
    return leave;
  }

  /**
   * After 销假: the working days after the approved last day become absences through the absence
   * record (000 第十三、十四条 apply to them as to any absence). Safe to run again (a retried job):
   * what is recorded is not recorded twice. Answers the days recorded now.
   */
  public List<LocalDate> recordLateDays(String processInstanceId, String activityId) {
    LeaveRequest leave = of(processInstanceId);
    if (leave.getStatus() != LeaveStatus.RETURNED) {
      throw new InvalidRequestException("请假申请 " + leave.businessKey() + " 尚未销假");
    }
    if (leave.isLateDaysRecorded()) {
      return List.of();
    }
    List<LocalDate> late = lateDays(leave.getLastDay(), leave.getActualLastDay());
    List<LocalDate> recorded = new ArrayList<>();
    Worker worker = leave.getWorker();
    if (!late.isEmpty() && worker.inService()) {
      absenceService.recordDays(Actor.system(), worker.getId(), late,
          "请假 " + leave.businessKey() + " 超假未销假（001 第十八条(四)：未经批准，不得擅自离岗）", processInstanceId, activityId)
          .forEach(year -> recorded.addAll(year.days()));
    } else if (!late.isEmpty()) {
      trail.record(worker, "LEAVE_LATE_NOT_RECORDED", "超假 " + late.size() + " 个工作日，工作者已不在岗（"
          + worker.getStatus().label() + "），不再登记旷工", "system", processInstanceId, Article.LANZHOU_18_4);
    }
    leave.lateDaysRecorded();
    return recorded;
  }

  @Transactional(readOnly = true)
  public LeaveRequest of(String processInstanceId) {
    return leaves.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new NotFoundException("流程 " + processInstanceId + " 没有请假申请记录"));
  }

  /** The worker's requests, the latest first. */
  @Transactional(readOnly = true)
  public List<LeaveRequest> of(Worker worker) {
    return leaves.findByWorkerIdOrderByFirstDayDesc(worker.getId());
  }

  /** The Camunda group a tier's approval is offered to in the town. */
  static String approverGroup(String tier, String town) {
    return switch (tier) {
      case "group-leader" -> Groups.groupLeader(town);
      case "sector-committee" -> Groups.sectorCommittee(town);
      case "town-org" -> Groups.townOrg(town);
      case "city-committee" -> Groups.CITY_COMMITTEE;
      default -> throw new IllegalStateException("leave-approval-tier answered " + tier);
    };
  }

  /** Who approves, as the forms and the trail say it (001 第十八条(四)). */
  static String approverLabel(String tier) {
    return switch (tier) {
      case "group-leader" -> "包片工作组组长";
      case "sector-committee" -> "非公企业党委或社会组织党委";
      case "town-org" -> "区镇组织部门";
      case "city-committee" -> "市委\"两新\"工委";
      default -> tier;
    };
  }

  /** The working days from first to last; a range with none, backwards, too early or too long is refused. */
  private List<LocalDate> workdays(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new InvalidRequestException("请假截止日 " + last + " 早于首日 " + first);
    }
    LocalDate earliest = LocalDate.now(clock).minusDays(DAYS_BACK);
    if (first.isBefore(earliest)) {
      throw new InvalidRequestException("补请假最早只能从 " + earliest + " 起（" + DAYS_BACK + " 日内）");
    }
    if (first.plusYears(1).isBefore(last)) {
      throw new InvalidRequestException("一次请假不能超过一年（" + first + " 至 " + last + "）");
    }
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      if (workingDays.isWorkday(day)) {
        days.add(day);
      }
    }
    if (days.isEmpty()) {
      throw new InvalidRequestException(first + " 至 " + last + " 没有工作日（周末和法定节假日不必请假）");
    }
    if (days.size() > MAX_WORKING_DAYS) {
      throw new InvalidRequestException("一次请假不能超过 " + MAX_WORKING_DAYS + " 个工作日");
    }
    return days;
  }

  /** The working days after the approved last day up to the actual last day. */
  private List<LocalDate> lateDays(LocalDate approvedLast, LocalDate actualLast) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = approvedLast.plusDays(1); !day.isAfter(actualLast); day = day.plusDays(1)) {
      if (workingDays.isWorkday(day)) {
        days.add(day);
      }
    }
    return days;
  }

  private Worker ownWorkerRecord(Actor applicant) {
    return workers.findByUserId(applicant.userId())
        .orElseThrow(() -> new InvalidRequestException("您不是专职党务工作者本人：请选择要代为请假的工作者"));
  }

  private Worker worker(Long id, Actor applicant) {
    Worker worker = workers.findById(id).orElseThrow(() -> new NotFoundException("工作者 " + id + " 不存在"));
    if (!applicant.canActFor(worker.getTownCode())) {
      throw new InvalidRequestException("工作者 " + id + " 不属于您所在的区镇");
    }
    return worker;
  }
}
