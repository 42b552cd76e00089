package org.partyaffairs.workforce.worker;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.partyaffairs.workforce.shared.IllegalTransitionException;

/**
 * A full-time Party-affairs worker (专职党务工作者). Every change of lifecycle state goes through a
 * method here that refuses what the lifecycle does not allow; the caller records the trail.
 */
@Entity
public class Worker {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The worker's Camunda user, if they have one (they need it to apply for anything themselves). */
  private String userId;

  private String name;

  private String townCode;

  @Enumerated(EnumType.STRING)
  private WorkerStatus status;

  private boolean underWarning;

  private boolean assessmentEligible;

  private Instant createdAt;

  @Version
  private long version;

  protected Worker() {
  }

  private Worker(String name, String townCode, String userId, Instant createdAt) {
    this.name = Objects.requireNonNull(name);
    this.townCode = Objects.requireNonNull(townCode);
    this.userId = userId;
    this.status = WorkerStatus.CANDIDATE;
    this.assessmentEligible = true;
    this.createdAt = createdAt;
  }

  public static Worker candidate(String name, String townCode, String userId, Instant createdAt) {
    return new Worker(name, townCode, userId, createdAt);
  }

  /** Hired: the contract with the town is signed and the two-month probation begins (001 第六条). */
  public void startProbation() {
    moveTo(WorkerStatus.PROBATION);
  }

  /** Probation passed. */
  public void confirm() {
    moveTo(WorkerStatus.ACTIVE);
  }

  public void disqualify() {
    moveTo(WorkerStatus.DISQUALIFIED);
  }

  public void dismiss() {
    moveTo(WorkerStatus.DISMISSED);
  }

  public void resign() {
    moveTo(WorkerStatus.RESIGNED);
  }

  /**
   * Determined a warning target (告诫对象, 000 第十三条): only a worker in service after probation, and
   * not twice at once. Until the period ends the worker is left out of the annual assessment.
   */
  public void putUnderWarning() {
    if (status != WorkerStatus.ACTIVE) {
      throw new IllegalTransitionException(
          "工作者 " + name + " 当前状态为「" + status.label() + "」，不能确定为告诫对象");
    }
    if (underWarning) {
      throw new IllegalTransitionException("工作者 " + name + " 已在告诫期内，不能再次告诫");
    }
    underWarning = true;
  }

  /** The warning period ended well: the worker may take the annual assessment again (000 第十三条). */
  public void liftWarning() {
    if (!underWarning) {
      throw new IllegalTransitionException("工作者 " + name + " 不在告诫期内");
    }
    underWarning = false;
  }

  /**
   * The warning period ended badly: the warning is over and the worker loses the year's assessment
   * (000 第十三条), itself a ground for dismissal (第十四条 4). Idempotent, as a retried job needs.
   */
  public void revokeAssessmentEligibility() {
    underWarning = false;
    assessmentEligible = false;
  }

  /**
   * The worker's own Camunda user, given once: a worker who has one keeps it (the same id again is
   * no change, as a retried step needs).
   */
  public void giveUser(String userId) {
    if (this.userId != null && !this.userId.equals(userId)) {
      throw new IllegalTransitionException("工作者 " + name + " 已有账号 " + this.userId);
    }
    this.userId = Objects.requireNonNull(userId);
  }

  /** Whether the worker may apply to resign: only while in service (000 第十六条). */
  public boolean inService() {
    return status == WorkerStatus.ACTIVE || status == WorkerStatus.PROBATION;
  }

  private void moveTo(WorkerStatus next) {
    if (!status.next().contains(next)) {
      throw new IllegalTransitionException(
          "工作者 " + name + " 当前状态为「" + status.label() + "」，不能变为「" + next.label() + "」");
    }
    status = next;
  }

  /** When the worker was registered (their hire, for every worker hired through the product). */
  public Instant getCreatedAt() {
    return createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getUserId() {
    return userId;
  }

  public String getName() {
    return name;
  }

  public String getTownCode() {
    return townCode;
  }

  public WorkerStatus getStatus() {
    return status;
  }

  public boolean isUnderWarning() {
    return underWarning;
  }

  public boolean isAssessmentEligible() {
    return assessmentEligible;
  }
}
