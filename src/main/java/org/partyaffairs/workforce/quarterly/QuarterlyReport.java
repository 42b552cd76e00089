package org.partyaffairs.workforce.quarterly;

import jakarta.persistence.Column;
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
import org.partyaffairs.workforce.shared.IllegalTransitionException;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.Quarter;
import org.partyaffairs.workforce.worker.Worker;

/**
 * One worker's report of one quarter (001 第十八条(三) 定期汇报制度): opened at the start of the quarter,
 * submitted by the worker (or the town organisation department for them), scored 0–100 with a
 * comment; or, not submitted by its due day, marked missed and scored by the department with a reason.
 * Each step only from the step before it; one report per worker and quarter (a unique key).
 */
@Entity
public class QuarterlyReport {

  static final BigDecimal LOWEST = BigDecimal.ZERO;
  static final BigDecimal HIGHEST = BigDecimal.valueOf(100);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "worker_id")
  private Worker worker;

  private String townCode;

  @Column(name = "report_year")
  private int year;

  @Column(name = "report_quarter")
  private int quarter;

  @Enumerated(EnumType.STRING)
  private QuarterlyReportStatus status;

  private String processInstanceId;

  private LocalDate dueOn;

  private Instant openedAt;

  private String keyWork;

  private String problems;

  private String nextSteps;

  private String urgentMatters;

  private String submittedBy;

  private Instant submittedAt;

  private Instant missedAt;

  private BigDecimal score;

  @Column(name = "score_comment")
  private String comment;

  private String scoredBy;

  private Instant scoredAt;

  @Version
  private long version;

  protected QuarterlyReport() {
  }

  QuarterlyReport(Worker worker, Quarter quarter, LocalDate dueOn, String processInstanceId, Instant openedAt) {
    this.worker = worker;
    this.townCode = worker.getTownCode();
    this.year = quarter.year();
    this.quarter = quarter.number();
    this.dueOn = dueOn;
    this.processInstanceId = processInstanceId;
    this.openedAt = openedAt;
    this.status = QuarterlyReportStatus.OPEN;
  }

  void submit(String by, Instant at, String keyWork, String problems, String nextSteps, String urgentMatters) {
    advance(QuarterlyReportStatus.OPEN, QuarterlyReportStatus.SUBMITTED);
    this.keyWork = keyWork;
    this.problems = problems;
    this.nextSteps = nextSteps;
    this.urgentMatters = urgentMatters;
    this.submittedBy = by;
    this.submittedAt = at;
  }

  /** The due day passed without a report: the department scores it with a reason. */
  void miss(Instant at) {
    advance(QuarterlyReportStatus.OPEN, QuarterlyReportStatus.MISSED);
    this.missedAt = at;
  }

  /**
   * The department's score, 0–100 in at most two decimals, with its comment (a submitted report) or
   * its reason (a missed one).
   */
  void score(String by, Instant at, BigDecimal score, String comment) {
    if (score.compareTo(LOWEST) < 0 || score.compareTo(HIGHEST) > 0) {
      throw new InvalidRequestException("季度考核成绩应在 0 到 100 分之间，收到 " + score.toPlainString());
    }
    if (score.stripTrailingZeros().scale() > 2) {
      throw new InvalidRequestException("季度考核成绩最多保留两位小数，收到 " + score.toPlainString());
    }
    if (comment == null || comment.isBlank()) {
      throw new InvalidRequestException(status == QuarterlyReportStatus.MISSED ? "补记季度考核须说明理由" : "评定季度考核须填写评语");
    }
    if (status != QuarterlyReportStatus.SUBMITTED && status != QuarterlyReportStatus.MISSED) {
      throw new IllegalTransitionException(
          "季度工作汇报 " + businessKey() + " 当前为「" + status.label() + "」，不能评定");
    }
    this.score = score.setScale(2);
    this.comment = comment;
    this.scoredBy = by;
    this.scoredAt = at;
    this.status = QuarterlyReportStatus.SCORED;
  }

  private void advance(QuarterlyReportStatus from, QuarterlyReportStatus to) {
    if (status != from) {
      throw new IllegalTransitionException(
          "季度工作汇报 " + businessKey() + " 当前为「" + status.label() + "」，不能变为「" + to.label() + "」");
    }
    status = to;
  }

  public Quarter quarter() {
    return new Quarter(year, quarter);
  }

  /** Whether the department scored it without a report (逾期未提交). */
  public boolean wasMissed() {
    return missedAt != null;
  }

  /** The process instance's business key: {@code <worker id>-2026Q3}. */
  public String businessKey() {
    return businessKey(worker.getId(), quarter());
  }

  static String businessKey(Long workerId, Quarter quarter) {
    return workerId + "-" + quarter.code();
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

  public QuarterlyReportStatus getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public String getKeyWork() {
    return keyWork;
  }

  public String getProblems() {
    return problems;
  }

  public String getNextSteps() {
    return nextSteps;
  }

  public String getUrgentMatters() {
    return urgentMatters;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getMissedAt() {
    return missedAt;
  }

  public BigDecimal getScore() {
    return score;
  }

  public String getComment() {
    return comment;
  }

  public String getScoredBy() {
    return scoredBy;
  }

  public Instant getScoredAt() {
    return scoredAt;
  }
}
