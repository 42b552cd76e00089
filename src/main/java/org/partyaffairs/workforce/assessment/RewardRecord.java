package org.partyaffairs.workforce.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A one-off reward for two consecutive years' grades (001 第二十三条(三)), one per assessment. */
@Entity
@Immutable
public class RewardRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long workerId;

  private Long assessmentId;

  /** Yuan. */
  private int amount;

  private String recordedBy;

  private Instant recordedAt;

  protected RewardRecord() {
  }

  RewardRecord(Long workerId, Long assessmentId, int amount, String recordedBy, Instant recordedAt) {
    this.workerId = workerId;
    this.assessmentId = assessmentId;
    this.amount = amount;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getWorkerId() {
    return workerId;
  }

  public int getAmount() {
    return amount;
  }
}
