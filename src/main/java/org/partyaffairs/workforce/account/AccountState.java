package org.partyaffairs.workforce.account;

/** A worker's own account: opened without a usable password, active once set, closed with the service. */
enum AccountState {
  /** Opened; the worker has not yet set a password with an activation code. */
  PENDING("待激活"),
  /** The worker set their password and logs in. */
  ACTIVE("已激活"),
  /** The worker's service ended: no password works, no session stays open. */
  CLOSED("已停用");

  private final String label;

  AccountState(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
