package org.partyaffairs.workforce.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.partyaffairs.workforce.rules.facts.Grade;
import org.partyaffairs.workforce.shared.IllegalTransitionException;

/**
 * One worker's annual assessment in a campaign: self-report (述职), the town's scoring, the grade
 * the rules give, the city office's word on an 优秀 beyond the quota, and what the confirmed result
 * led to. Rows are created by the campaign's snapshot of eligible workers, never one by one.
 */
@Entity
public class Assessment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long campaignId;

  private Long workerId;

  private String townCode;

  private int batchNo;

  @Enumerated(EnumType.STRING)
  private AssessmentStatus status;

  private String processInstanceId;

  private String selfReport;

  private String selfReportedBy;

  private Instant selfReportedAt;

  /** The score decision's facts as JSON: the scoring form as submitted, or as corrected. */
  private String scoreInput;

  private BigDecimal score;

  @Enumerated(EnumType.STRING)
  private Grade grade;

  private String gradeLabel;

  /** The rules that gave the score and grade, each citing its article. */
  private String gradeExplanation;

  private Long decisionRecordId;

  private String scoredBy;

  private Instant scoredAt;

  private boolean overQuota;

  @Enumerated(EnumType.STRING)
  private QuotaDecision quotaDecision;

  private String quotaReason;

  private String quotaDecidedBy;

  private Instant quotaDecidedAt;

  /** What the confirmed result led to; null until the consequences are applied (once). */
  private String consequences;

  @Version
  private long version;

  protected Assessment() {
  }

  /** Its own process instance; a second instance for the same assessment is refused. */
  void attach(String processInstanceId) {
    if (this.processInstanceId != null && !this.processInstanceId.equals(processInstanceId)) {
      throw new IllegalTransitionException("考核 " + id + " 已由流程 " + this.processInstanceId + " 办理");
    }
    this.processInstanceId = processInstanceId;
  }

  /** 述职: the worker's own account of the year. */
  void submitSelfReport(String text, String actor, Instant at) {
    require(AssessmentStatus.WAITING_SELF_REPORT, "提交述职");
    selfReport = text;
    selfReportedBy = actor;
    selfReportedAt = at;
    status = AssessmentStatus.WAITING_SCORE;
  }

  /** The town's scoring form, checked by the score decision; the grade follows from it. */
  void recordScoreInput(String input, String actor, Instant at) {
    require(AssessmentStatus.WAITING_SCORE, "评分");
    scoreInput = input;
    scoredBy = actor;
    scoredAt = at;
  }

  boolean isGraded() {
    return grade != null;
  }

  /** The rules' score and grade for the recorded input. */
  void grade(BigDecimal score, Grade grade, String label, String explanation, Long decisionRecordId) {
    if (scoreInput == null) {
      throw new IllegalTransitionException("考核 " + id + " 尚未评分，不能评定等次");
    }
    require(AssessmentStatus.WAITING_SCORE, "评定等次");
    setGrade(score, grade, label, explanation, decisionRecordId);
    status = AssessmentStatus.SCORED;
  }

  /** An objection found the score wrong during the notice: the corrected input is graded again. */
  void regrade(String input, BigDecimal score, Grade grade, String label, String explanation, Long decisionRecordId) {
    require(AssessmentStatus.PUBLISHED, "更正评分");
    scoreInput = input;
    setGrade(score, grade, label, explanation, decisionRecordId);
  }

  private void setGrade(BigDecimal score, Grade grade, String label, String explanation, Long decisionRecordId) {
    this.score = score;
    this.grade = grade;
    this.gradeLabel = label;
    this.gradeExplanation = explanation;
    this.decisionRecordId = decisionRecordId;
  }

  /** 优秀 beyond the share of 001 第二十二条: a person decides, the rules do not downgrade. */
  void flagOverQuota() {
    require(AssessmentStatus.SCORED, "核定优秀比例");
    overQuota = true;
  }

  /**
   * The city office's decision on a flagged 优秀: kept, or lowered to the next grade.
   *
   * @param loweredLabel the policy's label of {@link Grade#QUALIFIED}
   */
  void decideQuota(QuotaDecision decision, String reason, String loweredLabel, String actor, Instant at) {
    if (!overQuota || quotaDecision != null) {
      throw new IllegalTransitionException("考核 " + id + " 不在待核定的超比例优秀之列");
    }
    quotaDecision = decision;
    quotaReason = reason;
    quotaDecidedBy = actor;
    quotaDecidedAt = at;
    if (decision == QuotaDecision.LOWER) {
      grade = Grade.QUALIFIED;
      gradeLabel = loweredLabel;
      gradeExplanation = gradeExplanation + "；001 第二十二条: 优秀比例原则上不超过20%，经市委\"两新\"工委办公室决定调整为"
          + loweredLabel + "（" + reason + "）";
    }
  }

  boolean hasConsequences() {
    return consequences != null;
  }

  void recordConsequences(String summary) {
    require(AssessmentStatus.CONFIRMED, "运用考核结果");
    if (consequences != null) {
      throw new IllegalTransitionException("考核 " + id + " 的结果已运用");
    }
    consequences = summary;
  }

  private void require(AssessmentStatus expected, String step) {
    if (status != expected) {
      throw new IllegalTransitionException("考核 " + id + " 当前为「" + status.label() + "」，不能" + step);
    }
  }

  public Long getId() {
    return id;
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public Long getWorkerId() {
    return workerId;
  }

  public String getTownCode() {
    return townCode;
  }

  public AssessmentStatus getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getScoreInput() {
    return scoreInput;
  }

  public BigDecimal getScore() {
    return score;
  }

  public Grade getGrade() {
    return grade;
  }

  public String getGradeLabel() {
    return gradeLabel;
  }

  public String getGradeExplanation() {
    return gradeExplanation;
  }

  public Long getDecisionRecordId() {
    return decisionRecordId;
  }

  public QuotaDecision getQuotaDecision() {
    return quotaDecision;
  }
}
