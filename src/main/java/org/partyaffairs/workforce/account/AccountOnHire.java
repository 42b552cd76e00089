package org.partyaffairs.workforce.account;

import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.worker.WorkerHired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A hired worker gets their own account (issue 25), in the hiring transaction: a contract that does
 * not commit leaves no user behind, and a hire retried opens no second one. A worker hired with a
 * user of their own already (the demo's workers) keeps it: that user is not the product's to manage.
 */
@Component
class AccountOnHire {

  private final Accounts accounts;
  private final CurrentActor currentActor;

  AccountOnHire(Accounts accounts, CurrentActor currentActor) {
    this.accounts = accounts;
    this.currentActor = currentActor;
  }

  @EventListener
  void on(WorkerHired hired) {
    if (hired.userId() == null) {
      accounts.open(hired.workerId(), currentActor.get().userId(), hired.processInstanceId());
    }
  }
}
