package org.partyaffairs.workforce.account;

import org.partyaffairs.workforce.worker.ServiceEnded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Access ends with service (issue 25): when a resignation takes effect or a dismissal is decided,
 * in the same transaction, the worker's password is replaced by one nobody knows, their codes die
 * and the account is closed, so that an open webapp session is refused at its next request
 * ({@link ClosedAccountFilter}).
 */
@Component
class AccountOnDeparture {

  private final Accounts accounts;

  AccountOnDeparture(Accounts accounts) {
    this.accounts = accounts;
  }

  @EventListener
  void on(ServiceEnded ended) {
    accounts.close(ended.workerId(), ended.status(), ended.byProcessInstanceId());
  }
}
