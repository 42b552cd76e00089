package org.partyaffairs.workforce.training;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.partyaffairs.workforce.worker.Worker;

/**
 * One worker on a training's list: attended or not, the test score where there is a test, and
 * whether they passed, computed by {@link Training#record} when the line was recorded. Recorded
 * once and never changed.
 */
@Entity
@Immutable
public class TrainingResult {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "training_id")
  private Training training;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "worker_id")
  private Worker worker;

  private String townCode;

  private boolean attended;

  private BigDecimal score;

  private boolean passed;

  private String recordedBy;

  private Instant recordedAt;

  protected TrainingResult() {
  }

  TrainingResult(Training training, Worker worker, boolean attended, BigDecimal score, boolean passed,
      String recordedBy, Instant recordedAt) {
    this.training = training;
    this.worker = worker;
    this.townCode = worker.getTownCode();
    this.attended = attended;
    this.score = score;
    this.passed = passed;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public Training getTraining() {
    return training;
  }

  public Worker getWorker() {
    return worker;
  }

  /** The worker's id without loading the worker. */
  public Long getWorkerId() {
    return worker.getId();
  }

  public String getTownCode() {
    return townCode;
  }

  public boolean isAttended() {
    return attended;
  }

  public BigDecimal getScore() {
    return score;
  }

  public boolean isPassed() {
    return passed;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
