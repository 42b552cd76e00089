package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partyaffairs.workforce.support.AtOnce;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wrong passwords lock an account, or a client address, for a time that grows (1, 5, 30 minutes)
 * but never for good; an administrator unlocks at once. Over the webapps' login and HTTP Basic, as
 * a stranger who knows a user name would try. The clock is the engine's, moved by the test. The
 * test's requests come from 127.0.0.1; "another address" is 127.0.0.2, a socket bound to it.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginLockTest {

  private static final String STRONG = "Kfq#Dangjian2026";
  private static final String OTHER_ADDRESS = "127.0.0.2";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  Http http;
  /** 10:00 in Beijing. */
  Instant now = Instant.parse("2026-11-21T02:00:00Z");
  List<String> users = new ArrayList<>();

  @BeforeEach
  void client() {
    http = new Http(port);
    ClockUtil.setCurrentTime(Date.from(now));
  }

  @AfterEach
  void forgetEverything() {
    ClockUtil.reset();
    // The test's own address is locked by some tests: the other test classes log in from it too.
    jdbc.update("delete from login_lock");
    users.forEach(identity::deleteUser);
  }

  @Test
  void tenWrongPasswordsByAStrangerLockTheAccountForAMinuteOnly(CapturedOutput output) {
    createUser("basic-owner");
    tenWrongPasswords("basic-owner");

    var refused = basic("basic-owner", STRONG);
    assertThat(refused.statusCode()).as("the owner, with the right password").isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
    // The tenth wrong password came at 10:09:09 Beijing time: locked until 10:10:09.
    assertThat(refused.body()).contains("该账号密码错误次数过多，已暂时锁定，请于北京时间 10:11 之后再试（约 1 分钟）")
        .doesNotContain("Exception").doesNotContain("org.");
    later(30);
    assertThat(basic("basic-owner", STRONG).statusCode()).as("half a minute later").isEqualTo(429);
    assertThat(output.getOut().lines().filter(line -> line.contains("Login refused"))
        .filter(line -> line.contains(" WARN ")).count()).as("one WARN line per refusal").isEqualTo(2);
    assertThat(output.getOut()).doesNotContain("\tat org.partyaffairs");

    later(31);
    assertThat(basic("basic-owner", STRONG).statusCode()).as("a minute after the lock").isEqualTo(200);
  }

  @Test
  void theOwnerLogsInAgainOnceTheLockHasRunOut() {
    createUser("webapp-owner");
    identity.createMembership("webapp-owner", Groups.WORKERS);
    for (int attempt = 0; attempt < 10; attempt++) {
      if (attempt > 0) {
        later(61);
      }
      assertThat(new Http(port).webappLogin("tasklist", "webapp-owner", "wrong-" + attempt).statusCode())
          .isEqualTo(401);
    }

    var refused = new Http(port).webappLogin("tasklist", "webapp-owner", STRONG);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(refused.body()).as("the login page shows the message").startsWith("{\"message\":\"")
        .contains("已暂时锁定").contains("北京时间 10:11");
    later(61);
    assertThat(new Http(port).webappLogin("tasklist", "webapp-owner", STRONG).statusCode()).isEqualTo(200);
  }

  @Test
  void locksGrowFromOneMinuteToFiveToThirtyAndNeverLockForGood() {
    createUser("growing");
    for (long expected : new long[] {60, 300, 1800, 1800}) {
      tenWrongPasswords("growing");
      var refused = basic("growing", STRONG);
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Retry-After")).hasValue(String.valueOf(expected));
      later(31 * 60);
    }

    assertThat(basic("growing", STRONG).statusCode()).as("after 40 wrong passwords, 30 minutes at most")
        .isEqualTo(200);
  }

  @Test
  void aNameThatIsNoAccountIsLockedLikeOne() {
    tenWrongPasswords("no-such-account");

    var refused = basic("no-such-account", "anything");
    assertThat(refused.statusCode()).as("nobody learns which names exist").isEqualTo(429);
    assertThat(refused.body()).contains("该账号密码错误次数过多");
  }

  @Test
  void anAdministratorUnlocksAtOnce() {
    createUser("to-unlock");
    tenWrongPasswords("to-unlock");
    assertThat(basic("to-unlock", STRONG).statusCode()).isEqualTo(429);

    var notAdmin = http.postJson("/api/accounts/to-unlock/unlock", "kfq-org", "demo", "");
    assertThat(notAdmin.statusCode()).isEqualTo(403);
    assertThat(notAdmin.body()).contains("只有系统管理员");
    var unknown = http.postJson("/api/accounts/nobody-at-all/unlock", "admin", "demo", "");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("账号 nobody-at-all 不存在");
    var locked = http.get("/api/accounts/locks", "admin", "demo");
    assertThat(locked.statusCode()).isEqualTo(200);
    assertThat(locked.body()).contains("\"kind\":\"account\",\"name\":\"to-unlock\"")
        .contains("\"lockedUntil\":\"2026-11-21T10:10:09+08:00\"");
    var unlocked = http.postJson("/api/accounts/to-unlock/unlock", "admin", "demo", "");
    assertThat(unlocked.statusCode()).isEqualTo(200);
    assertThat(unlocked.body()).contains("已解锁");

    // At the same moment: Camunda's own delay after the tenth wrong password is lifted as well.
    assertThat(basic("to-unlock", STRONG).statusCode()).isEqualTo(200);
  }

  @Test
  void unlockingInCamundaAdminClearsTheLockToo() {
    createUser("admin-unlocked");
    tenWrongPasswords("admin-unlocked");
    assertThat(basic("admin-unlocked", STRONG).statusCode()).isEqualTo(429);

    // What Admin's "Unlock user" button sends (its engine API is the same resource).
    assertThat(http.postJson("/engine-rest/user/admin-unlocked/unlock", "admin", "demo", "").statusCode())
        .isEqualTo(204);

    assertThat(basic("admin-unlocked", STRONG).statusCode()).isEqualTo(200);
  }

  @Test
  void oneAddressTryingManyAccountsIsLockedOut() {
    createUser("sprayed");
    for (int name = 0; name < 19; name++) {
      assertThat(basic("spray-" + name, "Password@123").statusCode()).isEqualTo(401);
    }
    assertThat(basic("sprayed", "Password@123").statusCode()).isEqualTo(401);
    later(4); // past Camunda's own 3 s delay after the owner's wrong password

    var refused = basic("sprayed", STRONG);
    assertThat(refused.statusCode()).as("the 21st try from that address, right password or not").isEqualTo(429);
    assertThat(refused.body()).contains("从您所在的网络地址登录失败次数过多，登录已暂停，请于北京时间 10:01 之后再试（约 1 分钟）");
    assertThat(new Http(port).webappLogin("tasklist", "kfq-org", "demo").statusCode()).as("webapp login")
        .isEqualTo(429);
    assertThat(fromAnotherAddress("GET", "/engine-rest/task/count", "sprayed", STRONG))
        .as("the owner, from elsewhere").startsWith("HTTP/1.1 200");

    later(61);
    assertThat(basic("sprayed", STRONG).statusCode()).as("once the lock has run out").isEqualTo(200);
  }

  /** As two nodes would: every wrong password is counted once, none lost to another arriving at the same moment. */
  @Test
  void wrongPasswordsArrivingAtTheSameMomentAreAllCounted() throws InterruptedException {
    List<Callable<Integer>> burst = IntStream.range(0, 20)
        .<Callable<Integer>>mapToObj(name -> () -> basic("burst-" + name, "Password@123").statusCode()).toList();

    assertThat(AtOnce.call(burst)).allSatisfy(outcome -> assertThat(outcome.value()).isEqualTo(401));

    assertThat(basic("kfq-org", "demo").statusCode()).as("the 21st").isEqualTo(429);
  }

  @Test
  void anAdministratorLiftsAnAddressLock() {
    for (int name = 0; name < 20; name++) {
      basic("spray-" + name, "Password@123");
    }
    assertThat(basic("kfq-org", "demo").statusCode()).isEqualTo(429);

    assertThat(fromAnotherAddress("GET", "/api/accounts/locks", "admin", "demo"))
        .contains("\"kind\":\"address\",\"name\":\"127.0.0.1\"");
    assertThat(fromAnotherAddress("POST", "/api/accounts/address-locks/unlock?address=127.0.0.1", "kfq-org", "demo"))
        .startsWith("HTTP/1.1 403");
    assertThat(fromAnotherAddress("POST", "/api/accounts/address-locks/unlock?address=127.0.0.1", "admin", "demo"))
        .startsWith("HTTP/1.1 200");

    assertThat(basic("kfq-org", "demo").statusCode()).isEqualTo(200);
  }

  @Test
  void guessingAnotherPasswordThroughIdentityVerifyIsCountedAndRefusedToo() {
    createUser("verified");
    for (int attempt = 0; attempt < 10; attempt++) {
      if (attempt > 0) {
        later(61);
      }
      assertThat(verify("verified", "wrong-" + attempt)).contains("\"authenticated\":false");
    }

    assertThat(verify("verified", STRONG)).as("the right password, while locked").contains("\"authenticated\":false");
    assertThat(basic("verified", STRONG).statusCode()).as("the owner's login").isEqualTo(429);
    later(61);
    assertThat(verify("verified", STRONG)).contains("\"authenticated\":true");
  }

  /**
   * {@code POST /identity/verify} checks a user's password for a caller who may read that user (an
   * administrator; a town user gets 403): a route the login filter does not look at.
   */
  private String verify(String user, String password) {
    var answer = http.postJson("/engine-rest/identity/verify", "admin", "demo",
        "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return answer.body();
  }

  /** Ten wrong passwords, each after Camunda's delay for the one before (at most 60 s) has run out. */
  private void tenWrongPasswords(String user) {
    for (int attempt = 0; attempt < 10; attempt++) {
      if (attempt > 0) {
        later(61);
      }
      assertThat(basic(user, "wrong-" + attempt).statusCode()).as("wrong password %d", attempt + 1).isEqualTo(401);
    }
  }

  private HttpResponse<String> basic(String user, String password) {
    return http.get("/engine-rest/task/count", user, password);
  }

  private void createUser(String id) {
    var user = identity.newUser(id);
    user.setFirstName("测试");
    user.setLastName("账号");
    user.setPassword(STRONG);
    identity.saveUser(user);
    users.add(id);
  }

  private void later(long seconds) {
    now = now.plusSeconds(seconds);
    ClockUtil.setCurrentTime(Date.from(now));
  }

  /** One HTTP Basic request from 127.0.0.2: the status line, headers and body as they came. */
  private String fromAnotherAddress(String method, String path, String user, String password) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(OTHER_ADDRESS, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(10000);
      String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      OutputStream out = socket.getOutputStream();
      out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic "
          + credentials + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      return answer.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
