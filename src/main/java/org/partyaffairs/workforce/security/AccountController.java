package org.partyaffairs.workforce.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Failed-login locks for administrators ({@value Groups#ADMINS}) only: which accounts and client
 * addresses are locked now, and unlocking one at once. Anybody else is refused with 403 whether the
 * account exists or not.
 */
@Tag(name = "账号", description = "登录锁定的查看与解除（系统管理员）")
@RestController
@RequestMapping("/api/accounts")
class AccountController {

  private static final Logger LOG = LoggerFactory.getLogger(LoginLocks.class);

  record LockView(String kind, String name, OffsetDateTime lockedUntil, long minutesLeft, int lockNumber) {
  }

  record Unlocked(String userId, String message) {
  }

  private final LoginLocks locks;
  private final IdentityService identity;
  private final CurrentActor currentActor;

  AccountController(LoginLocks locks, IdentityService identity, CurrentActor currentActor) {
    this.locks = locks;
    this.identity = identity;
    this.currentActor = currentActor;
  }

  /** The locks in force: accounts (by user id) and client addresses, the latest-ending first. */
  @Operation(summary = "正在锁定的账号与地址")
  @GetMapping("/locks")
  ResponseEntity<?> locks() {
    if (!isAdministrator()) {
      return refused();
    }
    var now = locks.now();
    List<LockView> views = locks.inForce().stream().map(lock -> new LockView(lock.kind().name().toLowerCase(),
        lock.name(), lock.until().atZone(locks.zone()).toOffsetDateTime(), lock.minutesLeft(now),
        lock.lockNumber())).toList();
    return ResponseEntity.ok(views);
  }

  /**
   * Unlocks the account at once: our lock and count, and Camunda's (its wrong-password count and
   * short delay), as Admin's "Unlock user" does.
   */
  @Operation(summary = "解除一个账号的登录锁定")
  @PostMapping("/{userId}/unlock")
  ResponseEntity<?> unlock(@PathVariable String userId) {
    if (!isAdministrator()) {
      return refused();
    }
    if (identity.createUserQuery().userId(userId).count() == 0) {
      locks.unlockAccount(userId); // a name that is no user may be locked too; it is cleared all the same
      throw new NotFoundException("账号 " + userId + " 不存在");
    }
    identity.unlockUser(userId); // clears ours too (LockingIdentityProvider)
    return ResponseEntity.ok(new Unlocked(userId, "账号 " + userId + " 已解锁，可立即登录"));
  }

  /** Lifts the lock of a client address (an IPv6 address: its /64), e.g. an office behind one NAT address. */
  @Operation(summary = "解除一个地址的登录锁定")
  @PostMapping("/address-locks/unlock")
  ResponseEntity<?> unlockAddress(@RequestParam String address) {
    if (!isAdministrator()) {
      return refused();
    }
    if (!locks.unlockAddress(address)) {
      throw new NotFoundException("地址 " + LoginLocks.network(address) + " 没有登录失败记录");
    }
    LOG.info("Address {} unlocked by {}", LoginLocks.network(address), currentActor.get().userId());
    return ResponseEntity.ok(Map.of("address", LoginLocks.network(address), "message", "该地址的登录限制已解除"));
  }

  private boolean isAdministrator() {
    return currentActor.get().isMemberOf(Groups.ADMINS);
  }

  private static ResponseEntity<Map<String, String>> refused() {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", "只有系统管理员可以查看和解除登录锁定"));
  }
}
