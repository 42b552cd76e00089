package org.partyaffairs.workforce.resignation;

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
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.IllegalTransitionException;
import org.partyaffairs.workforce.worker.Worker;

/**
 * A worker's written resignation (000 第十六条): submitted to the town organisation dept, received,
 * agreed or not by the town committee, filed with the city office. Each step is allowed only from
 * the step before it.
 */
@Entity
public class Resignation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "worker_id")
  private Worker worker;

  private String applicant;

  private String reason;

  private LocalDate lastWorkingDay;

  @Enumerated(EnumType.STRING)
  private ResignationStatus status;

  private String processInstanceId;

  private Instant submittedAt;

  private String receivedBy;

  private Instant receivedAt;

  private String decidedBy;

  private Instant decidedAt;

  private String decisionReason;

  private String filedBy;

  private Instant filedAt;

  private String filingNumber;

  @Version
  private long version;

  protected Resignation() {
  }

  Resignation(Worker worker, String applicant, String reason, LocalDate lastWorkingDay, String processInstanceId,
      Instant submittedAt) {
    this.worker = worker;
    this.applicant = applicant;
    this.reason = reason;
    this.lastWorkingDay = lastWorkingDay;
    this.processInstanceId = processInstanceId;
    this.submittedAt = submittedAt;
    this.status = ResignationStatus.SUBMITTED;
  }

  void receive(String by, Instant at) {
    advance(ResignationStatus.SUBMITTED, ResignationStatus.RECEIVED);
    receivedBy = by;
    receivedAt = at;
  }

  void agree(String by, Instant at) {
    advance(ResignationStatus.RECEIVED, ResignationStatus.AGREED);
    decidedBy = by;
    decidedAt = at;
  }

  void reject(String by, Instant at, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidRequestException("不同意辞职时必须说明理由");
    }
    advance(ResignationStatus.RECEIVED, ResignationStatus.REJECTED);
    decidedBy = by;
    decidedAt = at;
    decisionReason = reason;
  }

  void file(String by, Instant at, String number) {
    advance(ResignationStatus.AGREED, ResignationStatus.FILED);
    filedBy = by;
    filedAt = at;
    filingNumber = number;
  }

  /** The worker left service another way (dismissed) before this resignation took effect. */
  void withdraw() {
    if (status != ResignationStatus.REJECTED) {
      status = ResignationStatus.WITHDRAWN;
    }
  }

  private void advance(ResignationStatus from, ResignationStatus to) {
    if (status != from) {
      throw new IllegalTransitionException(
          "辞职申请 " + id + " 当前为「" + status.label() + "」，不能变为「" + to.label() + "」");
    }
    status = to;
  }

  /** Shown in Tasklist and Cockpit as the process instance's business key. */
  public String businessKey() {
    return "RES-" + id;
  }

  public Long getId() {
    return id;
  }

  public Worker getWorker() {
    return worker;
  }

  public String getApplicant() {
    return applicant;
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getLastWorkingDay() {
    return lastWorkingDay;
  }

  public ResignationStatus getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  /** When the town organisation dept received the written application; null before. */
  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getFiledBy() {
    return filedBy;
  }

  public String getFilingNumber() {
    return filingNumber;
  }
}
