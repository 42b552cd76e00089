package org.partyaffairs.workforce.certification;

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
import org.partyaffairs.workforce.rules.facts.CertificationLevel;
import org.partyaffairs.workforce.shared.IllegalTransitionException;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.worker.Worker;

/**
 * One worker's way through the year's round (002 专职资格认证: 个人申报、组织审核、培训测试、实地走访、综合评定和结果公示):
 * what was applied for, the answer of certification-eligibility, the town's review, the field visit,
 * the panel's 综合评定 and the certificate issued. Each step is allowed only after the one before it.
 */
@Entity
public class CertificationApplication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id")
  private CertificationRound round;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "worker_id")
  private Worker worker;

  private String townCode;

  @Enumerated(EnumType.STRING)
  private CertificationLevel currentLevel;

  @Enumerated(EnumType.STRING)
  private CertificationLevel requestedLevel;

  private String statement;

  private String appliedBy;

  private Instant appliedAt;

  @Enumerated(EnumType.STRING)
  private ApplicationStatus status;

  private Boolean eligible;

  /** certification-eligibility's reason codes, comma-separated; empty when eligible. */
  private String eligibilityReasons;

  private Long decisionRecordId;

  private String reviewedBy;

  private Instant reviewedAt;

  private String reviewNote;

  private LocalDate visitedOn;

  private String visitors;

  private String visitFindings;

  private String visitRecordedBy;

  private BigDecimal panelScore;

  private Boolean panelRecommended;

  private String panelOpinion;

  private String panelBy;

  private Instant panelAt;

  private Long certificateId;

  private String processInstanceId;

  @Version
  private long version;

  protected CertificationApplication() {
  }

  CertificationApplication(CertificationRound round, Worker worker, CertificationLevel currentLevel,
      String processInstanceId) {
    this.round = round;
    this.worker = worker;
    this.townCode = worker.getTownCode();
    this.currentLevel = currentLevel;
    this.processInstanceId = processInstanceId;
    this.status = ApplicationStatus.INVITED;
  }

  /** The level a worker may apply for: the first, or the one above the level held; null above 特级. */
  public CertificationLevel nextLevel() {
    return currentLevel == null ? CertificationLevel.PRIMARY : currentLevel.next();
  }

  /** 个人申报: the first level or the one above the level held, with the worker's statement. */
  void apply(CertificationLevel level, String statement, String by, Instant at) {
    require(ApplicationStatus.INVITED, "申报");
    if (level == null) {
      throw new InvalidRequestException("请选择申报等级");
    }
    if (level != nextLevel()) {
      throw new InvalidRequestException(nextLevel() == null ? "已持有特级证书，没有更高的等级可申报"
          : "申报等级须为" + nextLevel().label() + (currentLevel == null ? "（首次申报从初级开始）"
              : "（现持" + currentLevel.label() + "证书，逐级申报）") + "，收到" + level.label());
    }
    if (statement == null || statement.isBlank()) {
      throw new InvalidRequestException("请填写个人申报材料");
    }
    this.requestedLevel = level;
    this.statement = statement;
    this.appliedBy = by;
    this.appliedAt = at;
    this.status = ApplicationStatus.APPLIED;
  }

  /** The worker does not apply this year, or the deadline passed. */
  void decline(String by, Instant at) {
    require(ApplicationStatus.INVITED, "放弃申报");
    this.appliedBy = by;
    this.appliedAt = at;
    this.status = ApplicationStatus.NOT_APPLIED;
  }

  /** The answer of certification-eligibility, kept once (a retried job keeps the first). */
  void checked(boolean eligible, String reasons, Long decisionRecordId) {
    require(ApplicationStatus.APPLIED, "核对申报条件");
    this.eligible = eligible;
    this.eligibilityReasons = reasons;
    this.decisionRecordId = decisionRecordId;
  }

  boolean isChecked() {
    return eligible != null;
  }

  /** 组织审核: passed only when the conditions are met; a refusal needs its reason. */
  void review(boolean pass, String note, String by, Instant at) {
    require(ApplicationStatus.APPLIED, "组织审核");
    if (!isChecked()) {
      throw new IllegalTransitionException("申报条件尚未核对，不能审核");
    }
    if (pass && !eligible) {
      throw new InvalidRequestException("不符合申报条件（" + CertificationService.reasonsText(eligibilityReasons)
          + "），不能通过组织审核");
    }
    if (!pass && (note == null || note.isBlank())) {
      throw new InvalidRequestException("审核不通过时必须说明理由");
    }
    this.reviewedBy = by;
    this.reviewedAt = at;
    this.reviewNote = note;
    this.status = pass ? ApplicationStatus.REVIEWED : ApplicationStatus.REJECTED;
  }

  /** 实地走访: the day, who visited and what they found; not before the application, not in the future. */
  void visit(LocalDate on, String visitors, String findings, String by, LocalDate today, LocalDate applied) {
    require(ApplicationStatus.REVIEWED, "记录实地走访");
    if (on.isAfter(today)) {
      throw new InvalidRequestException("走访日期不能晚于今天（" + today + "）");
    }
    if (applied != null && on.isBefore(applied)) {
      throw new InvalidRequestException("走访日期不能早于申报日期（" + applied + "）");
    }
    this.visitedOn = on;
    this.visitors = visitors;
    this.visitFindings = findings;
    this.visitRecordedBy = by;
    this.status = ApplicationStatus.VISITED;
  }

  /** 综合评定: a score of 0–100 (one decimal at most), the recommendation and the panel's opinion. */
  void evaluate(BigDecimal score, boolean recommend, String opinion, String by, Instant at) {
    require(ApplicationStatus.VISITED, "综合评定");
    if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new InvalidRequestException("综合评定得分须在 0 到 100 之间，收到 " + score.toPlainString());
    }
    if (score.stripTrailingZeros().scale() > 1) {
      throw new InvalidRequestException("综合评定得分最多保留一位小数，收到 " + score.toPlainString());
    }
    this.panelScore = score;
    this.panelRecommended = recommend;
    this.panelOpinion = opinion;
    this.panelBy = by;
    this.panelAt = at;
    this.status = recommend ? ApplicationStatus.RECOMMENDED : ApplicationStatus.NOT_RECOMMENDED;
  }

  /** An objection to the notice was upheld: the level is not certified. */
  void withdrawRecommendation(String reason) {
    require(ApplicationStatus.RECOMMENDED, "更正公示结果");
    this.panelRecommended = false;
    this.panelOpinion = (panelOpinion == null ? "" : panelOpinion + "；") + "公示异议核实后不予认定：" + reason;
    this.status = ApplicationStatus.NOT_RECOMMENDED;
  }

  /** The certificate is issued. */
  void certified(Long certificateId) {
    require(ApplicationStatus.RECOMMENDED, "颁发证书");
    this.certificateId = certificateId;
    this.status = ApplicationStatus.CERTIFIED;
  }

  boolean is(ApplicationStatus wanted) {
    return status == wanted;
  }

  private void require(ApplicationStatus wanted, String step) {
    if (status != wanted) {
      throw new IllegalTransitionException("资格认证申报 " + businessKey() + " 当前为「" + status.label() + "」，不能" + step);
    }
  }

  /** cert-2026-<worker id>: one per worker and round. */
  public String businessKey() {
    return businessKey(round.getYear(), worker.getId());
  }

  static String businessKey(int year, long workerId) {
    return "cert-" + year + "-" + workerId;
  }

  public Long getId() {
    return id;
  }

  public CertificationRound getRound() {
    return round;
  }

  public Worker getWorker() {
    return worker;
  }

  public String getTownCode() {
    return townCode;
  }

  public CertificationLevel getCurrentLevel() {
    return currentLevel;
  }

  public CertificationLevel getRequestedLevel() {
    return requestedLevel;
  }

  public String getStatement() {
    return statement;
  }

  public String getAppliedBy() {
    return appliedBy;
  }

  public Instant getAppliedAt() {
    return appliedAt;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public Boolean getEligible() {
    return eligible;
  }

  public String getEligibilityReasons() {
    return eligibilityReasons;
  }

  public Long getDecisionRecordId() {
    return decisionRecordId;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public String getReviewNote() {
    return reviewNote;
  }

  public LocalDate getVisitedOn() {
    return visitedOn;
  }

  public String getVisitors() {
    return visitors;
  }

  public String getVisitFindings() {
    return visitFindings;
  }

  public BigDecimal getPanelScore() {
    return panelScore;
  }

  public Boolean getPanelRecommended() {
    return panelRecommended;
  }

  public String getPanelOpinion() {
    return panelOpinion;
  }

  public Long getCertificateId() {
    return certificateId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
