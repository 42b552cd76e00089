package org.partyaffairs.workforce.leave;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.partyaffairs.workforce.shared.IllegalTransitionException;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.worker.Worker;

/**
 * A worker's leave request (001 第十八条(四) 考勤和请销假制度): asked for so many working days of
 * {@code rules/calendar}, approved or refused by the approver of its tier, and after the leave
 * reported back (销假) with the day the leave actually ended. Each step is allowed only from the step
 * before it; a refusal needs its reason.
 */
@Entity
public class LeaveRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "worker_id")
  private Worker worker;

  private String townCode;

  private String applicant;

  private LocalDate firstDay;

  private LocalDate lastDay;

  private int workingDays;

  private String reason;

  /** The answer of {@code leave-approval-tier}: group-leader, sector-committee, town-org, city-committee. */
  private String approverTier;

  /** The Camunda group the approval is offered to, e.g. {@code group-leader-kfq}. */
  private String approverGroup;

  @Enumerated(EnumType.STRING)
  private LeaveStatus status;

  private String processInstanceId;

  private Instant requestedAt;

  private String decidedBy;

  private Instant decidedAt;

  private String refusalReason;

  private LocalDate actualLastDay;

  private String reportedBackBy;

  private Instant reportedBackAt;

  private Integer lateWorkingDays;

  private boolean lateDaysRecorded;

  @Version
  private long version;

  protected LeaveRequest() {
  }

  LeaveRequest(Worker worker, String applicant, LocalDate firstDay, LocalDate lastDay, int workingDays, String reason,
      String approverTier, String approverGroup, String processInstanceId, Instant requestedAt) {
    this.worker = worker;
    this.townCode = worker.getTownCode();
    this.applicant = applicant;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.workingDays = workingDays;
    this.reason = reason;
    this.approverTier = approverTier;
    this.approverGroup = approverGroup;
    this.processInstanceId = processInstanceId;
    this.requestedAt = requestedAt;
    this.status = LeaveStatus.REQUESTED;
  }

  void approve(String by, Instant at) {
    advance(LeaveStatus.REQUESTED, LeaveStatus.APPROVED);
    decidedBy = by;
    decidedAt = at;
  }

  void refuse(String by, Instant at, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidRequestException("不批准请假时必须说明理由");
    }
    advance(LeaveStatus.REQUESTED, LeaveStatus.REFUSED);
    decidedBy = by;
    decidedAt = at;
    refusalReason = reason;
  }

  /**
   * 销假: the leave ended on {@code actualLastDay}; {@code lateWorkingDays} working days after the
   * approved last day were not covered by it.
   */
  void reportBack(String by, Instant at, LocalDate actualLastDay, int lateWorkingDays) {
    if (actualLastDay.isBefore(firstDay)) {
      throw new InvalidRequestException("实际请假截止日 " + actualLastDay + " 早于请假首日 " + firstDay);
    }
    advance(LeaveStatus.APPROVED, LeaveStatus.RETURNED);
    this.actualLastDay = actualLastDay;
    this.reportedBackBy = by;
    this.reportedBackAt = at;
    this.lateWorkingDays = lateWorkingDays;
  }

  /** The late days are absences on record now; a retried job finds this and records nothing twice. */
  void lateDaysRecorded() {
    lateDaysRecorded = true;
  }

  private void advance(LeaveStatus from, LeaveStatus to) {
    if (status != from) {
      throw new IllegalTransitionException(
          "请假申请 " + businessKey() + " 当前为「" + status.label() + "」，不能变为「" + to.label() + "」");
    }
    status = to;
  }

  /**
   * The days the approved leave covers: from the first day to the approved last day, or to the
   * actual last day when the worker came back earlier. Days after the approved last day are never
   * leave.
   */
  public LocalDate coveredUntil() {
    return actualLastDay != null && actualLastDay.isBefore(lastDay) ? actualLastDay : lastDay;
  }

  /** Shown in Tasklist and Cockpit as the process instance's business key, and named in refusals. */
  public String businessKey() {
    return "LV-" + id;
  }

  public Long getId() {
    return id;
  }

  public Worker getWorker() {
    return worker;
  }

  public String getTownCode() {
    return townCode;
  }

  public String getApplicant() {
    return applicant;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public int getWorkingDays() {
    return workingDays;
  }

  public String getReason() {
    return reason;
  }

  public String getApproverTier() {
    return approverTier;
  }

  public String getApproverGroup() {
    return approverGroup;
  }

  public LeaveStatus getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getRefusalReason() {
    return refusalReason;
  }

  public LocalDate getActualLastDay() {
    return actualLastDay;
  }

  public String getReportedBackBy() {
    return reportedBackBy;
  }

  public Integer getLateWorkingDays() {
    return lateWorkingDays;
  }

  public boolean isLateDaysRecorded() {
    return lateDaysRecorded;
  }
}
