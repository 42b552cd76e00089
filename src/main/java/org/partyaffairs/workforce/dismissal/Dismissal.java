package org.partyaffairs.workforce.dismissal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.IllegalTransitionException;

/**
 * A dismissal (解聘, 000 第十四、十五条): grounds established with evidence, the town organisation
 * dept's opinion, the town committee's decision, where the city's rules say so (Lanzhou, 001 第十九条)
 * the city organisation dept's approval, the end of employment with benefits stopping at once, and
 * the filing (备案) with the city. Each step only from the one before.
 */
@Entity
public class Dismissal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long workerId;

  @Enumerated(EnumType.STRING)
  private DismissalStatus status;

  /** The rules the dismissal runs under: {@code lanzhou} needs the city's approval. */
  private String policy;

  private boolean cityApproval;

  /** Ground codes of {@code dismissal-grounds}, comma-separated. */
  private String grounds;

  private String otherReason;

  private String evidence;

  private String processInstanceId;

  private String proposedBy;

  private Instant proposedAt;

  private String opinion;

  private String opinionBy;

  private String decidedBy;

  private Instant decidedAt;

  private String decisionReason;

  private String approvedBy;

  private Instant approvedAt;

  private String approvalReason;

  private LocalDate benefitsEndOn;

  private String filedBy;

  private Instant filedAt;

  private String filingNumber;

  private String withdrawnReason;

  @Version
  private long version;

  protected Dismissal() {
  }

  Dismissal(Long workerId, String policy, List<String> grounds, String otherReason, String evidence,
      String processInstanceId, String proposedBy, Instant proposedAt) {
    if (grounds.isEmpty()) {
      throw new InvalidRequestException("没有 000 第十四条 规定的解聘情形，不能提出解聘");
    }
    this.workerId = workerId;
    this.policy = policy;
    this.cityApproval = "lanzhou".equals(policy);
    this.grounds = String.join(",", grounds);
    this.otherReason = otherReason;
    this.evidence = evidence;
    this.processInstanceId = processInstanceId;
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
    this.status = DismissalStatus.PROPOSED;
  }

  void draftOpinion(String text, String by) {
    advance(DismissalStatus.PROPOSED, DismissalStatus.OPINION_DRAFTED);
    opinion = text;
    opinionBy = by;
  }

  /** @return whether the committee dismisses */
  boolean decide(DismissalDecision decision, String reason, String by, Instant at) {
    if (decision == DismissalDecision.RETAIN && reason == null) {
      throw new InvalidRequestException("决定不予解聘时必须说明理由");
    }
    advance(DismissalStatus.OPINION_DRAFTED,
        decision == DismissalDecision.DISMISS ? DismissalStatus.DECIDED : DismissalStatus.RETAINED);
    decidedBy = by;
    decidedAt = at;
    decisionReason = reason;
    return decision == DismissalDecision.DISMISS;
  }

  /** @return whether the city approves */
  boolean approve(ApprovalDecision decision, String reason, String by, Instant at) {
    if (!cityApproval) {
      throw new IllegalTransitionException("解聘 " + id + " 按本市办法无须报市委组织部同意");
    }
    if (decision == ApprovalDecision.DISAPPROVE && reason == null) {
      throw new InvalidRequestException("不同意解聘时必须说明理由");
    }
    advance(DismissalStatus.DECIDED,
        decision == ApprovalDecision.APPROVE ? DismissalStatus.APPROVED : DismissalStatus.NOT_APPROVED);
    approvedBy = by;
    approvedAt = at;
    approvalReason = reason;
    return decision == ApprovalDecision.APPROVE;
  }

  /** Employment ends and benefits stop that day (000 第十四条: 待遇即刻终止). */
  void endEmployment(LocalDate on) {
    advance(cityApproval ? DismissalStatus.APPROVED : DismissalStatus.DECIDED, DismissalStatus.EMPLOYMENT_ENDED);
    benefitsEndOn = on;
  }

  void file(String number, String by, Instant at) {
    advance(DismissalStatus.EMPLOYMENT_ENDED, DismissalStatus.FILED);
    filingNumber = number;
    filedBy = by;
    filedAt = at;
  }

  /** The worker left service another way (resigned) before this dismissal ended employment. */
  void withdraw(String reason) {
    if (status.isOpen()) {
      status = DismissalStatus.WITHDRAWN;
      withdrawnReason = reason;
    }
  }

  private void advance(DismissalStatus from, DismissalStatus to) {
    if (status != from) {
      throw new IllegalTransitionException("解聘 " + id + " 当前为「" + status.label() + "」，不能变为「" + to.label() + "」");
    }
    status = to;
  }

  /** Shown in Tasklist and Cockpit as the process instance's business key. */
  public String businessKey() {
    return "DIS-" + id;
  }

  public Long getId() {
    return id;
  }

  public Long getWorkerId() {
    return workerId;
  }

  public DismissalStatus getStatus() {
    return status;
  }

  public boolean needsCityApproval() {
    return cityApproval;
  }

  public List<String> getGrounds() {
    return List.of(grounds.split(","));
  }

  /** The grounds as 000 第十四条 words them, e.g. {@code 第十四条 4：年度考核不合格} (a filing sheet prints them). */
  public List<String> describedGrounds() {
    return getGrounds().stream().map(GroundCode::describe).toList();
  }

  public String getEvidence() {
    return evidence;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public LocalDate getBenefitsEndOn() {
    return benefitsEndOn;
  }

  public String getFilingNumber() {
    return filingNumber;
  }

  public String getWithdrawnReason() {
    return withdrawnReason;
  }
}
