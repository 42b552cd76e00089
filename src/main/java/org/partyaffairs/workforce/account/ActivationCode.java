package org.partyaffairs.workforce.account;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One issued activation code ({@code account_activation_code}): only its hash, when it expires,
 * whether it was used or revoked by a newer one. A code is good once, before it expires, while no
 * newer one was issued.
 */
@Entity
@Table(name = "account_activation_code")
class ActivationCode {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String userId;

  private String codeHash;

  private Instant createdAt;

  private Instant expiresAt;

  private Instant usedAt;

  private Instant revokedAt;

  private String issuedBy;

  protected ActivationCode() {
  }

  ActivationCode(String userId, String codeHash, Instant createdAt, Instant expiresAt, String issuedBy) {
    this.userId = userId;
    this.codeHash = codeHash;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
    this.issuedBy = issuedBy;
  }

  /** Why the code cannot be used now, or null when it can. */
  String refusal(Instant now) {
    if (usedAt != null) {
      return "该激活码已使用过，每个激活码只能使用一次；如需重新设置密码，请向区镇组织部门申请新的激活码";
    }
    if (revokedAt != null) {
      return "该激活码已作废（已签发新的激活码），请使用最新的账号开通通知书";
    }
    if (!now.isBefore(expiresAt)) {
      return "该激活码已过期（有效期 30 天），请向区镇组织部门申请新的激活码";
    }
    return null;
  }

  void use(Instant at) {
    usedAt = at;
  }

  void revoke(Instant at) {
    if (usedAt == null && revokedAt == null) {
      revokedAt = at;
    }
  }

  Instant getExpiresAt() {
    return expiresAt;
  }
}
