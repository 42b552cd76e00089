package org.partyaffairs.workforce.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.partyaffairs.workforce.rules.facts.Grade;

/**
 * One year's 年检 of a certificate after the annual assessment (002: 结合年度考核实行年检): the grade, the
 * year's 红领津贴 under red-collar-allowance and whether the level is lost under certification-exit. A
 * re-graded assessment decides the year again on the same row.
 */
@Entity
public class CertificateInspection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long certificateId;

  private Long workerId;

  @Column(name = "inspection_year")
  private int year;

  @Enumerated(EnumType.STRING)
  private Grade grade;

  private String gradeLabel;

  private long allowance;

  private String allowanceReasons;

  private boolean withdrawn;

  private String exitReasons;

  private Instant decidedAt;

  protected CertificateInspection() {
  }

  CertificateInspection(Long certificateId, Long workerId, int year) {
    this.certificateId = certificateId;
    this.workerId = workerId;
    this.year = year;
  }

  void decided(Grade grade, String gradeLabel, long allowance, String allowanceReasons, boolean withdrawn,
      String exitReasons, Instant at) {
    this.grade = grade;
    this.gradeLabel = gradeLabel;
    this.allowance = allowance;
    this.allowanceReasons = allowanceReasons;
    this.withdrawn = withdrawn;
    this.exitReasons = exitReasons;
    this.decidedAt = at;
  }

  public Long getCertificateId() {
    return certificateId;
  }

  public Long getWorkerId() {
    return workerId;
  }

  public int getYear() {
    return year;
  }

  public Grade getGrade() {
    return grade;
  }

  public String getGradeLabel() {
    return gradeLabel;
  }

  public long getAllowance() {
    return allowance;
  }

  public String getAllowanceReasons() {
    return allowanceReasons;
  }

  public boolean isWithdrawn() {
    return withdrawn;
  }

  public String getExitReasons() {
    return exitReasons;
  }
}
