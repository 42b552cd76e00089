package org.partyaffairs.workforce.security;

import java.time.Instant;

/**
 * A Camunda user's account has just been locked by wrong passwords ({@link LoginLocks}), published
 * as a Spring application event inside the transaction of the password check that took the lock.
 *
 * <p>This is where the account's owner is to be told once the product sends notifications (issue
 * 25): a listener, preferably {@code @TransactionalEventListener} (after commit), with the user's
 * e-mail or phone from Camunda's user. Nothing listens yet. Names that are no Camunda user are
 * locked too (so that a lock reveals nothing) but publish no event.
 *
 * @param userId the account, as the engine knows it
 * @param lockedUntil when the lock runs out by itself
 * @param lockNumber 1 for the first lock in a row (1 minute by default), 2 (5 minutes), 3 and more (30)
 * @param lastAddress the client address of the wrong password that took the lock, if known
 */
public record AccountLockedEvent(String userId, Instant lockedUntil, int lockNumber, String lastAddress) {
}
