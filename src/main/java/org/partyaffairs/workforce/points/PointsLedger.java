package org.partyaffairs.workforce.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import org.partyaffairs.workforce.worker.Worker;

/**
 * One worker's points ledger for one natural year (004 附件1 二、考核流程: 每一自然年为一个考核周期). Opened by
 * the first line recorded or claimed; its lines are {@link PointsEntry}.
 */
@Entity
public class PointsLedger {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "worker_id")
  private Worker worker;

  private String townCode;

  @Column(name = "ledger_year")
  private int year;

  private Instant createdAt;

  @Version
  private long version;

  protected PointsLedger() {
  }

  PointsLedger(Worker worker, int year, Instant createdAt) {
    this.worker = worker;
    this.townCode = worker.getTownCode();
    this.year = year;
    this.createdAt = createdAt;
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

  public int getYear() {
    return year;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
