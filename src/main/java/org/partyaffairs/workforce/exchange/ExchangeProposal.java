package org.partyaffairs.workforce.exchange;

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
 * A town committee's proposal to move one of its workers to another post of the town (000 第十二条),
 * with the answer of exchange-eligibility as it was when proposed. A worker who is not a priority
 * goes on only with the committee's written reason; the city office consents or refuses with a
 * reason; on consent the worker moves once. Each step is allowed only from the step before it.
 */
@Entity
public class ExchangeProposal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "worker_id")
  private Worker worker;

  private String townCode;

  private String proposedBy;

  private Instant proposedAt;

  private Long fromPostId;

  private String fromStation;

  private Long toPostId;

  private String toStation;

  /** The role the worker is to take on there (重用), if the committee names one. */
  private String newRole;

  private String reason;

  private LocalDate postTakenUpOn;

  private int fullYearsInPost;

  private boolean eligible;

  /** The codes of exchange-eligibility's reasons, comma-separated; empty when eligible. */
  private String eligibilityReasons;

  private Long decisionRecordId;

  private String justification;

  private String justifiedBy;

  private Instant justifiedAt;

  @Enumerated(EnumType.STRING)
  private ExchangeStatus status;

  private String reviewedBy;

  private Instant reviewedAt;

  private String reviewNote;

  private Instant exchangedAt;

  private String processInstanceId;

  @Version
  private long version;

  protected ExchangeProposal() {
  }

  ExchangeProposal(Worker worker, String proposedBy, Instant proposedAt, Long fromPostId, String fromStation,
      Long toPostId, String toStation, String newRole, String reason, LocalDate postTakenUpOn, int fullYearsInPost,
      boolean eligible, String eligibilityReasons, Long decisionRecordId, String processInstanceId) {
    this.worker = worker;
    this.townCode = worker.getTownCode();
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
    this.fromPostId = fromPostId;
    this.fromStation = fromStation;
    this.toPostId = toPostId;
    this.toStation = toStation;
    this.newRole = newRole;
    this.reason = reason;
    this.postTakenUpOn = postTakenUpOn;
    this.fullYearsInPost = fullYearsInPost;
    this.eligible = eligible;
    this.eligibilityReasons = eligibilityReasons;
    this.decisionRecordId = decisionRecordId;
    this.processInstanceId = processInstanceId;
    this.status = ExchangeStatus.PROPOSED;
  }

  /** The committee goes on although the worker is not a priority: only with its written reason. */
  void justify(String by, Instant at, String justification) {
    requireNotEligible();
    if (justification == null || justification.isBlank()) {
      throw new InvalidRequestException("不符合优先交流条件的，继续报请须写明理由");
    }
    if (this.justification != null) {
      throw new IllegalTransitionException("交流建议 " + businessKey() + " 已说明理由");
    }
    requireStatus(ExchangeStatus.PROPOSED, "说明理由");
    this.justification = justification;
    this.justifiedBy = by;
    this.justifiedAt = at;
  }

  void withdraw(String by, Instant at, String note) {
    requireNotEligible();
    advance(ExchangeStatus.PROPOSED, ExchangeStatus.WITHDRAWN);
    this.justification = note;
    this.justifiedBy = by;
    this.justifiedAt = at;
  }

  void approve(String by, Instant at, String note) {
    requireReadyForReview();
    advance(ExchangeStatus.PROPOSED, ExchangeStatus.APPROVED);
    reviewed(by, at, note);
  }

  void refuse(String by, Instant at, String note) {
    if (note == null || note.isBlank()) {
      throw new InvalidRequestException("不同意交流时必须说明理由");
    }
    requireReadyForReview();
    advance(ExchangeStatus.PROPOSED, ExchangeStatus.REFUSED);
    reviewed(by, at, note);
  }

  void exchanged(Instant at) {
    advance(ExchangeStatus.APPROVED, ExchangeStatus.EXCHANGED);
    exchangedAt = at;
  }

  private void reviewed(String by, Instant at, String note) {
    reviewedBy = by;
    reviewedAt = at;
    reviewNote = note;
  }

  private void requireReadyForReview() {
    if (!eligible && justification == null) {
      throw new IllegalTransitionException("交流建议 " + businessKey() + " 不符合优先交流条件，须先由区镇党（工）委说明理由");
    }
  }

  private void requireNotEligible() {
    if (eligible) {
      throw new IllegalTransitionException("交流建议 " + businessKey() + " 符合优先交流条件，无须说明理由");
    }
  }

  private void requireStatus(ExchangeStatus expected, String step) {
    if (status != expected) {
      throw new IllegalTransitionException("交流建议 " + businessKey() + " 当前为「" + status.label() + "」，不能" + step);
    }
  }

  private void advance(ExchangeStatus from, ExchangeStatus to) {
    if (status != from) {
      throw new IllegalTransitionException(
          "交流建议 " + businessKey() + " 当前为「" + status.label() + "」，不能变为「" + to.label() + "」");
    }
    status = to;
  }

  /** Shown in Tasklist and Cockpit as the process instance's business key, and named in refusals. */
  public String businessKey() {
    return "EX-" + id;
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

  public String getProposedBy() {
    return proposedBy;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public Long getFromPostId() {
    return fromPostId;
  }

  public String getFromStation() {
    return fromStation;
  }

  public Long getToPostId() {
    return toPostId;
  }

  public String getToStation() {
    return toStation;
  }

  public String getNewRole() {
    return newRole;
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getPostTakenUpOn() {
    return postTakenUpOn;
  }

  public int getFullYearsInPost() {
    return fullYearsInPost;
  }

  public boolean isEligible() {
    return eligible;
  }

  public String getEligibilityReasons() {
    return eligibilityReasons;
  }

  public Long getDecisionRecordId() {
    return decisionRecordId;
  }

  public String getJustification() {
    return justification;
  }

  public String getJustifiedBy() {
    return justifiedBy;
  }

  public ExchangeStatus getStatus() {
    return status;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public String getReviewNote() {
    return reviewNote;
  }

  public Instant getExchangedAt() {
    return exchangedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
