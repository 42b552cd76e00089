package org.partyaffairs.workforce.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.post.Staffing;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.worker.Departures;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts for hired workers (issue 25): the account opened at hire (000 第六条), the 账号开通通知书
 * read back as a PDF, activation with its code and a password under the policy, codes that are
 * single-use, short-lived and replaced, the rate limits, and access ending with the service. All
 * over HTTP against the running application, as the worker's browser and the town organisation
 * department's client send it.
 */
@IntegrationTest
class AccountActivationTest {

  static final String STRONG = "Dangjian#2026a";
  /** Each test on a day of its own, so that no other test's attempts fall in its 15 minutes. */
  private static final AtomicLong DAY = new AtomicLong();

  @LocalServerPort int port;
  @Autowired Staffing staffing;
  @Autowired WorkerRepository workers;
  @Autowired Departures departures;
  @Autowired Trail trail;
  @Autowired IdentityService identity;
  @Autowired TransactionTemplate transaction;

  Http http;
  AccountLetters letters;
  Instant now;

  @BeforeEach
  void client() {
    http = new Http(port);
    letters = new AccountLetters(port);
    now = Instant.parse("2031-03-02T02:00:00Z").plus(Duration.ofDays(3 * DAY.incrementAndGet()));
    ClockUtil.setCurrentTime(Date.from(now));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aWorkerHiredUnder000第六条GetsTheirOwnAccountWithoutAUsablePassword() {
    Worker worker = hire("kfq", "开户人");

    String userId = "kfq-gz" + worker.getId();
    assertThat(workers.findById(worker.getId()).orElseThrow().getUserId()).isEqualTo(userId);
    var user = identity.createUserQuery().userId(userId).singleResult();
    assertThat(user.getFirstName()).isEqualTo("开户人");
    assertThat(identity.createGroupQuery().groupMember(userId).list()).extracting(Group::getId).containsExactly("workers");
    assertThat(identity.createTenantQuery().userMember(userId).singleResult().getId()).isEqualTo("kfq");
    assertThat(http.get("/engine-rest/task/count", userId, "").statusCode()).isEqualTo(401);
    assertThat(trailEvents(worker)).contains("HIRED", "ACCOUNT_OPENED");
  }

  @Test
  void theLetterCarriesTheUserIdAndACodeWithWhichTheWorkerSetsTheirPasswordAndLogsIntoTasklist() {
    Worker worker = hire("kfq", "持函人");
    String userId = "kfq-gz" + worker.getId();

    AccountLetters.Letter letter = letters.letter(worker.getId(), "kfq-org", "demo");

    assertThat(letter.pages()).isEqualTo(1);
    assertThat(letter.text()).contains("账号开通通知书", userId, "持函人", "/account/activate");
    assertThat(letter.code()).isNotNull();
    HttpResponse<String> activated = activate(userId, letter.code().toLowerCase().replace("-", " "), STRONG);
    assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);
    assertThat(activated.body()).contains("已激活", "/camunda/app/tasklist/default/");
    assertThat(http.get("/engine-rest/task/count", userId, STRONG).statusCode()).isEqualTo(200);
    assertThat(http.webappLogin("tasklist", userId, STRONG).statusCode()).isEqualTo(200);
    assertThat(http.webappGet("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);
    assertThat(trailEvents(worker)).contains("ACTIVATION_CODE_ISSUED", "ACCOUNT_ACTIVATED");
  }

  @Test
  void aWrongCodeAndAnUnknownUserIdAreToldInTheSameSentence() {
    Worker worker = hire("kfq", "错码人");
    String userId = "kfq-gz" + worker.getId();
    letters.letter(worker.getId(), "kfq-org", "demo");

    HttpResponse<String> wrong = activate(userId, "AAAA-BBBB-CCCC", STRONG);
    HttpResponse<String> unknown = activate("kfq-gz999999", "AAAA-BBBB-CCCC", STRONG);
    HttpResponse<String> malformed = activate(userId, "0000", STRONG);

    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("账号或激活码不正确");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).isEqualTo(wrong.body());
    assertThat(malformed.body()).isEqualTo(wrong.body());
  }

  @Test
  void aCodeIsGoodOnceAndANewLetterKillsTheOldCode() {
    Worker worker = hire("kfq", "换码人");
    String userId = "kfq-gz" + worker.getId();
    String first = letters.letter(worker.getId(), "kfq-org", "demo").code();
    String second = letters.letter(worker.getId(), "kfq-org", "demo").code();

    assertThat(activate(userId, first, STRONG).body()).contains("已作废");
    assertThat(activate(userId, second, STRONG).statusCode()).isEqualTo(200);
    HttpResponse<String> again = activate(userId, second, "Another#2026b");
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("只能使用一次");
    assertThat(identity.checkPassword(userId, STRONG)).isTrue();
  }

  @Test
  void aCodeExpiresThirtyDaysAfterItWasIssued() {
    Worker worker = hire("kfq", "过期人");
    String userId = "kfq-gz" + worker.getId();
    String code = letters.letter(worker.getId(), "kfq-org", "demo").code();

    later(Duration.ofDays(30));
    HttpResponse<String> expired = activate(userId, code, STRONG);

    assertThat(expired.statusCode()).isEqualTo(400);
    assertThat(expired.body()).contains("已过期");
  }

  @Test
  void aPasswordBelowThePolicyIsRefusedInChineseAndTheCodeStaysGood() {
    Worker worker = hire("kfq", "弱口令人");
    String userId = "kfq-gz" + worker.getId();
    String code = letters.letter(worker.getId(), "kfq-org", "demo").code();

    HttpResponse<String> weak = activate(userId, code, "dangjian2026");

    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(weak.body()).contains("新密码不符合密码规则", "大写字母", "特殊字符");
    assertThat(activate(userId, code, STRONG).statusCode()).isEqualTo(200);
  }

  @Test
  void fiveWrongCodesForOneUserIdStopItsActivationForFifteenMinutes() {
    Worker worker = hire("kfq", "猜码人");
    String userId = "kfq-gz" + worker.getId();
    String code = letters.letter(worker.getId(), "kfq-org", "demo").code();

    for (int i = 0; i < 5; i++) {
      assertThat(activate(userId, "AAAA-BBBB-CCC" + (2 + i), STRONG).statusCode()).isEqualTo(400);
    }
    HttpResponse<String> stopped = activate(userId, code, STRONG);

    assertThat(stopped.statusCode()).isEqualTo(429);
    assertThat(stopped.body()).contains("尝试次数过多", "15 分钟");
    later(Duration.ofMinutes(15).plusSeconds(1));
    assertThat(activate(userId, code, STRONG).statusCode()).isEqualTo(200);
  }

  @Test
  void twentyWrongCodesFromOneAddressStopEveryActivationFromIt() {
    for (int user = 0; user < 5; user++) {
      for (int i = 0; i < 4; i++) {
        assertThat(activate("kfq-gz88800" + user, "AAAA-BBBB-CCC" + (2 + i), STRONG).statusCode()).isEqualTo(400);
      }
    }
    Worker worker = hire("kfq", "同址人");
    String code = letters.letter(worker.getId(), "kfq-org", "demo").code();

    HttpResponse<String> stopped = activate("kfq-gz" + worker.getId(), code, STRONG);

    assertThat(stopped.statusCode()).isEqualTo(429);
    later(Duration.ofMinutes(16));
    assertThat(activate("kfq-gz" + worker.getId(), code, STRONG).statusCode()).isEqualTo(200);
  }

  @Test
  void onlyTheOrganisationDepartmentOfTheWorkersTownOpensAccountsAndIssuesLetters() {
    Worker worker = hire("kfq", "他人函");
    String letter = "/api/workers/" + worker.getId() + "/account/letter";

    assertThat(refusal(letters.post(letter, "kfq-committee", "demo"))).startsWith("403").contains("组织部门");
    assertThat(refusal(letters.post(letter, "office", "demo"))).startsWith("403");
    assertThat(refusal(letters.post(letter, "huaqiao-org", "demo"))).startsWith("404").doesNotContain("他人函");
    assertThat(refusal(letters.post(letter, "kfq-worker", "demo"))).startsWith("404");
    assertThat(refusal(letters.post(letter, null, null))).startsWith("401");
    assertThat(refusal(letters.post("/api/workers/" + worker.getId() + "/account", "huaqiao-org", "demo")))
        .startsWith("404");
    assertThat(trailEvents(worker)).doesNotContain("ACTIVATION_CODE_ISSUED");
  }

  @Test
  void aWorkerWhoPredatesAccountsIsGivenOneOnceOnTheTownsRequest() {
    Worker worker = transaction.execute(status -> {
      Worker early = Worker.candidate("早到人", "huaqiao", null, now);
      early.startProbation();
      return workers.save(early);
    });
    String account = "/api/workers/" + worker.getId() + "/account";

    HttpResponse<byte[]> opened = letters.post(account, "huaqiao-org", "demo");
    HttpResponse<byte[]> again = letters.post(account, "huaqiao-org", "demo");

    assertThat(refusal(opened)).startsWith("200").contains("\"userId\":\"huaqiao-gz" + worker.getId() + "\"", "待激活");
    assertThat(refusal(again)).isEqualTo(refusal(opened));
    assertThat(http.get(account, "huaqiao-org", "demo").body()).contains("PENDING");
    String code = letters.letter(worker.getId(), "huaqiao-org", "demo").code();
    assertThat(activate("huaqiao-gz" + worker.getId(), code, STRONG).statusCode()).isEqualTo(200);
    assertThat(http.get(account, "huaqiao-org", "demo").body()).contains("ACTIVE");
    assertThat(refusal(letters.post("/api/workers/" + demoWorker().getId() + "/account", "kfq-org", "demo")))
        .startsWith("409").contains("已有账号");
  }

  @Test
  void whenServiceEndsThePasswordTheCodeAndAnOpenSessionStopWorking() {
    Worker worker = hire("kfq", "离职人");
    String userId = "kfq-gz" + worker.getId();
    activate(userId, letters.letter(worker.getId(), "kfq-org", "demo").code(), STRONG);
    String unusedCode = letters.letter(worker.getId(), "kfq-org", "demo").code();
    Http session = new Http(port);
    assertThat(session.webappLogin("tasklist", userId, STRONG).statusCode()).isEqualTo(200);
    assertThat(session.webappGet("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);

    endService(worker);

    HttpResponse<String> refused = session.webappGet("/camunda/api/engine/engine/default/task/count");
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.body()).contains("账号已停用").doesNotContain("Exception");
    assertThat(session.webappGet("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(401);
    assertThat(http.get("/engine-rest/task/count", userId, STRONG).statusCode()).isEqualTo(401);
    assertThat(new Http(port).webappLogin("tasklist", userId, STRONG).statusCode()).isEqualTo(401);
    assertThat(activate(userId, unusedCode, "Comeback#2026c").body()).contains("已停用");
    assertThat(refusal(letters.post("/api/workers/" + worker.getId() + "/account/letter", "kfq-org", "demo")))
        .startsWith("409").contains("已停用");
    assertThat(trailEvents(worker)).contains("ACCESS_ENDED");
  }

  @Test
  void theDemoWorkersOwnUserClosesWithTheirServiceToo() {
    Worker worker = transaction.execute(status -> staffing.hire("旧账号人", "zhangpu", null, "站", "test"));
    // a user of its own, as the demo's and the test fixture's workers have
    Worker own = transaction.execute(status -> {
      Worker early = Worker.candidate("自带账号人", "zhangpu", "zhangpu-own-" + worker.getId(), now);
      early.startProbation();
      return workers.save(early);
    });
    var user = identity.newUser(own.getUserId());
    user.setFirstName("自带账号人");
    user.setPassword(STRONG);
    identity.saveUser(user);
    assertThat(http.get("/engine-rest/task/count", own.getUserId(), STRONG).statusCode()).isEqualTo(200);

    endService(own);

    assertThat(http.get("/engine-rest/task/count", own.getUserId(), STRONG).statusCode()).isEqualTo(401);
    assertThat(trailEvents(own)).contains("ACCESS_ENDED");
  }

  private void endService(Worker worker) {
    transaction.executeWithoutResult(status -> {
      Worker managed = workers.findById(worker.getId()).orElseThrow();
      managed.resign();
      departures.announce(managed, null);
    });
  }

  private Worker demoWorker() {
    return workers.findByUserId("kfq-worker").orElseThrow();
  }

  private Worker hire(String town, String name) {
    return transaction.execute(status -> staffing.hire(name, town, null, "测试区域党建工作站", "test"));
  }

  private HttpResponse<String> activate(String userId, String code, String password) {
    return http.postJson("/account/activate", null, null,
        "{\"userId\":\"" + userId + "\",\"code\":\"" + code + "\",\"password\":\"" + password + "\"}");
  }

  private static String refusal(HttpResponse<byte[]> response) {
    return response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8);
  }

  private List<String> trailEvents(Worker worker) {
    return transaction.execute(status -> trail.of(workers.findById(worker.getId()).orElseThrow()).stream()
        .map(TrailEntry::getEvent).toList());
  }

  private void later(Duration duration) {
    now = now.plus(duration);
    ClockUtil.setCurrentTime(Date.from(now));
  }
}
