package org.partyaffairs.workforce.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.security.AsSystem;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.security.LoginLocks;
import org.partyaffairs.workforce.shared.IllegalTransitionException;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.web.PasswordRules;
import org.partyaffairs.workforce.worker.Article;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.partyaffairs.workforce.worker.WorkerService;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker's own account: opened at hire with no usable password, activated by the worker with a
 * one-time code, closed when their service ends. Every step is recorded on the worker's trail.
 *
 * <p>The user id rule: {@code <town code>-gz<worker id>}, e.g. {@code kfq-gz42} (gz: 工作者), unique
 * because the worker id is, and within the engine's id pattern.
 */
@Service
@Transactional
class Accounts {

  static final Duration CODE_LIFETIME = Duration.ofDays(30);
  static final Duration ATTEMPT_WINDOW = Duration.ofMinutes(15);
  static final int MAX_WRONG_PER_USER = 5;
  static final int MAX_WRONG_PER_ADDRESS = 20;
  static final String ROLE = "专职党务工作者";
  /** Said for a wrong code and for an unknown user id alike, so that ids reveal nothing. */
  static final String WRONG_CODE = "账号或激活码不正确，请核对账号开通通知书";

  private static final Logger log = LoggerFactory.getLogger(Accounts.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A code just issued: the only moment it exists in clear. */
  record IssuedCode(String userId, String code, Instant expiresAt, Worker worker) {
  }

  /** What an activation came to; the attempt is recorded either way (the transaction commits). */
  sealed interface Outcome {
  }

  record Activated(String userId) implements Outcome {
  }

  record Refused(String message) implements Outcome {
  }

  record TooManyAttempts(String message) implements Outcome {
  }

  private final AccountRepository accounts;
  private final ActivationCodeRepository codes;
  private final ActivationAttemptRepository attempts;
  private final WorkerRepository workers;
  private final WorkerService workerService;
  private final Trail trail;
  private final IdentityService identity;
  private final AsSystem asSystem;
  private final OwnTasks ownTasks;
  private final Clock clock;
  private final ZoneId zone;

  Accounts(AccountRepository accounts, ActivationCodeRepository codes, ActivationAttemptRepository attempts,
      WorkerRepository workers, WorkerService workerService, Trail trail, IdentityService identity, AsSystem asSystem,
      OwnTasks ownTasks, Clock clock, WorkforceProperties properties) {
    this.accounts = accounts;
    this.codes = codes;
    this.attempts = attempts;
    this.workers = workers;
    this.workerService = workerService;
    this.trail = trail;
    this.identity = identity;
    this.asSystem = asSystem;
    this.ownTasks = ownTasks;
    this.clock = clock;
    this.zone = properties.zone();
  }

  static String userIdOf(String townCode, long workerId) {
    return townCode + "-gz" + workerId;
  }

  /**
   * Opens the worker's own account: a Camunda user by the rule, in {@value Groups#WORKERS} and their
   * town's tenant, with a random password nobody sees. Opening again answers the account there is.
   * A worker whose user the product did not open (the demo's) is refused.
   */
  Account open(long workerId, String actor, String processInstanceId) {
    Worker worker = workers.findById(workerId)
        .orElseThrow(() -> new NotFoundException("工作者 " + workerId + " 不存在"));
    Optional<Account> existing = accounts.findByWorkerId(workerId);
    if (existing.isPresent()) {
      return existing.get();
    }
    if (worker.getUserId() != null) {
      throw new IllegalTransitionException("工作者 " + worker.getName() + " 已有账号 " + worker.getUserId());
    }
    if (!worker.inService()) {
      throw new IllegalTransitionException(
          "工作者 " + worker.getName() + " 当前状态为「" + worker.getStatus().label() + "」，不再开通账号");
    }
    String userId = userIdOf(worker.getTownCode(), workerId);
    asSystem.run(() -> {
      if (identity.createUserQuery().userId(userId).count() > 0) {
        throw new IllegalTransitionException("账号 " + userId + " 已被占用，请联系系统管理员");
      }
      User user = identity.newUser(userId);
      user.setFirstName(worker.getName());
      user.setLastName(ROLE);
      user.setPassword(unusablePassword());
      identity.saveUser(user);
      identity.createMembership(userId, Groups.WORKERS);
      identity.createTenantUserMembership(worker.getTownCode(), userId);
    });
    Account account = accounts.save(Account.opened(userId, workerId, worker.getTownCode(), clock.instant()));
    workerService.giveUser(workerId, userId, "开通本人账号 " + userId + "（待激活：凭账号开通通知书上的激活码设置密码后登录）",
        actor, processInstanceId);
    log.info("Account {} opened for worker {}", userId, workerId);
    return account;
  }

  /** The worker's account, if the product opened or closed one. */
  @Transactional(readOnly = true)
  Optional<Account> of(long workerId) {
    return accounts.findByWorkerId(workerId);
  }

  /**
   * A new activation code for the worker's account, valid for 30 days; every older code of the
   * account dies. The code is returned once, to be printed, and kept only as its hash.
   */
  IssuedCode issueCode(long workerId, String actor) {
    Account account = accounts.findByWorkerId(workerId).orElseThrow(() -> new IllegalTransitionException(
        "该工作者还没有本系统开通的账号，请先开通账号"));
    account.requireOpen();
    Instant now = clock.instant();
    codes.findByUserIdAndUsedAtIsNullAndRevokedAtIsNull(account.getUserId()).forEach(old -> old.revoke(now));
    String code = ActivationCodes.next();
    ActivationCode issued = codes.save(new ActivationCode(account.getUserId(),
        ActivationCodes.hash(account.getUserId(), code), now, now.plus(CODE_LIFETIME), actor));
    Worker worker = workers.getReferenceById(workerId);
    trail.record(worker, "ACTIVATION_CODE_ISSUED", "签发账号开通通知书（账号 " + account.getUserId()
        + "，激活码有效期至 " + LocalDate.ofInstant(issued.getExpiresAt(), zone) + "；此前的激活码作废）", actor, null,
        Article.KUNSHAN_6);
    log.info("Activation code issued for {} by {}", account.getUserId(), actor);
    return new IssuedCode(account.getUserId(), code, issued.getExpiresAt(), worker);
  }

  /**
   * The worker sets their password with their code: refused beyond 5 wrong codes for the user id
   * or 20 from the address in 15 minutes; a wrong code and an unknown user id are told alike.
   */
  Outcome activate(String userId, String code, String password, String address) {
    Instant now = clock.instant();
    Instant since = now.minus(ATTEMPT_WINDOW);
    String network = LoginLocks.network(address == null ? "-" : address);
    if (attempts.countByUserIdAndSucceededFalseAndAttemptedAtBetween(cut(userId), since, now) >= MAX_WRONG_PER_USER
        || attempts.countByAddressAndSucceededFalseAndAttemptedAtBetween(cut(network), since, now) >= MAX_WRONG_PER_ADDRESS) {
      return new TooManyAttempts("激活尝试次数过多（15 分钟内同一账号错误 5 次或同一地址错误 20 次），请 15 分钟后再试");
    }
    Optional<Account> account = accounts.findById(userId);
    String policy = policyProblem(userId, password);
    if (policy != null) {
      return new Refused(policy); // not an attempt at the code: the code is not looked at
    }
    Optional<ActivationCode> found = ActivationCodes.wellFormed(ActivationCodes.normalise(code))
        ? codes.findFirstByUserIdAndCodeHashOrderByIdDesc(userId, ActivationCodes.hash(userId, code))
        : Optional.empty();
    if (found.isEmpty() || account.isEmpty()) {
      attempts.save(new ActivationAttempt(userId, network, now, false));
      log.info("Activation of {} from {}: wrong code", printable(userId), network);
      return new Refused(WRONG_CODE);
    }
    if (account.get().isClosed()) {
      attempts.save(new ActivationAttempt(userId, network, now, false));
      return new Refused("账号 " + userId + " 已停用（工作者已离职），不能再激活");
    }
    String refusal = found.get().refusal(now);
    if (refusal != null) {
      attempts.save(new ActivationAttempt(userId, network, now, false));
      return new Refused(refusal);
    }
    found.get().use(now);
    account.get().activate(now);
    asSystem.run(() -> {
      User user = identity.createUserQuery().userId(userId).singleResult();
      user.setPassword(password);
      identity.saveUser(user);
      identity.unlockUser(userId);
    });
    attempts.save(new ActivationAttempt(userId, network, now, true));
    if (account.get().getWorkerId() != null) {
      trail.record(workers.getReferenceById(account.get().getWorkerId()), "ACCOUNT_ACTIVATED",
          "本人以激活码设置密码，账号 " + userId + " 已激活", userId, null, Article.KUNSHAN_6);
      ownTasks.handOver(account.get().getWorkerId(), userId);
    }
    log.info("Account {} activated from {}", userId, network);
    return new Activated(userId);
  }

  /**
   * Service ended: the worker's user (opened by the product or not) gets a password nobody knows,
   * its codes die, the account is marked closed, so that open sessions end at their next request.
   * Closing twice changes nothing.
   */
  void close(long workerId, WorkerStatus status, String processInstanceId) {
    Worker worker = workers.findById(workerId).orElse(null);
    if (worker == null || worker.getUserId() == null) {
      return;
    }
    String userId = worker.getUserId();
    Instant now = clock.instant();
    Optional<Account> existing = accounts.findById(userId);
    if (existing.isPresent() && existing.get().isClosed()) {
      return;
    }
    Account account = existing
        .orElseGet(() -> accounts.save(Account.closedOnDeparture(userId, workerId, worker.getTownCode(), now)));
    account.close(now);
    codes.findByUserIdAndUsedAtIsNullAndRevokedAtIsNull(userId).forEach(code -> code.revoke(now));
    asSystem.run(() -> {
      User user = identity.createUserQuery().userId(userId).singleResult();
      if (user != null) {
        user.setPassword(unusablePassword());
        identity.saveUser(user);
      }
    });
    trail.record(worker, "ACCESS_ENDED", "服务结束（" + status.label() + "），账号 " + userId
        + " 停用：密码作废，激活码作废，已登录的会话在下一次操作时退出", "system", processInstanceId, articleOf(status));
    log.info("Account {} closed: worker {} {}", userId, workerId, status);
  }

  /** Whether the user's account was closed (their webapp session must end). */
  @Transactional(readOnly = true)
  boolean isClosed(String userId) {
    return accounts.existsByUserIdAndState(userId, AccountState.CLOSED);
  }

  /** Whether the user logs in with a password they set (the worker's own tasks go to them). */
  @Transactional(readOnly = true)
  boolean isActive(String userId) {
    return accounts.existsByUserIdAndState(userId, AccountState.ACTIVE);
  }

  /** The password policy's verdict in Chinese, or null when the password meets it. */
  private String policyProblem(String userId, String password) {
    User candidate = identity.newUser(userId);
    identity.createUserQuery().userId(userId).list().stream().findFirst().ifPresent(user -> {
      candidate.setFirstName(user.getFirstName());
      candidate.setLastName(user.getLastName());
      candidate.setEmail(user.getEmail());
    });
    PasswordPolicyResult result = asSystem.get(() -> identity.checkPasswordAgainstPolicy(password, candidate));
    if (result.isValid()) {
      return null;
    }
    return "新密码不符合密码规则：" + PasswordRules.inChinese(result.getViolatedRules());
  }

  private static Article articleOf(WorkerStatus status) {
    return switch (status) {
      case RESIGNED -> Article.KUNSHAN_16;
      case DISQUALIFIED -> Article.LANZHOU_6;
      default -> Article.KUNSHAN_14;
    };
  }

  /** 32 random characters nobody sees, with every class the password policy asks for. */
  static String unusablePassword() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "Aa1#";
  }

  private static String cut(String text) {
    return text.length() > 64 ? text.substring(0, 64) : text;
  }

  private static String printable(String text) {
    String shown = text == null ? "-" : cut(text);
    return shown.replaceAll("\\p{Cntrl}", "?");
  }
}
