package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.partyaffairs.workforce.points.PointsFixtures;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Town isolation of the points ledger (004 附件1): in {@code kfq} and {@code huaqiao} a worker has a
 * ledger line. A ledger ({@code GET /api/points/workers/{id}/ledgers/{year}}) is read under the
 * worker's visibility — their town groups, the city groups and the worker himself (proven: 200 naming
 * the worker and the line); everyone else gets 404 in Chinese and nothing of the worker, under every
 * other spelling of the path too. Recording, correcting and publishing for another town answer 404
 * and write nothing; a worker sees only his own ledger and claims only for himself; a claim's check
 * task is offered to his own town's department alone.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PointsIsolationTest {

  private static final List<String> TOWNS = List.of("kfq", "huaqiao");
  private static final String DEMO = "demo";
  private static final String WORKER_PASSWORD = "test";

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired PointsFixtures points;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  private Http rest;
  private final Map<String, Worker> subjects = new HashMap<>();
  private final int year = LocalDate.now().getYear();

  record Role(String name, String userId, String password) {
  }

  @BeforeAll
  void recordALineInEachTown() {
    rest = new Http(port);
    for (String town : TOWNS) {
      Worker worker = people.activeWorker(town, town + "积分人");
      points.record(worker.getId(), town, 12, 1, null, LocalDate.now().withDayOfMonth(1));
      subjects.put(town, worker);
    }
  }

  @TestFactory
  Stream<DynamicTest> aLedgerShowsOnlyUnderTheWorkersVisibility() {
    List<Role> readers = new ArrayList<>();
    for (String user : List.of("kfq-org", "kfq-committee", "huaqiao-org", "huaqiao-committee", "zhangpu-org",
        "office", "committee", "kfq-worker", "kfq-leader")) {
      readers.add(new Role(user, user, DEMO));
    }
    subjects.forEach((town, worker) -> readers.add(new Role(town + "-subject", worker.getUserId(), WORKER_PASSWORD)));
    List<DynamicTest> cases = new ArrayList<>();
    for (Role role : readers) {
      for (Map.Entry<String, Worker> subject : subjects.entrySet()) {
        String town = subject.getKey();
        Worker worker = subject.getValue();
        boolean insider = role.userId().equals(worker.getUserId()) || role.name().equals(town + "-org")
            || role.name().equals(town + "-committee") || role.name().equals("office") || role.name().equals("committee");
        String tail = "/workers/" + worker.getId() + "/ledgers/" + year;
        List<String> paths = new ArrayList<>();
        paths.add("/api/points" + tail);
        if (!insider) {
          for (PathVariant variant : PathVariant.values()) {
            if (variant != PathVariant.CANONICAL) {
              paths.add(variant.apply("/api/points", tail));
            }
          }
        }
        for (String path : paths) {
          boolean canonical = path.equals(paths.get(0));
          cases.add(DynamicTest.dynamicTest(role.name() + " × " + town + " ledger × " + path, () -> {
            HttpResponse<String> response = rest.get(path, role.userId(), role.password());
            String answer = role.name() + " × " + path + ": " + response.statusCode() + " " + response.body();
            if (insider) {
              assertThat(response.statusCode()).as(answer).isEqualTo(200);
              assertThat(response.body()).as(answer).contains(worker.getName(), "第12项 ×1", "总分 103");
            } else if (canonical) {
              assertThat(response.statusCode()).as(answer).isEqualTo(404);
              assertThat(response.body()).as(answer).contains("不存在").doesNotContain(worker.getName(), "第12项");
            } else {
              assertThat(response.statusCode()).as(answer).isBetween(400, 404);
              assertThat(response.body()).as(answer).doesNotContain(worker.getName(), "第12项", "Exception");
            }
          }));
        }
      }
    }
    assertThat(cases).as("every reader meets each town's worker").hasSizeGreaterThan(readers.size() * 2);
    return cases.stream();
  }

  @Test
  void anotherTownNeitherRecordsNorCorrectsNorPublishesAndNothingIsWritten() {
    Worker worker = subjects.get("kfq");
    long before = lines();
    String line = "{\"item\":17,\"count\":1,\"occurredOn\":\"" + LocalDate.now().withDayOfMonth(1)
        + "\",\"evidence\":\"材料\"}";

    for (String user : List.of("huaqiao-org", "huaqiao-committee", "kfq-worker")) {
      HttpResponse<String> recorded = rest.postJson("/api/points/workers/" + worker.getId() + "/lines", user, DEMO, line);
      assertThat(recorded.statusCode()).as(user + ": " + recorded.body()).isEqualTo(404);
      assertThat(recorded.body()).contains("不存在").doesNotContain(worker.getName(), "Exception");
      HttpResponse<String> corrected = rest.postJson("/api/points/workers/" + worker.getId() + "/ledgers/" + year
          + "/corrections", user, DEMO, "{\"line\":\"13 1 city\",\"reason\":\"补记\"}");
      assertThat(corrected.statusCode()).as(user + ": " + corrected.body()).isEqualTo(404);
      HttpResponse<String> published = rest.postJson("/api/points/publications/" + (year - 1) + "Q4/towns/kfq", user,
          DEMO, "{}");
      assertThat(published.statusCode()).as(user + ": " + published.body()).isEqualTo(404);
      assertThat(published.body()).doesNotContain("Exception");
    }
    HttpResponse<String> committee = rest.postJson("/api/points/workers/" + worker.getId() + "/lines", "kfq-committee",
        DEMO, line);
    assertThat(committee.statusCode()).as(committee.body()).isEqualTo(400);
    assertThat(committee.body()).contains("积分台账由工作者所在区镇组织部门登记");
    HttpResponse<String> himself = rest.postJson("/api/points/workers/" + worker.getId() + "/lines",
        worker.getUserId(), WORKER_PASSWORD, line);
    assertThat(himself.statusCode()).as("a worker does not record his own lines: " + himself.body()).isEqualTo(400);
    assertThat(lines()).isEqualTo(before);
  }

  @Test
  void aWorkersClaimOverTheApiIsCheckedByHisOwnTownOnly() {
    Worker worker = subjects.get("huaqiao");
    long before = lines();
    String claim = "{\"item\":14,\"count\":1,\"occurredOn\":\"" + LocalDate.now().withDayOfMonth(1)
        + "\",\"witnesses\":[\"huaqiao-worker\",\"%s\"]}";

    HttpResponse<String> foreignWitness = rest.postJson("/api/points/claims", worker.getUserId(), WORKER_PASSWORD,
        claim.formatted("kfq-worker"));
    assertThat(foreignWitness.statusCode()).as(foreignWitness.body()).isEqualTo(400);
    assertThat(foreignWitness.body()).contains("证明人「kfq-worker」不是本区镇的用户").doesNotContain("Exception");
    HttpResponse<String> byOrg = rest.postJson("/api/points/claims", "huaqiao-org", DEMO, claim.formatted("huaqiao-worker2"));
    assertThat(byOrg.statusCode()).as(byOrg.body()).isEqualTo(400);
    assertThat(byOrg.body()).contains("只有在职的工作者本人可以申报加分");
    assertThat(lines()).isEqualTo(before);

    HttpResponse<String> claimed = rest.postJson("/api/points/claims", worker.getUserId(), WORKER_PASSWORD,
        claim.formatted("huaqiao-worker2"));
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(201);
    assertThat(claimed.body()).contains("\"state\":\"PROPOSED\"", "\"stateLabel\":\"待审核\"");
    String instance = claimed.body().replaceAll(".*\"processInstanceId\":\"([^\"]+)\".*", "$1");
    Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(task.getName()).isEqualTo("审核加分申报：huaqiao积分人（花桥经济开发区，第14项 ×1）");
    HttpResponse<String> own = rest.get("/engine-rest/task?firstResult=0&maxResults=10&processInstanceId=" + instance, "huaqiao-org", DEMO);
    assertThat(own.body()).contains(task.getId());
    HttpResponse<String> other = rest.get("/engine-rest/task?firstResult=0&maxResults=10&processInstanceId=" + instance, "kfq-org", DEMO);
    assertThat(other.body()).isEqualTo("[]");
    HttpResponse<String> completed = rest.postJson("/engine-rest/task/" + task.getId() + "/submit-form", "kfq-org",
        DEMO, "{\"variables\":{\"decision\":{\"value\":\"ACCEPT\"}}}");
    assertThat(completed.statusCode()).as(completed.body()).isIn(403, 404);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task is left as it was").isOne();
  }

  private long lines() {
    return jdbc.queryForObject("select count(*) from points_entry", Long.class);
  }
}
