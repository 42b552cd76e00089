package org.partyaffairs.workforce.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.partyaffairs.workforce.shared.IllegalTransitionException;
import org.partyaffairs.workforce.shared.InvalidRequestException;

/**
 * A town's written report on its workers for one half year (001 第十五条): the figures compiled when
 * it was started (kept as JSON, never recompiled), the organisation department's written assessment,
 * the committee's review in rounds (returned with a reason, or submitted), and the city's receipt.
 */
@Entity
class HalfYearReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String townCode;
  private String halfYear;

  @Enumerated(EnumType.STRING)
  private HalfYearReportStatus status;

  private String processInstanceId;
  private String startedBy;
  private Instant startedAt;
  private String figures;
  private Instant compiledAt;
  private String assessment;
  private String writtenBy;
  private Instant writtenAt;
  private int roundNumber;
  private String returnReason;
  private String reviewedBy;
  private Instant reviewedAt;
  private Instant submittedAt;
  private String receivedBy;
  private Instant receivedAt;
  private String receiptNote;

  @Version
  private long version;

  protected HalfYearReport() {
  }

  HalfYearReport(String townCode, HalfYear half, String startedBy, Instant at, String processInstanceId,
      String figures) {
    this.townCode = townCode;
    this.halfYear = half.code();
    this.startedBy = startedBy;
    this.startedAt = at;
    this.compiledAt = at;
    this.processInstanceId = processInstanceId;
    this.figures = figures;
    this.status = HalfYearReportStatus.DRAFTING;
    this.roundNumber = 1;
  }

  /** The department's assessment of the workers' performance, first written or revised after a return. */
  void write(String text, String by, Instant at) {
    if (status != HalfYearReportStatus.DRAFTING && status != HalfYearReportStatus.RETURNED) {
      throw new IllegalTransitionException("半年报告" + status.label() + "，不能再修改履职情况评价");
    }
    if (status == HalfYearReportStatus.RETURNED) {
      roundNumber++;
    }
    assessment = text;
    writtenBy = by;
    writtenAt = at;
    status = HalfYearReportStatus.IN_REVIEW;
  }

  /** The committee approves (the report goes to the city) or returns it with a reason. */
  void review(ReviewDecision decision, String reason, String by, Instant at) {
    if (status != HalfYearReportStatus.IN_REVIEW) {
      throw new IllegalTransitionException("半年报告" + status.label() + "，不能审核");
    }
    if (decision == ReviewDecision.RETURN && reason == null) {
      throw new InvalidRequestException("退回修改时必须说明理由");
    }
    reviewedBy = by;
    reviewedAt = at;
    returnReason = decision == ReviewDecision.RETURN ? reason : null;
    status = decision == ReviewDecision.RETURN ? HalfYearReportStatus.RETURNED : HalfYearReportStatus.SUBMITTED;
  }

  /** Marks when it went to the city; a second run (a retried job) changes nothing. */
  void submitted(Instant at) {
    if (status != HalfYearReportStatus.SUBMITTED) {
      throw new IllegalTransitionException("半年报告" + status.label() + "，不能报送");
    }
    if (submittedAt == null) {
      submittedAt = at;
    }
  }

  void receive(String by, String note, Instant at) {
    if (status != HalfYearReportStatus.SUBMITTED) {
      throw new IllegalTransitionException("半年报告" + status.label() + "，不能接收");
    }
    receivedBy = by;
    receiptNote = note;
    receivedAt = at;
    status = HalfYearReportStatus.RECEIVED;
  }

  /** {@code HALFYEAR-kfq-2026-H1}: the town and the half year, unique like the record itself. */
  String businessKey() {
    return businessKey(townCode, halfYear);
  }

  static String businessKey(String townCode, String halfYear) {
    return "HALFYEAR-" + townCode + "-" + halfYear;
  }

  Long getId() {
    return id;
  }

  String getTownCode() {
    return townCode;
  }

  HalfYear getHalfYear() {
    return HalfYear.parse(halfYear);
  }

  HalfYearReportStatus getStatus() {
    return status;
  }

  String getProcessInstanceId() {
    return processInstanceId;
  }

  String getStartedBy() {
    return startedBy;
  }

  Instant getStartedAt() {
    return startedAt;
  }

  String getFigures() {
    return figures;
  }

  String getAssessment() {
    return assessment;
  }

  String getWrittenBy() {
    return writtenBy;
  }

  Instant getWrittenAt() {
    return writtenAt;
  }

  int getRoundNumber() {
    return roundNumber;
  }

  String getReturnReason() {
    return returnReason;
  }

  String getReviewedBy() {
    return reviewedBy;
  }

  Instant getReviewedAt() {
    return reviewedAt;
  }

  Instant getSubmittedAt() {
    return submittedAt;
  }

  String getReceivedBy() {
    return receivedBy;
  }

  Instant getReceivedAt() {
    return receivedAt;
  }

  String getReceiptNote() {
    return receiptNote;
  }
}
