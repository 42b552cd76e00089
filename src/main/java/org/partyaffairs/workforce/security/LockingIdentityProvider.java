package org.partyaffairs.workforce.security;

import java.util.Optional;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda's own user store with {@link LoginLocks} in its password check, so that every way of
 * checking a password obeys the lock and is counted: the webapps' login, HTTP Basic on
 * {@code /engine-rest} and {@code /api}, {@code POST …/identity/verify} and the current password
 * of a password change, whatever path variant reached it. {@link LoginLockFilter} refuses the
 * logins it recognises earlier, with a message; this is the backstop, which answers as a wrong
 * password does.
 *
 * <p>A try during Camunda's short delay after a wrong password (3, 6, 12 … 60 s) is refused by
 * Camunda without looking at the password and is not counted. Unlocking a user the engine's way
 * (Admin's "Unlock user", {@code POST …/user/{id}/unlock}, {@link AccountController}) clears our
 * lock as well.
 */
class LockingIdentityProvider extends DbIdentityServiceProvider {

  private static final Logger LOG = LoggerFactory.getLogger(LoginLocks.class);

  private final LoginLocks locks;

  LockingIdentityProvider(LoginLocks locks) {
    this.locks = locks;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    String address = LoginLocks.currentClientAddress();
    LoginLocks.Rows rows = locks.rows(userId, address);
    Optional<LoginLocks.Lock> lock = rows.inForce(locks.now());
    if (lock.isPresent()) {
      LOG.warn("Password check refused: {} {} locked until {}; user {} from {}", lock.get().kind().name().toLowerCase(),
          LoginLocks.printable(lock.get().name()), lock.get().until().atZone(locks.zone()).toOffsetDateTime(),
          LoginLocks.printable(userId), LoginLocks.printable(address));
      return false;
    }
    UserEntity user = userId == null ? null : findUserById(userId);
    if (user != null && password != null && isUserLocked(user)) {
      return false; // Camunda's short delay: the password is not even compared
    }
    boolean matches = super.checkPassword(userId, password);
    if (!matches) {
      locks.recordFailure(userId, address, user != null);
    } else if (rows.account() != null) {
      locks.recordSuccess(userId);
    }
    return matches;
  }

  @Override
  public IdentityOperationResult unlockUser(String userId) {
    IdentityOperationResult result = super.unlockUser(userId);
    if (locks.unlockAccount(userId)) {
      LOG.info("Account {} unlocked by {}", LoginLocks.printable(userId),
          LoginLocks.printable(Context.getCommandContext().getAuthenticatedUserId()));
    }
    return result;
  }
}
