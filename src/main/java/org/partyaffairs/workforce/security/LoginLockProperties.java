package org.partyaffairs.workforce.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code workforce.login-lock.*}: when wrong passwords lock an account or a client address, and for
 * how long ({@link LoginLocks}).
 *
 * @param accountFailures wrong passwords for one account (from anywhere) that lock it
 * @param addressFailures wrong passwords from one client address (for any accounts, known or not)
 *     within {@code addressWindow} that lock the address
 * @param durations the first lock, the second… ; every further lock lasts as long as the last one
 * @param forgetAfter a day without a wrong password forgets the count and the locks so far
 */
@ConfigurationProperties("workforce.login-lock")
public record LoginLockProperties(
    @DefaultValue("10") int accountFailures,
    @DefaultValue("20") int addressFailures,
    @DefaultValue("15m") Duration addressWindow,
    @DefaultValue({"1m", "5m", "30m"}) List<Duration> durations,
    @DefaultValue("24h") Duration forgetAfter) {

  public LoginLockProperties {
    if (accountFailures < 1 || addressFailures < 1 || durations.isEmpty()) {
      throw new IllegalArgumentException("workforce.login-lock: failures must be at least 1 and durations not empty");
    }
    durations = List.copyOf(durations);
  }

  /** How long the n-th lock in a row lasts (n from 1): 1, 5, 30, 30… minutes by default. */
  Duration duration(int lockNumber) {
    return durations.get(Math.min(lockNumber, durations.size()) - 1);
  }
}
