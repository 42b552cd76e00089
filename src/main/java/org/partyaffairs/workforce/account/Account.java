package org.partyaffairs.workforce.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.partyaffairs.workforce.shared.IllegalTransitionException;

/**
 * A worker's own Camunda user as the product keeps it ({@code worker_account}): PENDING → ACTIVE
 * → CLOSED, and PENDING → CLOSED. A closed account opens no more.
 */
@Entity
@Table(name = "worker_account")
class Account {

  @Id
  private String userId;

  private Long workerId;

  private String townCode;

  @Enumerated(EnumType.STRING)
  private AccountState state;

  private Instant createdAt;

  private Instant activatedAt;

  private Instant closedAt;

  @Version
  private long version;

  protected Account() {
  }

  private Account(String userId, Long workerId, String townCode, AccountState state, Instant at) {
    this.userId = Objects.requireNonNull(userId);
    this.workerId = workerId;
    this.townCode = Objects.requireNonNull(townCode);
    this.state = state;
    this.createdAt = at;
    if (state == AccountState.CLOSED) {
      this.closedAt = at;
    }
  }

  /** Opened for the worker, waiting for the worker to set a password. */
  static Account opened(String userId, Long workerId, String townCode, Instant at) {
    return new Account(userId, workerId, townCode, AccountState.PENDING, at);
  }

  /** A user the product did not open (the demo's, an administrator's), recorded as it is closed. */
  static Account closedOnDeparture(String userId, Long workerId, String townCode, Instant at) {
    return new Account(userId, workerId, townCode, AccountState.CLOSED, at);
  }

  /** The worker set their password with a valid code; a second activation (a new code) is allowed. */
  void activate(Instant at) {
    requireOpen();
    if (state == AccountState.PENDING) {
      activatedAt = at;
    }
    state = AccountState.ACTIVE;
  }

  /** Service ended; closing twice changes nothing (a retried step). */
  void close(Instant at) {
    if (state != AccountState.CLOSED) {
      state = AccountState.CLOSED;
      closedAt = at;
    }
  }

  /** A code may be issued and used only while the account is open. */
  void requireOpen() {
    if (state == AccountState.CLOSED) {
      throw new IllegalTransitionException("账号 " + userId + " 已停用（工作者已离职），不能再激活");
    }
  }

  boolean isActive() {
    return state == AccountState.ACTIVE;
  }

  boolean isClosed() {
    return state == AccountState.CLOSED;
  }

  String getUserId() {
    return userId;
  }

  Long getWorkerId() {
    return workerId;
  }

  String getTownCode() {
    return townCode;
  }

  AccountState getState() {
    return state;
  }

  Instant getActivatedAt() {
    return activatedAt;
  }
}
