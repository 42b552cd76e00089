package org.partyaffairs.workforce.certification;

/**
 * A certificate's state (002: 对获得资格等级证书的，结合年度考核实行年检……健全完善退出机制): in force; in force with the
 * latest year's 红领津贴 suspended (a 年检 grade below 称职); withdrawn (退出) or replaced by a higher level.
 */
public enum CertificateStatus {
  ISSUED("有效"),
  SUSPENDED("有效（当年度津贴停发）"),
  WITHDRAWN("已取消（退出）"),
  SUPERSEDED("已晋级换发");

  private final String label;

  CertificateStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the certificate still certifies its level. */
  public boolean inForce() {
    return this == ISSUED || this == SUSPENDED;
  }
}
