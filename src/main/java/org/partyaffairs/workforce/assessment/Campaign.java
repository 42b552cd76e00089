package org.partyaffairs.workforce.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.partyaffairs.workforce.shared.IllegalTransitionException;

/** A year's annual assessment under one policy (000 第九条), run by the city office. */
@Entity
@Table(name = "assessment_campaign")
public class Campaign {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "assessment_year")
  private int year;

  @Enumerated(EnumType.STRING)
  private AssessmentPolicy policy;

  @Enumerated(EnumType.STRING)
  private CampaignStatus status;

  /** How many workers the campaign assesses, once it has chosen them. */
  private Integer workers;

  private Integer excellenceQuota;

  private String startedBy;

  private Instant startedAt;

  private String confirmedBy;

  private Instant confirmedAt;

  private String confirmationNote;

  private String processInstanceId;

  /** 述职截止: every self-report of the campaign is due at the end of this day; null for older campaigns. */
  private LocalDate selfReportDueOn;

  /** 评分截止: every scoring task of the campaign is due at the end of this day; null for older campaigns. */
  private LocalDate scoringDueOn;

  @Version
  private long version;

  protected Campaign() {
  }

  Campaign(int year, AssessmentPolicy policy, String startedBy, Instant startedAt, String processInstanceId,
      LocalDate selfReportDueOn, LocalDate scoringDueOn) {
    this.selfReportDueOn = selfReportDueOn;
    this.scoringDueOn = scoringDueOn;
    this.year = year;
    this.policy = policy;
    this.status = CampaignStatus.SCORING;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
    this.processInstanceId = processInstanceId;
  }

  /** The cohort is fixed: from now on the campaign assesses these many workers. */
  void cohortChosen(int count) {
    if (workers != null) {
      throw new IllegalTransitionException("考核活动 " + id + " 已确定参加考核的人员");
    }
    workers = count;
  }

  /** 001 第二十二条: how many of the cohort may be 优秀; some are beyond it and wait for a decision. */
  void reviewQuota(int quota) {
    excellenceQuota = quota;
    moveTo(CampaignStatus.QUOTA_REVIEW);
  }

  void publish() {
    moveTo(CampaignStatus.PUBLISHING);
  }

  void awaitConfirmation() {
    moveTo(CampaignStatus.AWAITING_CONFIRMATION);
  }

  void confirm(String actor, String note, Instant at) {
    moveTo(CampaignStatus.CONFIRMED);
    confirmedBy = actor;
    confirmationNote = note;
    confirmedAt = at;
  }

  void close() {
    moveTo(CampaignStatus.CLOSED);
  }

  boolean is(CampaignStatus expected) {
    return status == expected;
  }

  private void moveTo(CampaignStatus next) {
    if (!status.next().contains(next)) {
      throw new IllegalTransitionException(
          "考核活动 " + id + " 当前为「" + status.label() + "」，不能变为「" + next.label() + "」");
    }
    status = next;
  }

  /** Readable in Cockpit, e.g. {@code 2026-kunshan}. */
  String businessKey() {
    return year + "-" + policy.code();
  }

  public Long getId() {
    return id;
  }

  public LocalDate getSelfReportDueOn() {
    return selfReportDueOn;
  }

  public LocalDate getScoringDueOn() {
    return scoringDueOn;
  }

  /** As task names and the office read it, e.g. {@code 2026年度·昆山考核评价表}. */
  public String title() {
    return year + "年度·" + policy.label();
  }

  public int getYear() {
    return year;
  }

  public AssessmentPolicy getPolicy() {
    return policy;
  }

  public CampaignStatus getStatus() {
    return status;
  }

  public Integer getWorkers() {
    return workers;
  }

  public Integer getExcellenceQuota() {
    return excellenceQuota;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
