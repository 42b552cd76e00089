package org.partyaffairs.workforce.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The year's certification round the city office opens (002: 每年分层分级开展一次资格认证工作), with the
 * day by which workers apply. One per year.
 */
@Entity
public class CertificationRound {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_year")
  private int year;

  private LocalDate deadline;

  private String openedBy;

  private Instant openedAt;

  @Version
  private long version;

  protected CertificationRound() {
  }

  CertificationRound(int year, LocalDate deadline, String openedBy, Instant openedAt) {
    this.year = year;
    this.deadline = deadline;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
  }

  /** As people read it: 2026年度. */
  public String label() {
    return year + "年度";
  }

  public Long getId() {
    return id;
  }

  public int getYear() {
    return year;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public String getOpenedBy() {
    return openedBy;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }
}
