package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.partyaffairs.workforce.post.Staffing;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Workers' accounts (issue 25) join the isolation matrix, a kin of {@link IsolationMatrixTest}:
 * every role against a newly hired worker of {@code kfq} and of {@code huaqiao}, reading the
 * account, opening it and printing the 账号开通通知书 with a fresh code, over the product API; a town
 * outsider and a worker also in every other spelling of the paths ({@link PathVariant}).
 * <ul>
 *   <li>Reading: whoever may read the worker (the town's groups, the city groups, the worker
 *   themself) gets the account (proven: 200 naming the user id); everyone else 404 with nothing of it.</li>
 *   <li>Opening and printing: the worker's own town organisation department only (proven: 200, and the
 *   letter is a PDF); the other readers 403 in Chinese; everyone else 404; no letter is issued but
 *   the department's.</li>
 * </ul>
 * And the one path open without a login, {@code /account/activate}: in every spelling but its own it
 * activates nothing, and no path through it reaches anything else.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountIsolationMatrixTest {

  private static final List<String> TOWNS = List.of("kfq", "huaqiao");
  private static final String DEMO_PASSWORD = "demo";
  private static final String STRONG = "Matrix#2026x";

  @LocalServerPort int port;
  @Autowired Staffing staffing;
  @Autowired IdentityService identity;
  @Autowired TransactionTemplate transaction;

  private final HttpClient client = HttpClient.newHttpClient();
  private final Map<String, Worker> hired = new LinkedHashMap<>();
  private final List<Role> roles = new ArrayList<>();

  record Role(String name, String userId, String password, Set<String> groups) {
  }

  @BeforeAll
  void hireInEachTown() {
    for (String town : TOWNS) {
      hired.put(town, transaction.execute(status -> staffing.hire("矩阵" + town + "工作者", town, null, "矩阵站", "test")));
    }
    for (String user : List.of("kfq-org", "kfq-committee", "huaqiao-org", "huaqiao-committee", "zhangpu-org", "office",
        "committee", "admin", "kfq-worker", "huaqiao-worker")) {
      roles.add(role(user, user, DEMO_PASSWORD));
    }
    // The kfq worker themself, once their account is active.
    Worker own = hired.get("kfq");
    String userId = "kfq-gz" + own.getId();
    HttpResponse<byte[]> letter = send("POST", "/api/workers/" + own.getId() + "/account/letter", "kfq-org", DEMO_PASSWORD,
        null);
    String code = org.partyaffairs.workforce.account.AccountLetters.codeIn(letter.body());
    assertThat(send("POST", "/account/activate", null, null, activation(userId, code)).statusCode()).isEqualTo(200);
    roles.add(role("kfq-worker-themself", userId, STRONG));
  }

  @TestFactory
  Stream<DynamicTest> accountsAndLettersOnlyForTheWorkersOwnTownOrganisationDepartment() {
    List<DynamicTest> cases = new ArrayList<>();
    for (Role role : roles) {
      for (Map.Entry<String, Worker> subject : hired.entrySet()) {
        String town = subject.getKey();
        Worker worker = subject.getValue();
        boolean admin = role.groups().contains(Groups.ADMINS);
        boolean themself = role.userId().equals(town + "-gz" + worker.getId());
        boolean reader = themself || role.groups().contains(Groups.townOrg(town))
            || role.groups().contains(Groups.townCommittee(town)) || role.groups().contains(Groups.CITY_OFFICE)
            || role.groups().contains(Groups.CITY_COMMITTEE);
        boolean townOrg = role.groups().contains(Groups.townOrg(town));
        boolean variants = !reader && !admin && (role.name().equals("huaqiao-org") || role.name().equals("kfq-worker"))
            || role.name().equals("kfq-org") && town.equals("kfq");
        for (Endpoint endpoint : Endpoint.values()) {
          for (PathVariant variant : PathVariant.values()) {
            if (variant != PathVariant.CANONICAL && (!variants || reader && !variant.acceptedForApi())) {
              continue;
            }
            String path = variant.apply("/api/workers", "/" + worker.getId() + endpoint.suffix);
            cases.add(DynamicTest.dynamicTest(role.name() + " × " + town + " worker × " + endpoint.label + " × product API"
                + (variant == PathVariant.CANONICAL ? "" : " × " + variant.label),
                () -> check(role, worker, town, endpoint, path, variant, reader, townOrg, admin)));
          }
        }
      }
    }
    assertThat(cases).hasSizeGreaterThan(roles.size() * 2 * Endpoint.values().length);
    return cases.stream();
  }

  private void check(Role role, Worker worker, String town, Endpoint endpoint, String path, PathVariant variant,
      boolean reader, boolean townOrg, boolean admin) {
    HttpResponse<byte[]> response = send(endpoint.method, path, role.userId(), role.password(), null);
    String type = response.headers().firstValue("Content-Type").orElse("");
    String body = type.startsWith("application/pdf") ? "(pdf)" : new String(response.body(), StandardCharsets.UTF_8);
    String answer = role.name() + " " + endpoint.method + " " + path + ": " + response.statusCode() + " " + body;
    String userId = town + "-gz" + worker.getId();
    boolean allowed = endpoint == Endpoint.READ ? reader : townOrg;
    if (variant != PathVariant.CANONICAL) {
      assertThat(response.statusCode()).as(answer).isBetween(400, 405);
      assertThat(body).as(answer).doesNotContain(userId, worker.getName(), "(pdf)");
    } else if (admin) {
      assertThat(response.statusCode()).as("no rule, but no failure: " + answer).isLessThan(500);
      assertThat(body).as(answer).isNotEqualTo("(pdf)");
    } else if (allowed) {
      assertThat(response.statusCode()).as(answer).isEqualTo(200);
      if (endpoint == Endpoint.LETTER) {
        assertThat(body).as(answer).isEqualTo("(pdf)");
      } else {
        assertThat(body).as(answer).contains("\"userId\":\"" + userId + "\"");
      }
    } else if (reader) {
      assertThat(response.statusCode()).as(answer).isEqualTo(403);
      assertThat(body).as(answer).contains("只有工作者所在区镇的组织部门").doesNotContain("Exception");
    } else {
      assertThat(response.statusCode()).as(answer).isEqualTo(404);
      assertThat(body).as(answer).contains("不存在").doesNotContain(userId, worker.getName());
    }
  }

  /**
   * The open path in its other spellings: none activates the account (the code stays good for the
   * canonical path, which then works), and none of the paths through it reaches the product API or
   * the engine's without a login.
   */
  @TestFactory
  Stream<DynamicTest> theOpenActivationPathOpensNothingElseInAnySpelling() {
    Worker worker = hired.get("huaqiao");
    String userId = "huaqiao-gz" + worker.getId();
    HttpResponse<byte[]> letter = send("POST", "/api/workers/" + worker.getId() + "/account/letter", "huaqiao-org",
        DEMO_PASSWORD, null);
    String code = org.partyaffairs.workforce.account.AccountLetters.codeIn(letter.body());
    List<DynamicTest> cases = new ArrayList<>();
    for (String variant : List.of("/account/activate;x=1", "/account;x=1/activate", "/account/%61ctivate",
        "/account%2Factivate", "//account/activate", "/account//activate", "/account/activate/", "/ACCOUNT/activate",
        "/account/Activate", "/account/./activate", "/account/x/../activate", "/account\\activate")) {
      cases.add(DynamicTest.dynamicTest("POST " + variant + " activates nothing", () -> {
        HttpResponse<byte[]> response = sendRaw("POST", variant, activation(userId, code));
        String answer = variant + ": " + response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as(answer).isBetween(400, 405);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(answer).doesNotContain("已激活", "Exception");
      }));
    }
    for (String through : List.of("/account/../api/workers", "/account/..;/api/workers", "/account/activate/../../api/workers",
        "/account/%2e%2e/api/workers", "/account/../engine-rest/task", "/account/../camunda/api/engine/engine/default/task",
        "/account/activate/../../engine-rest/user")) {
      cases.add(DynamicTest.dynamicTest("GET " + through + " shows nothing without a login", () -> {
        HttpResponse<byte[]> response = sendRaw("GET", through, null);
        String text = new String(response.body(), StandardCharsets.UTF_8);
        String answer = through + ": " + response.statusCode() + " " + text;
        assertThat(response.statusCode()).as(answer).isBetween(400, 404);
        assertThat(text).as(answer).doesNotContain("\"name\"", "\"id\"", "矩阵");
      }));
    }
    cases.add(DynamicTest.dynamicTest("the page itself is open and in Chinese", () -> {
      HttpResponse<byte[]> page = sendRaw("GET", "/account/activate", null);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("激活账号", "激活码");
    }));
    cases.add(DynamicTest.dynamicTest("after every spelling the canonical path still activates with the code", () -> {
      HttpResponse<byte[]> response = send("POST", "/account/activate", null, null, activation(userId, code));
      assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    }));
    return cases.stream();
  }

  enum Endpoint {
    READ("GET", "/account", "read the account"),
    OPEN("POST", "/account", "open the account"),
    LETTER("POST", "/account/letter", "print the letter with a new code");

    final String method;
    final String suffix;
    final String label;

    Endpoint(String method, String suffix, String label) {
      this.method = method;
      this.suffix = suffix;
      this.label = label;
    }
  }

  private static String activation(String userId, String code) {
    return "{\"userId\":\"" + userId + "\",\"code\":\"" + code + "\",\"password\":\"" + STRONG + "\"}";
  }

  private Role role(String name, String userId, String password) {
    Set<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .collect(Collectors.toSet());
    return new Role(name, userId, password, groups);
  }

  private HttpResponse<byte[]> send(String method, String path, String user, String password, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The path exactly as written, past Java's URI normalisation, over a plain socket. */
  private HttpResponse<byte[]> sendRaw(String method, String path, String json) {
    return org.partyaffairs.workforce.support.RawHttp.send(port, method, path, json);
  }
}
