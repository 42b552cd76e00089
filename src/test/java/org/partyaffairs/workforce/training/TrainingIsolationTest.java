package org.partyaffairs.workforce.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyaffairs.workforce.training.Trainings.PASSWORD;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The training endpoints join the isolation matrix: every role against every endpoint, with a worker
 * of {@code kfq} and one of {@code huaqiao} on one training's list.
 * <ul>
 *   <li>Writes (register, record as JSON, upload a spreadsheet, download the template): the city
 *   office only — proven past the gate (201, 200, or the list's own 400); everyone else 403 in
 *   Chinese, nothing recorded.</li>
 *   <li>Reading a training: the towns' groups and the city, each seeing only the lines of their towns'
 *   workers; workers, leave approvers and administrators 403.</li>
 *   <li>A worker's trainings: whoever may read the worker (proven: 200 with the training); everyone
 *   else 404 naming nothing.</li>
 *   <li>Every endpoint in the other spellings of its path (trailing slash, {@code //}, {@code %2F},
 *   upper case, {@code ;jsessionid}): 4xx, nothing shown, nothing recorded.</li>
 * </ul>
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingIsolationTest {

  static final List<String> ROLES = List.of("kfq-org", "kfq-committee", "huaqiao-org", "huaqiao-committee",
      "zhangpu-org", "office", "committee", "admin", "kfq-worker", "kfq-leader", "kfq-sector");

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired TrainingResultRepository results;

  private final HttpClient client = HttpClient.newHttpClient();
  private Http http;
  private long training;
  private Worker kfq;
  private Worker huaqiao;

  enum Endpoint {
    REGISTER("POST", ""), LIST("GET", ""), READ("GET", "/{id}"), RECORD_JSON("POST", "/{id}/results"),
    UPLOAD("POST", "/{id}/results"), TEMPLATE("GET", "/{id}/results.xlsx"), WORKER("GET", "");

    final String method;
    final String suffix;

    Endpoint(String method, String suffix) {
      this.method = method;
      this.suffix = suffix;
    }

    boolean writes() {
      return this == REGISTER || this == RECORD_JSON || this == UPLOAD || this == TEMPLATE;
    }
  }

  /** The spellings of a path under {@code /api}: the canonical one first. */
  enum Spelling {
    CANONICAL(path -> path),
    TRAILING_SLASH(path -> path + "/"),
    DOUBLE_SLASH(path -> path.replaceFirst("/api/", "/api//")),
    ENCODED_SLASH(path -> path.replaceFirst("^/api/", "/api%2F")),
    UPPER_CASE(path -> path.replace("/api/trainings", "/api/TRAININGS").replace("/api/workers", "/api/WORKERS")),
    SESSION_ID(path -> path + ";jsessionid=" + UUID.randomUUID().toString().replace("-", ""));

    final UnaryOperator<String> spell;

    Spelling(UnaryOperator<String> spell) {
      this.spell = spell;
    }
  }

  @BeforeAll
  void aTrainingWithAWorkerOfEachOfTwoTowns() {
    http = new Http(port);
    Trainings trainings = new Trainings(http);
    training = trainings.prePost();
    kfq = people.activeWorker("kfq", "隔离开发区学员");
    huaqiao = people.activeWorker("huaqiao", "隔离花桥学员");
    HttpResponse<String> recorded = http.postJson("/api/trainings/" + training + "/results", "office", PASSWORD, "["
        + TrainingUploadTest.line(kfq, true, "80") + ", " + TrainingUploadTest.line(huaqiao, true, "70") + "]");
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
  }

  @TestFactory
  Stream<DynamicTest> onlyTheCityOfficeWritesAndEachTownReadsOnlyItsOwnWorkers() {
    List<DynamicTest> cases = new ArrayList<>();
    for (String role : ROLES) {
      for (Endpoint endpoint : Endpoint.values()) {
        for (Worker subject : endpoint == Endpoint.WORKER ? List.of(kfq, huaqiao) : List.of(kfq)) {
          for (Spelling spelling : Spelling.values()) {
            cases.add(DynamicTest.dynamicTest(role + " × " + endpoint + (endpoint == Endpoint.WORKER ? " of "
                + subject.getTownCode() : "") + " × " + spelling, () -> check(role, endpoint, subject, spelling)));
          }
        }
      }
    }
    return cases.stream();
  }

  private void check(String role, Endpoint endpoint, Worker subject, Spelling spelling) {
    long recordedBefore = results.count();
    String canonical = endpoint == Endpoint.WORKER ? "/api/workers/" + subject.getId() + "/trainings"
        : "/api/trainings" + endpoint.suffix.replace("{id}", Long.toString(training));
    HttpResponse<String> response = send(role, endpoint, spelling.spell.apply(canonical));
    String answer = role + " " + endpoint.method + " " + spelling.spell.apply(canonical) + ": " + response.statusCode()
        + " " + response.body();
    assertThat(response.statusCode()).as(answer).isLessThan(500);
    assertThat(response.body()).as(answer).doesNotContain("Exception", "org.partyaffairs");
    if (endpoint != Endpoint.REGISTER) {
      assertThat(results.count()).as("nothing recorded: " + answer).isEqualTo(recordedBefore);
    }
    if (spelling != Spelling.CANONICAL) {
      assertThat(response.statusCode()).as(answer).isBetween(400, 405);
      assertThat(response.body()).as(answer).doesNotContain(kfq.getName(), huaqiao.getName(), "PK");
      return;
    }
    boolean office = role.equals("office");
    boolean city = office || role.equals("committee");
    boolean townOf = role.startsWith(subject.getTownCode() + "-") && (role.endsWith("-org") || role.endsWith("-committee"));
    boolean townReader = city || role.endsWith("-org") || role.endsWith("-committee");
    switch (endpoint) {
      case REGISTER, RECORD_JSON, UPLOAD, TEMPLATE -> {
        if (office) {
          assertThat(response.statusCode()).as(answer).isEqualTo(switch (endpoint) {
            case REGISTER -> 201;
            case TEMPLATE -> 200;
            default -> 400; // past the gate: the list's own refusal (a worker already on it, an unreadable file)
          });
        } else {
          Trainings.assertRefused(response, 403, "只有市委“两新”工委办公室可以登记培训和培训结果");
        }
      }
      case LIST, READ -> {
        if (townReader) {
          assertThat(response.statusCode()).as(answer).isEqualTo(200);
          if (endpoint == Endpoint.READ) {
            boolean seesKfq = city || role.startsWith("kfq-");
            boolean seesHuaqiao = city || role.startsWith("huaqiao-");
            assertThat(response.body().contains(kfq.getName())).as(answer).isEqualTo(seesKfq);
            assertThat(response.body().contains(huaqiao.getName())).as(answer).isEqualTo(seesHuaqiao);
          }
        } else {
          Trainings.assertRefused(response, 403, "只有区镇组织部门、区镇党（工）委和市委“两新”工委可以查看培训");
        }
      }
      case WORKER -> {
        if (role.equals("admin")) {
          return; // no rule of this capability's own; answered without a failure (above)
        }
        if (city || townOf) {
          assertThat(response.statusCode()).as(answer).isEqualTo(200);
          assertThat(response.body()).as(answer).contains(subject.getName(), "任前培训");
        } else {
          Trainings.assertRefused(response, 404, "不存在");
          assertThat(response.body()).as(answer).doesNotContain(subject.getName());
        }
      }
      default -> throw new IllegalStateException();
    }
  }

  private HttpResponse<String> send(String role, Endpoint endpoint, String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((role + ":" + PASSWORD)
            .getBytes(StandardCharsets.UTF_8)));
    switch (endpoint) {
      case REGISTER -> request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
          "{\"kind\": \"REGULAR\", \"title\": \"矩阵学习交流\", \"startsOn\": \"2026-04-01\", \"endsOn\": \"2026-04-01\","
              + " \"organiser\": \"市委“两新”工委办公室\"}", StandardCharsets.UTF_8));
      // A list the gate must stop: were it let through, the huaqiao line would be refused as already listed,
      // the new kfq one not; so only the office's answer reaches the list's own 400.
      case RECORD_JSON -> request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
          "[" + TrainingUploadTest.line(kfq, true, "90") + "]", StandardCharsets.UTF_8));
      case UPLOAD -> request.header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
          .POST(HttpRequest.BodyPublishers.ofByteArray("not a workbook".getBytes(StandardCharsets.UTF_8)));
      default -> request.GET();
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
