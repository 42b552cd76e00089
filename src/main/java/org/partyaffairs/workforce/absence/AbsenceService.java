package org.partyaffairs.workforce.absence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partyaffairs.workforce.dismissal.DismissalService;
import org.partyaffairs.workforce.rules.DecisionRecorder;
import org.partyaffairs.workforce.rules.DecisionService;
import org.partyaffairs.workforce.rules.WorkdayCalendar;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.warning.WarningService;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.worker.Article;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Absent working days (旷工) recorded by the town organisation dept, and what they lead to: after
 * each record {@code dismissal-grounds} (000 第十四条 1) and {@code warning-trigger} (第十三条 3) run
 * on the worker's year, and crossing a line starts a DismissalProcess or a WarningTalkProcess.
 *
 * <p>"Once per crossing": the worker's row is locked before anything is read, so records of the
 * same worker land one after another and each sees the ones before it. A warning starts when the
 * record turns the year's {@code warn} from false to true; a dismissal when it finds an absence
 * ground not yet kept for the year. Both at once start the dismissal only: a warning has nothing
 * left to correct.
 */
@Service
@Transactional
public class AbsenceService {

  private static final Logger log = LoggerFactory.getLogger(AbsenceService.class);

  private final AbsenceRepository absences;
  private final WorkerRepository workers;
  private final WorkdayCalendar calendar;
  private final DecisionService decisions;
  private final DecisionRecorder recorder;
  private final DismissalService dismissals;
  private final WarningService warnings;
  private final Trail trail;
  private final Clock clock;
  private final ApprovedLeave approvedLeave;

  AbsenceService(AbsenceRepository absences, WorkerRepository workers, WorkdayCalendar calendar,
      DecisionService decisions, DecisionRecorder recorder, DismissalService dismissals, WarningService warnings,
      Trail trail, Clock clock, ApprovedLeave approvedLeave) {
    this.approvedLeave = approvedLeave;
    this.absences = absences;
    this.workers = workers;
    this.calendar = calendar;
    this.decisions = decisions;
    this.recorder = recorder;
    this.dismissals = dismissals;
    this.warnings = warnings;
    this.trail = trail;
    this.clock = clock;
  }

  /** What a record did: the days kept, the year's count after it, and what it started. */
  public record Recorded(Long workerId, List<LocalDate> days, int longestRun, int total, String warningProcessInstanceId,
      String dismissalProcessInstanceId) {
  }

  /**
   * Records the absent working days from {@code first} to {@code last} (one day when {@code last}
   * is null). Both ends must be working days; the weekends and holidays between them are not
   * absences and are left out. A future day, a day already recorded, a day of approved leave
   * (001 第十八条(四)), a range over two years, a worker not in service: refused, nothing written.
   *
   * @param processInstanceId the AbsenceRecordProcess instance (Tasklist or the API) keeping the record
   */
  public Recorded record(Actor clerk, Long workerId, LocalDate first, LocalDate last, String note,
      String processInstanceId) {
    Worker worker = clerkMayRecord(clerk, workerId);
    List<LocalDate> days = workdays(first, last == null ? first : last);
    List<LocalDate> duplicates = absences.recordedAmong(workerId, days);
    if (!duplicates.isEmpty()) {
      throw new InvalidRequestException("以下日期已登记为旷工，不能重复登记：" + duplicates);
    }
    refuseApprovedLeave(workerId, days);
    return keep(worker, days, note, clerk, processInstanceId, AbsenceProcessVariables.TASK_RECORD_ABSENCE);
  }

  /**
   * Records working days another capability found absent (a leave reported back late, 001
   * 第十八条(四)) through the same path as {@link #record}: the trail, then the warning trigger and the
   * dismissal grounds over each year the days fall in (000 第十三、十四条). Days already on record are
   * left as they are, so that a retried job records nothing twice; a day of approved leave is refused.
   *
   * @param activityId the activity recording them, kept with the decisions
   * @return one record per year the new days fall in
   */
  public List<Recorded> recordDays(Actor clerk, Long workerId, List<LocalDate> workingDays, String note,
      String processInstanceId, String activityId) {
    Worker worker = clerkMayRecord(clerk, workerId);
    List<LocalDate> already = workingDays.isEmpty() ? List.of() : absences.recordedAmong(workerId, workingDays);
    List<LocalDate> days = workingDays.stream().filter(day -> !already.contains(day)).sorted().distinct().toList();
    for (LocalDate day : days) {
      if (!calendar.isWorkday(day)) {
        throw new IllegalArgumentException(day + " is no working day");
      }
    }
    refuseApprovedLeave(workerId, days);
    List<Recorded> recorded = new ArrayList<>();
    days.stream().map(LocalDate::getYear).distinct().forEach(year -> recorded.add(keep(worker,
        days.stream().filter(day -> day.getYear() == year).toList(), note, clerk, processInstanceId, activityId)));
    return recorded;
  }

  private Worker clerkMayRecord(Actor clerk, Long workerId) {
    Worker worker = workers.lockById(workerId).orElseThrow(() -> new NotFoundException("工作者 " + workerId + " 不存在"));
    if (!clerk.canActFor(worker.getTownCode())) {
      throw new NotFoundException("工作者 " + workerId + " 不存在");
    }
    if (!clerk.isSystem() && !clerk.isMemberOf(Groups.townOrg(worker.getTownCode()))) {
      throw new InvalidRequestException("旷工由工作者所在区镇组织部门登记");
    }
    if (!worker.inService()) {
      throw new InvalidRequestException(
          "工作者 " + worker.getName() + " 当前状态为「" + worker.getStatus().label() + "」，不能登记旷工");
    }
    return worker;
  }

  /** 001 第十八条(四): a day of approved leave is no absence. */
  private void refuseApprovedLeave(Long workerId, List<LocalDate> days) {
    if (days.isEmpty()) {
      return;
    }
    approvedLeave.covering(workerId, days).ifPresent(leave -> {
      LocalDate day = days.stream().filter(d -> !d.isBefore(leave.firstDay()) && !d.isAfter(leave.lastDay()))
          .findFirst().orElse(days.get(0));
      throw new InvalidRequestException(leave.refusal(day));
    });
  }

  private Recorded keep(Worker worker, List<LocalDate> days, String note, Actor clerk, String processInstanceId,
      String activityId) {
    Long workerId = worker.getId();
    int year = days.get(0).getYear();
    List<LocalDate> before = absences.daysIn(workerId, year);
    days.forEach(day -> absences.save(new Absence(workerId, day, note, clerk.userId(), clock.instant())));
    trail.record(worker, "ABSENCE_RECORDED", "登记旷工 " + days.size() + " 个工作日：" + days
        + (note == null ? "" : "（" + note + "）"), clerk.userId(), processInstanceId, Article.KUNSHAN_13);
    log.info("{} absent days of worker {} recorded by {}", days.size(), workerId, clerk.userId());
    return consequences(worker, year, before, days, clerk, processInstanceId, activityId);
  }

  private Recorded consequences(Worker worker, int year, List<LocalDate> before, List<LocalDate> days, Actor clerk,
      String processInstanceId, String activityId) {
    String dismissal = dismissals.considerAbsences(worker, year, clerk.userId(), processInstanceId,
        activityId).orElse(null);
    List<LocalDate> all = new ArrayList<>(before);
    all.addAll(days);
    Map<String, Object> after = decideKept("warning-trigger", Map.of("absences", strings(all)), worker,
        processInstanceId, activityId);
    boolean crossed = Boolean.TRUE.equals(after.get("warn"))
        && !Boolean.TRUE.equals(decisions.decide("warning-trigger", Map.of("absences", strings(before))).get("warn"));
    String warning = null;
    if (crossed) {
      String why = "旷工达到告诫条件：连续旷工 " + after.get("longestRun") + " 个工作日，" + year + " 年累计 " + after.get("total")
          + " 个工作日";
      String instead = dismissal != null || dismissals.isOpenFor(worker.getId()) ? "已在解聘程序中，不另行告诫"
          : worker.isUnderWarning() ? "已在告诫期内，不另行告诫"
          : worker.getStatus() != WorkerStatus.ACTIVE ? "尚在试用期，由试用期考核处理，不作告诫" : null;
      if (instead == null) {
        warning = warnings.startForAbsences(worker.getId(), why);
      } else {
        trail.record(worker, "WARNING_NOT_STARTED", why + "；" + instead, "system", processInstanceId,
            Article.KUNSHAN_13);
      }
    }
    return new Recorded(worker.getId(), days, ((Number) after.get("longestRun")).intValue(),
        ((Number) after.get("total")).intValue(), warning, dismissal);
  }

  private Map<String, Object> decideKept(String decision, Map<String, ?> facts, Worker worker, String processInstanceId,
      String activityId) {
    return recorder.decide(decision, facts, "workerId", worker.getId().toString(), processInstanceId,
        activityId).result().answer();
  }

  /** The working days of the range; its ends must be working days, and in the past or today. */
  private List<LocalDate> workdays(LocalDate first, LocalDate last) {
    LocalDate today = LocalDate.now(clock);
    if (last.isBefore(first)) {
      throw new InvalidRequestException("结束日期 " + last + " 早于开始日期 " + first);
    }
    if (last.getYear() != first.getYear()) {
      throw new InvalidRequestException("跨年度的旷工请按年度分别登记（" + first + " 至 " + last + "）");
    }
    if (last.isAfter(today)) {
      throw new InvalidRequestException(last + " 是未来的日期，不能登记旷工（今天是 " + today + "）");
    }
    for (LocalDate end : List.of(first, last)) {
      if (!calendar.isWorkday(end)) {
        throw new InvalidRequestException(end + " 不是工作日（周末或法定节假日），不能登记旷工");
      }
    }
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      if (calendar.isWorkday(day)) {
        days.add(day);
      }
    }
    return days;
  }

  private static List<String> strings(List<LocalDate> days) {
    return days.stream().map(LocalDate::toString).toList();
  }
}
