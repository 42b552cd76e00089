package org.partyaffairs.workforce.probation;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.partyaffairs.workforce.shared.IllegalTransitionException;
import org.partyaffairs.workforce.worker.MonthPeriod;

/**
 * A hired worker's two-month probation (001 第六条): mentor, public commitment, then the exam and
 * the democratic vote when the period ends; it ends PASSED or DISQUALIFIED, and a disqualification
 * is filed with the city office. A qualification problem found on the way disqualifies at once.
 */
@Entity
public class Probation {

  /** 001 第六条: 试用期两个月. */
  public static final MonthPeriod PERIOD = MonthPeriod.ofMonths(2);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long workerId;

  private String townCode;

  private LocalDate hiredOn;

  /** The end of the period's last day (see {@link MonthPeriod}). */
  private Instant endsAt;

  @Enumerated(EnumType.STRING)
  private ProbationStatus status;

  @Embedded
  private Mentor mentor;

  @Embedded
  private Commitment commitment;

  @Embedded
  private ProbationReview review;

  /** Comma-separated {@link ProbationReason} codes. */
  private String reasons;

  private String qualificationProblem;

  private Long decisionRecordId;

  private Instant decidedAt;

  private String filingNumber;

  private String filedBy;

  private Instant filedAt;

  private String processInstanceId;

  @Version
  private long version;

  protected Probation() {
  }

  Probation(Long workerId, String townCode, LocalDate hiredOn, Instant endsAt, String processInstanceId) {
    this.workerId = workerId;
    this.townCode = townCode;
    this.hiredOn = hiredOn;
    this.endsAt = endsAt;
    this.processInstanceId = processInstanceId;
    this.status = ProbationStatus.IN_PROBATION;
  }

  void assignMentor(Mentor mentor) {
    requireInProbation("指定带教师傅");
    this.mentor = mentor;
  }

  void commit(Commitment commitment) {
    requireInProbation("记录公开承诺");
    this.commitment = commitment;
  }

  void review(ProbationReview review, Instant at) {
    requireInProbation("录入考核结果");
    if (at.isBefore(endsAt)) {
      throw new IllegalTransitionException("试用期尚未届满，不能录入考核结果");
    }
    this.review = review;
  }

  /** The probation-outcome decision's answer: passed, or the reasons it failed. */
  void decide(List<ProbationReason> failed, Long decisionRecordId, Instant at) {
    requireInProbation("判定试用期结果");
    if (review == null) {
      throw new IllegalTransitionException("尚未录入试用期考核结果");
    }
    end(failed, at);
    this.decisionRecordId = decisionRecordId;
  }

  /** A qualification problem found during probation disqualifies at once (001 第六条). */
  void disqualifyForQualifications(String problem, Instant at) {
    requireInProbation("取消资格");
    this.qualificationProblem = problem;
    end(List.of(ProbationReason.QUALIFICATIONS_NOT_MET), at);
  }

  void file(String filingNumber, String by, Instant at) {
    if (status != ProbationStatus.DISQUALIFIED) {
      throw new IllegalTransitionException("只有取消资格的试用期需要备案");
    }
    if (filedAt != null) {
      throw new IllegalTransitionException("该取消资格已于 " + filedAt + " 备案");
    }
    this.filingNumber = filingNumber;
    this.filedBy = by;
    this.filedAt = at;
  }

  private void end(List<ProbationReason> failed, Instant at) {
    status = failed.isEmpty() ? ProbationStatus.PASSED : ProbationStatus.DISQUALIFIED;
    reasons = String.join(",", failed.stream().map(Enum::name).toList());
    decidedAt = at;
  }

  private void requireInProbation(String action) {
    if (status != ProbationStatus.IN_PROBATION) {
      throw new IllegalTransitionException("试用期已结束（" + status.label() + "），不能" + action);
    }
  }

  public boolean isDecided() {
    return status != ProbationStatus.IN_PROBATION;
  }

  public List<ProbationReason> getReasons() {
    return reasons == null || reasons.isEmpty() ? List.of()
        : Arrays.stream(reasons.split(",")).map(ProbationReason::valueOf).toList();
  }

  /** Shown in Tasklist and Cockpit: the town and the worker. */
  public String businessKey() {
    return "PROB-" + townCode + "-" + workerId;
  }

  public Long getId() {
    return id;
  }

  public Long getWorkerId() {
    return workerId;
  }

  public String getTownCode() {
    return townCode;
  }

  public LocalDate getHiredOn() {
    return hiredOn;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public ProbationStatus getStatus() {
    return status;
  }

  public Mentor getMentor() {
    return mentor;
  }

  public Commitment getCommitment() {
    return commitment;
  }

  public ProbationReview getReview() {
    return review;
  }

  public String getQualificationProblem() {
    return qualificationProblem;
  }

  public Long getDecisionRecordId() {
    return decisionRecordId;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getFilingNumber() {
    return filingNumber;
  }

  public String getFiledBy() {
    return filedBy;
  }

  public Instant getFiledAt() {
    return filedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
