package org.partyaffairs.workforce.recruitment;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.IllegalTransitionException;

/**
 * A person registered for a recruitment: qualification review, exam and interview scores, rank,
 * shortlist, and at the end the town's contract (000 第六条) or not.
 */
@Entity
public class Candidate {

  static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_id")
  private RecruitmentPlan plan;

  private String name;

  private String education;

  private String registeredBy;

  private Instant registeredAt;

  @Enumerated(EnumType.STRING)
  private Qualification qualification;

  private String qualificationReason;

  private String reviewedBy;

  private Instant reviewedAt;

  private BigDecimal examScore;

  private BigDecimal interviewScore;

  private String scoredBy;

  private BigDecimal totalScore;

  private Integer ranking;

  private boolean shortlisted;

  @Enumerated(EnumType.STRING)
  private HireDecision hireDecision;

  private String contractNumber;

  private LocalDate contractSignedOn;

  private Long postId;

  private Long workerId;

  @Version
  private long version;

  protected Candidate() {
  }

  Candidate(RecruitmentPlan plan, String name, String education, String registeredBy, Instant registeredAt) {
    plan.requireRegistering();
    this.plan = plan;
    this.name = name;
    this.education = education;
    this.registeredBy = registeredBy;
    this.registeredAt = registeredAt;
    this.qualification = Qualification.PENDING;
  }

  void review(boolean passed, String reason, String by, Instant at) {
    plan.requireSelecting("审查报名资格");
    if (qualification != Qualification.PENDING) {
      throw new IllegalTransitionException(name + " 的资格已审查：" + qualification.label());
    }
    if (!passed && reason == null) {
      throw new InvalidRequestException("资格审查未通过时必须说明理由");
    }
    qualification = passed ? Qualification.PASSED : Qualification.FAILED;
    qualificationReason = reason;
    reviewedBy = by;
    reviewedAt = at;
  }

  /** The exam and interview scores, 0–100 each; entered once, or corrected after an objection. */
  void score(BigDecimal exam, BigDecimal interview, String by) {
    plan.requireSelecting("录入成绩");
    if (qualification != Qualification.PASSED) {
      throw new IllegalTransitionException(name + " 未通过资格审查，不能录入成绩");
    }
    requireScore("笔试成绩", exam);
    requireScore("面试成绩", interview);
    examScore = exam;
    interviewScore = interview;
    scoredBy = by;
  }

  void ranked(BigDecimal total, int rank, boolean shortlisted) {
    this.totalScore = total;
    this.ranking = rank;
    this.shortlisted = shortlisted;
  }

  void hire(String contractNumber, LocalDate signedOn, Long postId, Long workerId) {
    requireUndecidedShortlisted();
    this.hireDecision = HireDecision.HIRE;
    this.contractNumber = contractNumber;
    this.contractSignedOn = signedOn;
    this.postId = postId;
    this.workerId = workerId;
  }

  void notHired() {
    requireUndecidedShortlisted();
    this.hireDecision = HireDecision.NOT_HIRE;
  }

  private void requireUndecidedShortlisted() {
    if (!shortlisted) {
      throw new IllegalTransitionException(name + " 不在拟录用名单中");
    }
    if (hireDecision != null) {
      throw new IllegalTransitionException(name + " 的聘用已办理");
    }
  }

  private static void requireScore(String label, BigDecimal score) {
    if (score == null || score.signum() < 0 || score.compareTo(MAX_SCORE) > 0) {
      throw new InvalidRequestException(label + "应在 0 至 100 之间，收到 " + score);
    }
  }

  /** As the public notice shows the candidate. */
  String summary() {
    return name + "（" + education + "）";
  }

  /** As the public notice shows the result. */
  String result() {
    return "笔试 " + plain(examScore) + "，面试 " + plain(interviewScore) + "，总成绩 " + plain(totalScore) + "，第 "
        + ranking + " 名";
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  public Long getId() {
    return id;
  }

  public RecruitmentPlan getPlan() {
    return plan;
  }

  public String getName() {
    return name;
  }

  public String getEducation() {
    return education;
  }

  public Qualification getQualification() {
    return qualification;
  }

  public String getQualificationReason() {
    return qualificationReason;
  }

  public BigDecimal getExamScore() {
    return examScore;
  }

  public BigDecimal getInterviewScore() {
    return interviewScore;
  }

  public BigDecimal getTotalScore() {
    return totalScore;
  }

  public Integer getRanking() {
    return ranking;
  }

  public boolean isShortlisted() {
    return shortlisted;
  }

  public HireDecision getHireDecision() {
    return hireDecision;
  }

  public String getContractNumber() {
    return contractNumber;
  }

  public LocalDate getContractSignedOn() {
    return contractSignedOn;
  }

  public Long getPostId() {
    return postId;
  }

  public Long getWorkerId() {
    return workerId;
  }
}
