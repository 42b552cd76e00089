package org.partyaffairs.workforce.recruitment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.IllegalTransitionException;

/**
 * A recruitment plan for vacant posts of one town (000 第五条): organised by the city office, or by
 * the town for a vacancy once the city committee has consented. It moves from registration through
 * selection and public notice to the contracts, and never hires more than the posts it holds.
 */
@Entity
public class RecruitmentPlan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String townCode;

  @Enumerated(EnumType.STRING)
  private Organiser organiser;

  private int postsToFill;

  private String conditions;

  private String schedule;

  @Enumerated(EnumType.STRING)
  private PlanStatus status;

  private String plannedBy;

  private Instant plannedAt;

  private String consentBy;

  private Instant consentAt;

  private String consentReason;

  /** The last ranking taken, with its explanation. */
  private Long decisionRecordId;

  private String processInstanceId;

  @Version
  private long version;

  protected RecruitmentPlan() {
  }

  RecruitmentPlan(String townCode, Organiser organiser, int postsToFill, String conditions, String schedule,
      String plannedBy, Instant plannedAt, String processInstanceId) {
    if (postsToFill < 1) {
      throw new InvalidRequestException("招录岗位数应至少为 1，收到 " + postsToFill);
    }
    this.townCode = townCode;
    this.organiser = organiser;
    this.postsToFill = postsToFill;
    this.conditions = conditions;
    this.schedule = schedule;
    this.plannedBy = plannedBy;
    this.plannedAt = plannedAt;
    this.processInstanceId = processInstanceId;
    this.status = organiser == Organiser.TOWN ? PlanStatus.CONSENT_PENDING : PlanStatus.REGISTERING;
  }

  /** The city committee's consent to a town's own recruitment (000 第五条: 经市委"两新"工委同意). */
  void consent(boolean agreed, String reason, String by, Instant at) {
    require(PlanStatus.CONSENT_PENDING, "审核招录方案");
    if (!agreed && reason == null) {
      throw new InvalidRequestException("不同意时必须说明理由");
    }
    consentBy = by;
    consentAt = at;
    consentReason = reason;
    status = agreed ? PlanStatus.REGISTERING : PlanStatus.REFUSED;
  }

  void requireRegistering() {
    require(PlanStatus.REGISTERING, "登记报名人员");
  }

  void closeRegistration(long candidates) {
    requireRegistering();
    if (candidates == 0) {
      throw new InvalidRequestException("尚无报名人员，不能结束报名");
    }
    status = PlanStatus.SELECTING;
  }

  void requireSelecting(String action) {
    require(PlanStatus.SELECTING, action);
  }

  void noOneQualified() {
    require(PlanStatus.SELECTING, "结束招录");
    status = PlanStatus.NO_ONE_QUALIFIED;
  }

  void ranked(Long decisionRecordId) {
    requireSelecting("排名");
    this.decisionRecordId = decisionRecordId;
  }

  void startHiring() {
    require(PlanStatus.SELECTING, "开始签订聘用合同");
    status = PlanStatus.HIRING;
  }

  /** A contract more than the plan's posts is refused: the plan cannot hire beyond them. */
  void requireRoomToHire(long hiredSoFar) {
    require(PlanStatus.HIRING, "签订聘用合同");
    if (hiredSoFar >= postsToFill) {
      throw new IllegalTransitionException("招录方案的 " + postsToFill + " 个岗位已全部聘用，不能再聘用");
    }
  }

  void complete() {
    require(PlanStatus.HIRING, "结束招录");
    status = PlanStatus.COMPLETED;
  }

  private void require(PlanStatus required, String action) {
    if (status != required) {
      throw new IllegalTransitionException("招录方案当前为「" + status.label() + "」，不能" + action);
    }
  }

  /** Shown in Tasklist and Cockpit: the town and the plan number. */
  public String businessKey() {
    return "REC-" + townCode + "-" + id;
  }

  public Long getId() {
    return id;
  }

  public String getTownCode() {
    return townCode;
  }

  public Organiser getOrganiser() {
    return organiser;
  }

  public int getPostsToFill() {
    return postsToFill;
  }

  public String getConditions() {
    return conditions;
  }

  public String getSchedule() {
    return schedule;
  }

  public PlanStatus getStatus() {
    return status;
  }

  public String getConsentReason() {
    return consentReason;
  }

  public Long getDecisionRecordId() {
    return decisionRecordId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
