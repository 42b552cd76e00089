package org.partyaffairs.workforce.dismissal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.partyaffairs.workforce.shared.IllegalTransitionException;

/**
 * A ground for dismissal (000 第十四条) found on a worker, e.g. an annual FAIL, kept until a
 * dismissal takes it up. One per worker, ground and year.
 */
@Entity
public class DismissalGround {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long workerId;

  /** A ground code of the {@code dismissal-grounds} decision, e.g. {@code ANNUAL_FAIL}. */
  private String ground;

  private int groundYear;

  private String detail;

  private String recordedBy;

  private Instant recordedAt;

  private String processInstanceId;

  /** The dismissal that decides on this ground, once one has taken it up. */
  private Long dismissalId;

  protected DismissalGround() {
  }

  DismissalGround(Long workerId, String ground, int groundYear, String detail, String recordedBy, Instant recordedAt,
      String processInstanceId) {
    this.workerId = workerId;
    this.ground = ground;
    this.groundYear = groundYear;
    this.detail = detail;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.processInstanceId = processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public Long getWorkerId() {
    return workerId;
  }

  public String getGround() {
    return ground;
  }

  public Long getDismissalId() {
    return dismissalId;
  }

  /** Taken up by a dismissal; a ground already decided on by another is not taken again. */
  public void takeUp(Long dismissal) {
    if (dismissalId != null && !dismissalId.equals(dismissal)) {
      throw new IllegalTransitionException("解聘情形 " + ground + " 已由解聘程序 " + dismissalId + " 处理");
    }
    dismissalId = dismissal;
  }
}
