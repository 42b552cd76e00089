package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** What a refused login reads, and which addresses count as one. */
class LoginLockMessagesTest {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Test
  void aLockEndingAfterMidnightNamesTheDay() {
    var lock = new LoginLocks.Lock(LoginLocks.Kind.ACCOUNT, "kfq-org", Instant.parse("2026-11-21T16:20:30Z"), 3);

    assertThat(lock.message(Instant.parse("2026-11-21T15:55:00Z"), BEIJING))
        .isEqualTo("该账号密码错误次数过多，已暂时锁定，请于北京时间 11月22日 00:21 之后再试（约 26 分钟）；如需立即解锁，请联系系统管理员。");
    assertThat(lock.secondsLeft(Instant.parse("2026-11-21T15:55:00Z"))).isEqualTo(1530);
  }

  @Test
  void anIpv6ClientCountsByItsSlash64AndAnIpv4ClientByItsAddress() {
    assertThat(LoginLocks.network("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    assertThat(LoginLocks.network("2001:db8:1:2::1")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    assertThat(LoginLocks.network("203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(LoginLocks.network("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(LoginLocks.network("not-an-address.example")).isEqualTo("not-an-address.example");
  }

  @Test
  void aNameLongerThanAnyUserIdIsCountedAgainstItsAddressOnly() {
    assertThat(LoginLocks.accountKey("x".repeat(65))).isNull();
    assertThat(LoginLocks.accountKey("KFQ-Org")).isEqualTo("account:kfq-org");
    assertThat(LoginLocks.printable("evil\nINFO forged line")).isEqualTo("evil?INFO forged line");
  }
}
