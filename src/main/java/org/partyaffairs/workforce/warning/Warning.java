package org.partyaffairs.workforce.warning;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.partyaffairs.workforce.shared.IllegalTransitionException;
import org.partyaffairs.workforce.worker.MonthPeriod;

/**
 * A warning (告诫, 000 第十三条): a worker determined a warning target on one of the three grounds,
 * the warning talk held by the town organisation dept, the three-month period from the talk, and
 * the evaluation when it is over. Each step only from the one before.
 */
@Entity
public class Warning {

  /** 000 第十三条: 告诫期为三个月. */
  public static final MonthPeriod PERIOD = MonthPeriod.ofMonths(3);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long workerId;

  @Enumerated(EnumType.STRING)
  private WarningGround ground;

  private String reason;

  @Enumerated(EnumType.STRING)
  private WarningStatus status;

  private String processInstanceId;

  private String startedBy;

  private Instant startedAt;

  private LocalDate talkOn;

  private String talkParticipants;

  private String talkContent;

  private String talkRecordedBy;

  private Instant periodEndsAt;

  @Enumerated(EnumType.STRING)
  private WarningOutcome outcome;

  private String evaluation;

  private String evaluatedBy;

  private Instant evaluatedAt;

  @Version
  private long version;

  protected Warning() {
  }

  Warning(Long workerId, WarningGround ground, String reason, String processInstanceId, String startedBy,
      Instant startedAt) {
    this.workerId = workerId;
    this.ground = ground;
    this.reason = reason;
    this.processInstanceId = processInstanceId;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
    this.status = WarningStatus.TALK_PENDING;
  }

  /** The talk is held: the three months run from its day. */
  void recordTalk(LocalDate on, String participants, String content, String by, Instant periodEndsAt) {
    advance(WarningStatus.TALK_PENDING, WarningStatus.IN_PERIOD);
    this.talkOn = on;
    this.talkParticipants = participants;
    this.talkContent = content;
    this.talkRecordedBy = by;
    this.periodEndsAt = periodEndsAt;
  }

  void evaluate(WarningOutcome outcome, String evaluation, String by, Instant at) {
    if (at.isBefore(periodEndsAt)) {
      throw new IllegalTransitionException("告诫期至 " + periodEndsAt + " 才届满，期满后方可考核");
    }
    advance(WarningStatus.IN_PERIOD, outcome == WarningOutcome.PASSED ? WarningStatus.PASSED : WarningStatus.FAILED);
    this.outcome = outcome;
    this.evaluation = evaluation;
    this.evaluatedBy = by;
    this.evaluatedAt = at;
  }

  /** The worker left service while the warning ran; nothing more to decide. */
  void endByDeparture() {
    if (status.isOpen()) {
      status = WarningStatus.ENDED_BY_DEPARTURE;
    }
  }

  private void advance(WarningStatus from, WarningStatus to) {
    if (status != from) {
      throw new IllegalTransitionException("告诫 " + id + " 当前为「" + status.label() + "」，不能变为「" + to.label() + "」");
    }
    status = to;
  }

  /** Shown in Tasklist and Cockpit as the process instance's business key. */
  public String businessKey() {
    return "WRN-" + id;
  }

  public Long getId() {
    return id;
  }

  public Long getWorkerId() {
    return workerId;
  }

  public WarningGround getGround() {
    return ground;
  }

  public String getReason() {
    return reason;
  }

  public WarningStatus getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public LocalDate getTalkOn() {
    return talkOn;
  }

  public Instant getPeriodEndsAt() {
    return periodEndsAt;
  }

  public String getEvaluation() {
    return evaluation;
  }

  public Instant getEvaluatedAt() {
    return evaluatedAt;
  }
}
