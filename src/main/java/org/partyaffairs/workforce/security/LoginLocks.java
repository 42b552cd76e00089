package org.partyaffairs.workforce.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.partyaffairs.workforce.WorkforceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Wrong passwords, counted per account and per client address in the table {@code login_lock}
 * (migration V14), and the time-limited locks they lead to: an account after
 * {@code workforce.login-lock.account-failures} wrong passwords (10; from anywhere, forgotten at
 * the account's next successful login or after a day without one), an address after
 * {@code address-failures} wrong passwords for any accounts within {@code address-window} (20 in
 * 15 minutes). A lock lasts 1 minute, the next one in a row 5, any further one 30: no sequence of
 * requests locks anybody out for longer than that after it stops, and an administrator unlocks at
 * once ({@link AccountController}).
 *
 * <p>In the database rather than in memory, so that all nodes of a cluster count the same
 * failures and refuse the same locks (and a restart does not lift them). A name that is no
 * Camunda user is counted and locked like one, so a lock tells nobody whether an account exists.
 * A successful login clears its account, never its address: an attacker who owns one account
 * cannot reset their address's count by logging into it between guesses.
 */
@Component
public class LoginLocks {

  private static final Logger LOG = LoggerFactory.getLogger(LoginLocks.class);

  /** {@code ACT_ID_USER.ID_} is at most 64 characters: a longer name is counted against its address only. */
  static final int MAX_USER_ID = 64;
  private static final int MAX_ADDRESS = 100;
  private static final String ACCOUNT = "account:";
  private static final String ADDRESS = "address:";
  /** A lock another node took with a clock a little ahead of ours is in force already. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
  private static final Duration FORGET_EVERY = Duration.ofMinutes(10);
  private static final String COLUMNS =
      "subject, failures, window_start_ms, last_failure_ms, locks, locked_from_ms, locked_until_ms";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");

  public enum Kind { ACCOUNT, ADDRESS }

  /** A lock in force: of an account (its user id) or a client address, until a moment. */
  public record Lock(Kind kind, String name, Instant until, int lockNumber) {

    /** Whole minutes left, rounded up (at least 1). */
    public long minutesLeft(Instant now) {
      return Math.max(1, (Duration.between(now, until).getSeconds() + 59) / 60);
    }

    /** Seconds left, rounded up (at least 1), for {@code Retry-After}. */
    public long secondsLeft(Instant now) {
      return Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
    }

    /** What the person trying to log in reads: why, until when (local time, to the minute) and what to do. */
    public String message(Instant now, ZoneId zone) {
      ZonedDateTime end = until.atZone(zone);
      if (end.getSecond() > 0 || end.getNano() > 0) {
        end = end.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
      }
      String at = (end.toLocalDate().equals(LocalDate.ofInstant(now, zone)) ? TIME : DAY_AND_TIME).format(end);
      String clock = zone.getId().equals("Asia/Shanghai") ? "北京时间" : zone.getId() + " 时间";
      String when = "请于" + clock + " " + at + " 之后再试（约 " + minutesLeft(now) + " 分钟）";
      return kind == Kind.ACCOUNT
          ? "该账号密码错误次数过多，已暂时锁定，" + when + "；如需立即解锁，请联系系统管理员。"
          : "从您所在的网络地址登录失败次数过多，登录已暂停，" + when + "；如需立即解除，请联系系统管理员。";
    }
  }

  /** What the table holds for one login: the account's row and the address's, either may be absent. */
  public record Rows(Row account, Row address) {

    /** The lock that refuses this login, the later-ending one if both account and address are locked. */
    public Optional<Lock> inForce(Instant now) {
      return Stream.of(account, address).filter(Objects::nonNull)
          .map(row -> row.lockAt(now)).flatMap(Optional::stream).max(Comparator.comparing(Lock::until));
    }
  }

  record Row(String subject, int failures, long windowStart, long lastFailure, int locks, Long lockedFrom,
      Long lockedUntil) {

    Optional<Lock> lockAt(Instant now) {
      long t = now.toEpochMilli();
      if (lockedUntil == null || t >= lockedUntil || lockedFrom > t + CLOCK_SKEW.toMillis()) {
        return Optional.empty();
      }
      boolean account = subject.startsWith(ACCOUNT);
      return Optional.of(new Lock(account ? Kind.ACCOUNT : Kind.ADDRESS,
          subject.substring((account ? ACCOUNT : ADDRESS).length()), Instant.ofEpochMilli(lockedUntil), locks));
    }

    /**
     * This row after one more wrong password at {@code t}: a day without one (or a clock moved back)
     * forgets everything, a count older than its window starts again, and reaching the threshold
     * takes the next lock and starts counting afresh.
     */
    Counted afterFailure(long t, long window, long forgetAfter, int threshold, LoginLockProperties properties) {
      int count = failures;
      int lockNumber = locks;
      long start = windowStart;
      if (t - lastFailure >= forgetAfter || t + CLOCK_SKEW.toMillis() < lastFailure) {
        count = 0;
        lockNumber = 0;
        start = t;
      } else if (t - start >= window) {
        count = 0;
        start = t;
      }
      count++;
      if (count >= threshold) {
        lockNumber++;
        return new Counted(new Row(subject, 0, t, t, lockNumber, t, t + properties.duration(lockNumber).toMillis()),
            true);
      }
      return new Counted(new Row(subject, count, start, t, lockNumber, lockedFrom, lockedUntil), false);
    }

    static Row none(String subject, long t) {
      return new Row(subject, 0, t, t, 0, null, null);
    }
  }

  /** A row after a failure, and whether that failure took a new lock. */
  private record Counted(Row row, boolean locked) {
  }

  private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getString(1), rs.getInt(2), rs.getLong(3),
      rs.getLong(4), rs.getInt(5), (Long) rs.getObject(6, Long.class), (Long) rs.getObject(7, Long.class));

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final LoginLockProperties properties;
  private final ZoneId zone;
  private final AtomicLong lastForgetting = new AtomicLong();

  LoginLocks(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock, ApplicationEventPublisher events,
      LoginLockProperties properties, WorkforceProperties workforce) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
    this.events = events;
    this.properties = properties;
    this.zone = workforce.zone();
  }

  public Instant now() {
    return clock.instant();
  }

  public ZoneId zone() {
    return zone;
  }

  /** The rows of this login's account and address (none for a missing or over-long name, or no address). */
  public Rows rows(String userId, String address) {
    String account = accountKey(userId);
    String network = addressKey(address);
    List<String> subjects = Arrays.asList(account, network).stream().filter(Objects::nonNull).toList();
    if (subjects.isEmpty()) {
      return new Rows(null, null);
    }
    List<Row> rows = jdbc.query("select " + COLUMNS + " from login_lock where subject in ("
        + String.join(", ", subjects.stream().map(s -> "?").toList()) + ")", ROW, subjects.toArray());
    return new Rows(find(rows, account), find(rows, network));
  }

  /** The lock that refuses a login by this user from this address now, if any. */
  public Optional<Lock> inForce(String userId, String address) {
    return rows(userId, address).inForce(now());
  }

  /** Every lock in force now, accounts and addresses, the latest-ending first. */
  public List<Lock> inForce() {
    Instant now = now();
    return jdbc.query("select " + COLUMNS + " from login_lock where locked_until_ms > ?", ROW, now.toEpochMilli())
        .stream().map(row -> row.lockAt(now)).flatMap(Optional::stream)
        .sorted(Comparator.comparing(Lock::until).reversed()).toList();
  }

  /**
   * One wrong password for {@code userId} from {@code address}: counted for both, in the caller's
   * transaction when there is one (the engine's, around its password check). The account's row is
   * always taken before the address's, so two failures at once never wait for each other.
   *
   * @param knownUser whether the name is a Camunda user: only then is an {@link AccountLockedEvent} published
   */
  public void recordFailure(String userId, String address, boolean knownUser) {
    long t = now().toEpochMilli();
    transaction.executeWithoutResult(status -> {
      String account = accountKey(userId);
      if (account != null) {
        Counted counted = count(account, t, properties.forgetAfter().toMillis(), properties.accountFailures());
        Row row = counted.row();
        if (counted.locked()) {
          Lock lock = row.lockAt(Instant.ofEpochMilli(t)).orElseThrow();
          LOG.warn("Account {} locked until {} after {} wrong passwords (lock {} in a row), the last from {}",
              printable(userId), lock.until().atZone(zone).toOffsetDateTime(), properties.accountFailures(), row.locks(),
              printable(address));
          if (knownUser) {
            events.publishEvent(new AccountLockedEvent(userId, lock.until(), row.locks(), address));
          }
        }
      }
      String network = addressKey(address);
      if (network != null) {
        Counted counted = count(network, t, properties.addressWindow().toMillis(), properties.addressFailures());
        Row row = counted.row();
        if (counted.locked()) {
          LOG.warn("Address {} locked until {} after {} wrong passwords within {} (lock {} in a row), the last for {}",
              network.substring(ADDRESS.length()), Instant.ofEpochMilli(row.lockedUntil()).atZone(zone).toOffsetDateTime(),
              properties.addressFailures(), properties.addressWindow(), row.locks(), printable(userId));
        }
      }
    });
  }

  /** A successful login: the account's count and locks are cleared (its address's are not). */
  public void recordSuccess(String userId) {
    unlockAccount(userId);
  }

  /** Clears the account's count and lock; whether there was anything to clear. */
  public boolean unlockAccount(String userId) {
    String account = accountKey(userId);
    return account != null && jdbc.update("delete from login_lock where subject = ?", account) > 0;
  }

  /** Clears the address's count and lock (an IPv6 address: its /64); whether there was anything to clear. */
  public boolean unlockAddress(String address) {
    String network = addressKey(address);
    return network != null && jdbc.update("delete from login_lock where subject = ?", network) > 0;
  }

  /**
   * Deletes the rows of accounts and addresses with no wrong password for a day and no lock in
   * force, at most every 10 minutes per node. Called outside any transaction (by the login filter):
   * it must not wait for rows the caller itself holds.
   */
  void forgetOldFailures() {
    long t = now().toEpochMilli();
    long last = lastForgetting.get();
    if (Math.abs(t - last) < FORGET_EVERY.toMillis() || !lastForgetting.compareAndSet(last, t)) {
      return;
    }
    int forgotten = jdbc.update("delete from login_lock where last_failure_ms < ? and (locked_until_ms is null"
        + " or locked_until_ms < ?)", t - properties.forgetAfter().toMillis(), t);
    if (forgotten > 0) {
      LOG.info("Forgot the failed logins of {} accounts and addresses quiet for {}", forgotten,
          properties.forgetAfter());
    }
  }

  private Counted count(String subject, long t, long window, int threshold) {
    Row row = lockRow(subject);
    if (row == null) {
      Counted counted = Row.none(subject, t).afterFailure(t, window, properties.forgetAfter().toMillis(), threshold,
          properties);
      Row first = counted.row();
      try {
        jdbc.update("insert into login_lock (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)", first.subject(),
            first.failures(), first.windowStart(), first.lastFailure(), first.locks(), first.lockedFrom(),
            first.lockedUntil());
        return counted;
      } catch (DuplicateKeyException another) {
        row = lockRow(subject); // another request (or node) inserted it meanwhile
      }
    }
    Counted counted = row.afterFailure(t, window, properties.forgetAfter().toMillis(), threshold, properties);
    Row next = counted.row();
    jdbc.update("update login_lock set failures = ?, window_start_ms = ?, last_failure_ms = ?, locks = ?,"
        + " locked_from_ms = ?, locked_until_ms = ? where subject = ?", next.failures(), next.windowStart(),
        next.lastFailure(), next.locks(), next.lockedFrom(), next.lockedUntil(), subject);
    return counted;
  }

  private Row lockRow(String subject) {
    return jdbc.query("select " + COLUMNS + " from login_lock where subject = ? for update", ROW, subject).stream()
        .findFirst().orElse(null);
  }

  private static Row find(List<Row> rows, String subject) {
    return subject == null ? null : rows.stream().filter(r -> r.subject().equals(subject)).findFirst().orElse(null);
  }

  static String accountKey(String userId) {
    if (userId == null || userId.isBlank() || userId.length() > MAX_USER_ID) {
      return null;
    }
    return ACCOUNT + userId.toLowerCase(Locale.ROOT);
  }

  static String addressKey(String address) {
    if (address == null || address.isBlank()) {
      return null;
    }
    return ADDRESS + network(address.strip());
  }

  /**
   * An IPv4 address as it is; an IPv6 address by its /64, the block one subscriber gets, so that a
   * client cannot count each of its own addresses afresh. (Also how the account capability counts
   * activation attempts per address.)
   */
  public static String network(String address) {
    if (address.indexOf(':') >= 0 && address.length() <= 45 && address.chars().allMatch(
        c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
      try { // a literal: no name is looked up
        if (InetAddress.getByName(address) instanceof Inet6Address ip) {
          byte[] network = Arrays.copyOf(ip.getAddress(), 16);
          Arrays.fill(network, 8, 16, (byte) 0);
          return InetAddress.getByAddress(network).getHostAddress() + "/64";
        }
        return InetAddress.getByName(address).getHostAddress();
      } catch (UnknownHostException notAnAddress) {
        // counted by its text
      }
    }
    return address.length() <= MAX_ADDRESS ? address : address.substring(0, MAX_ADDRESS);
  }

  /** The client of a request: Tomcat's remote address, which honours X-Forwarded-For only behind a configured proxy. */
  static String clientAddress(HttpServletRequest request) {
    return request.getRemoteAddr();
  }

  /** The client of the request this thread serves, if it serves one (the engine's password check has no request). */
  static String currentClientAddress() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
        ? clientAddress(request.getRequest()) : null;
  }

  /** A name or address from a request, fit for one log line. */
  static String printable(String text) {
    if (text == null) {
      return "-";
    }
    String shown = text.length() > MAX_USER_ID ? text.substring(0, MAX_USER_ID) + "…" : text;
    return shown.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }
}
