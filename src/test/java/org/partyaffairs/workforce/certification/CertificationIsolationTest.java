package org.partyaffairs.workforce.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.partyaffairs.workforce.rules.facts.CertificationLevel;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The certification endpoints join the isolation matrix: every role against every endpoint, with a
 * certified worker of {@code kfq} and one of {@code huaqiao}.
 * <ul>
 *   <li>Opening a round and the 红领津贴 list (start, JSON, XLSX): the city office only — proven past the
 *   gate (200, or the request's own 400 for a round or a year the gate must not let anybody else
 *   reach); everyone else 403 in Chinese, nothing started.</li>
 *   <li>A worker's certification and certificate PDF: whoever may read the worker (proven: 200 with the
 *   certificate); everyone else 404 naming nothing.</li>
 *   <li>Every endpoint in the other spellings of its path: 4xx, nothing shown, nothing started.</li>
 * </ul>
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificationIsolationTest {

  static final String PASSWORD = "demo";
  static final int LIST_YEAR = 2002;
  static final List<String> ROLES = List.of("kfq-org", "kfq-committee", "huaqiao-org", "huaqiao-committee",
      "zhangpu-org", "office", "committee", "admin", "kfq-worker", "kfq-leader", "kfq-sector");

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired CertificationFixtures fixtures;
  @Autowired CertificationRoundRepository rounds;
  @Autowired AllowanceListRepository lists;

  private final HttpClient client = HttpClient.newHttpClient();
  private Worker kfq;
  private Worker huaqiao;

  enum Endpoint {
    OPEN_ROUND("POST"), WORKER("GET"), CERTIFICATE_PDF("GET"), START_ALLOWANCES("POST"), ALLOWANCES("GET"),
    ALLOWANCES_XLSX("GET");

    final String method;

    Endpoint(String method) {
      this.method = method;
    }
  }

  enum Spelling {
    CANONICAL(path -> path),
    TRAILING_SLASH(path -> path + "/"),
    DOUBLE_SLASH(path -> path.replaceFirst("/api/", "/api//")),
    ENCODED_SLASH(path -> path.replaceFirst("^/api/", "/api%2F")),
    UPPER_CASE(path -> path.replace("/api/", "/API/")),
    SESSION_ID(path -> path + ";jsessionid=" + UUID.randomUUID().toString().replace("-", ""));

    final UnaryOperator<String> spell;

    Spelling(UnaryOperator<String> spell) {
      this.spell = spell;
    }
  }

  @BeforeAll
  void aCertifiedWorkerInEachOfTwoTownsAndTheListOf2002() {
    kfq = people.activeWorker("kfq", "隔离持证开发区");
    huaqiao = people.activeWorker("huaqiao", "隔离持证花桥");
    fixtures.certificate(kfq, CertificationLevel.PRIMARY, LocalDate.of(2002, 5, 1));
    fixtures.certificate(huaqiao, CertificationLevel.SENIOR, LocalDate.of(2002, 5, 1));
    HttpResponse<String> started = new Http(port).postJson("/api/red-collar-allowances/" + LIST_YEAR, "office", PASSWORD,
        "{}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
  }

  @TestFactory
  Stream<DynamicTest> onlyTheCityOfficeRunsTheRoundAndTheListAndEachTownReadsOnlyItsOwnWorkers() {
    List<DynamicTest> cases = new ArrayList<>();
    for (String role : ROLES) {
      for (Endpoint endpoint : Endpoint.values()) {
        boolean ofWorker = endpoint == Endpoint.WORKER || endpoint == Endpoint.CERTIFICATE_PDF;
        for (Worker subject : ofWorker ? List.of(kfq, huaqiao) : List.of(kfq)) {
          for (Spelling spelling : Spelling.values()) {
            cases.add(DynamicTest.dynamicTest(role + " × " + endpoint + (ofWorker ? " of " + subject.getTownCode() : "")
                + " × " + spelling, () -> check(role, endpoint, subject, spelling)));
          }
        }
      }
    }
    return cases.stream();
  }

  private void check(String role, Endpoint endpoint, Worker subject, Spelling spelling) {
    long roundsBefore = rounds.count();
    long listsBefore = lists.count();
    String canonical = switch (endpoint) {
      case OPEN_ROUND -> "/api/certification-rounds";
      case WORKER -> "/api/workers/" + subject.getId() + "/certification";
      case CERTIFICATE_PDF -> "/api/workers/" + subject.getId() + "/certificate.pdf";
      case START_ALLOWANCES -> "/api/red-collar-allowances/2999";
      case ALLOWANCES -> "/api/red-collar-allowances/" + LIST_YEAR;
      case ALLOWANCES_XLSX -> "/api/red-collar-allowances/" + LIST_YEAR + ".xlsx";
    };
    String path = spelling.spell.apply(canonical);
    HttpResponse<byte[]> response = send(role, endpoint, path);
    String body = new String(response.body(), StandardCharsets.UTF_8);
    String answer = role + " " + endpoint.method + " " + path + ": " + response.statusCode() + " "
        + (body.startsWith("PK") || body.startsWith("%PDF") ? "(file)" : body);
    assertThat(response.statusCode()).as(answer).isLessThan(500);
    assertThat(body).as(answer).doesNotContain("Exception", "org.partyaffairs");
    assertThat(rounds.count()).as("no round opened: " + answer).isEqualTo(roundsBefore);
    assertThat(lists.count()).as("no list compiled: " + answer).isEqualTo(listsBefore);
    if (spelling != Spelling.CANONICAL) {
      assertThat(response.statusCode()).as(answer).isBetween(400, 405);
      assertThat(body).as(answer).doesNotContain(kfq.getName(), huaqiao.getName()).doesNotStartWith("PK")
          .doesNotStartWith("%PDF");
      return;
    }
    boolean office = role.equals("office");
    boolean city = office || role.equals("committee");
    boolean townOf = role.startsWith(subject.getTownCode() + "-") && (role.endsWith("-org") || role.endsWith("-committee"));
    switch (endpoint) {
      case OPEN_ROUND, START_ALLOWANCES -> {
        if (office) {
          assertThat(response.statusCode()).as("past the gate: the request's own refusal, " + answer).isEqualTo(400);
        } else {
          refused(response, body, answer);
        }
      }
      case ALLOWANCES, ALLOWANCES_XLSX -> {
        if (office) {
          assertThat(response.statusCode()).as(answer).isEqualTo(200);
          if (endpoint == Endpoint.ALLOWANCES) {
            assertThat(body).as(answer).contains(kfq.getName(), huaqiao.getName());
          } else {
            assertThat(body).as(answer).startsWith("PK");
          }
        } else {
          refused(response, body, answer);
        }
      }
      case WORKER, CERTIFICATE_PDF -> {
        if (role.equals("admin")) {
          return; // no rule of this capability's own; answered without a failure (above)
        }
        if (city || townOf) {
          assertThat(response.statusCode()).as(answer).isEqualTo(200);
          if (endpoint == Endpoint.WORKER) {
            assertThat(body).as(answer).contains(subject.getName(), "两新认证");
          } else {
            assertThat(body).as(answer).startsWith("%PDF");
          }
        } else {
          assertThat(response.statusCode()).as(answer).isEqualTo(404);
          assertThat(body).as(answer).contains("不存在").doesNotContain(subject.getName());
        }
      }
      default -> throw new IllegalStateException();
    }
  }

  private static void refused(HttpResponse<byte[]> response, String body, String answer) {
    assertThat(response.statusCode()).as(answer).isEqualTo(403);
    assertThat(body).as(answer).contains("只有市委“两新”工委办公室");
  }

  private HttpResponse<byte[]> send(String role, Endpoint endpoint, String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((role + ":" + PASSWORD)
            .getBytes(StandardCharsets.UTF_8)));
    switch (endpoint) {
      // A deadline in the past: the office's answer is the round's own 400, and nothing starts.
      case OPEN_ROUND -> request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
          "{\"year\": 2026, \"deadline\": \"2000-01-01\"}", StandardCharsets.UTF_8));
      case START_ALLOWANCES -> request.POST(HttpRequest.BodyPublishers.noBody());
      default -> request.GET();
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
