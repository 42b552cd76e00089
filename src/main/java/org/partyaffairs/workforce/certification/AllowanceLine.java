package org.partyaffairs.workforce.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.partyaffairs.workforce.rules.facts.CertificationLevel;

/** One certified worker on the year's 红领津贴 list: the level, the year's grade, the amount and why. */
@Entity
public class AllowanceLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long workerId;

  private String workerName;

  private String townCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "cert_level")
  private CertificationLevel level;

  private String certNumber;

  private String gradeLabel;

  private long allowance;

  private String reason;

  protected AllowanceLine() {
  }

  AllowanceLine(Long workerId, String workerName, String townCode, CertificationLevel level, String certNumber,
      String gradeLabel, long allowance, String reason) {
    this.workerId = workerId;
    this.workerName = workerName;
    this.townCode = townCode;
    this.level = level;
    this.certNumber = certNumber;
    this.gradeLabel = gradeLabel;
    this.allowance = allowance;
    this.reason = reason;
  }

  public Long getWorkerId() {
    return workerId;
  }

  public String getWorkerName() {
    return workerName;
  }

  public String getTownCode() {
    return townCode;
  }

  public CertificationLevel getLevel() {
    return level;
  }

  public String getCertNumber() {
    return certNumber;
  }

  public String getGradeLabel() {
    return gradeLabel;
  }

  public long getAllowance() {
    return allowance;
  }

  public String getReason() {
    return reason;
  }
}
