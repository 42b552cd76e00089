package org.partyaffairs.workforce.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.partyaffairs.workforce.rules.facts.CertificationLevel;
import org.partyaffairs.workforce.shared.IllegalTransitionException;

/**
 * A worker's level certificate (002: 统一颁发等级证书), numbered when issued; valid in the whole city. The
 * 年检 suspends the year's 红领津贴 or withdraws the level (退出); a higher level replaces it.
 */
@Entity
public class Certificate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long workerId;

  private String townCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "cert_level")
  private CertificationLevel level;

  @Column(name = "cert_number")
  private String number;

  private LocalDate issuedOn;

  private Long applicationId;

  @Enumerated(EnumType.STRING)
  private CertificateStatus status;

  private String statusReason;

  private Instant statusChangedAt;

  @Version
  private long version;

  protected Certificate() {
  }

  Certificate(Long workerId, String townCode, CertificationLevel level, LocalDate issuedOn, Long applicationId) {
    this.workerId = workerId;
    this.townCode = townCode;
    this.level = level;
    this.issuedOn = issuedOn;
    this.applicationId = applicationId;
    this.status = CertificateStatus.ISSUED;
  }

  /** The number, once the row has its id: 两新认证〔2026〕第00012号. */
  void numbered() {
    if (number == null) {
      number = "两新认证〔" + issuedOn.getYear() + "〕第" + String.format("%05d", id) + "号";
    }
  }

  /** 年检 with a grade below 称职: this year's 红领津贴 is not paid; the level stays. */
  void suspend(String reason, Instant at) {
    requireInForce("停发津贴");
    this.status = CertificateStatus.SUSPENDED;
    this.statusReason = reason;
    this.statusChangedAt = at;
  }

  /** 年检 with 称职 or better after a suspended year: in force again. */
  void reinstate(Instant at) {
    requireInForce("恢复");
    this.status = CertificateStatus.ISSUED;
    this.statusReason = null;
    this.statusChangedAt = at;
  }

  /** 退出: the level is lost under the city's rule rows. */
  void withdraw(String reason, Instant at) {
    requireInForce("取消");
    this.status = CertificateStatus.WITHDRAWN;
    this.statusReason = reason;
    this.statusChangedAt = at;
  }

  /** A higher level was certified: this one is replaced. */
  void supersede(String reason, Instant at) {
    requireInForce("换发");
    this.status = CertificateStatus.SUPERSEDED;
    this.statusReason = reason;
    this.statusChangedAt = at;
  }

  private void requireInForce(String step) {
    if (!status.inForce()) {
      throw new IllegalTransitionException("证书 " + number + " 当前为「" + status.label() + "」，不能" + step);
    }
  }

  public Long getId() {
    return id;
  }

  public Long getWorkerId() {
    return workerId;
  }

  public String getTownCode() {
    return townCode;
  }

  public CertificationLevel getLevel() {
    return level;
  }

  public String getNumber() {
    return number;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public CertificateStatus getStatus() {
    return status;
  }

  public String getStatusReason() {
    return statusReason;
  }
}
