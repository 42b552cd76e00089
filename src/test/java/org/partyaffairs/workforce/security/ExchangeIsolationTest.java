package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.partyaffairs.workforce.exchange.ExchangeFixtures;
import org.partyaffairs.workforce.post.Post;
import org.partyaffairs.workforce.post.PostRepository;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Town isolation of exchanges (000 第十二条): in {@code kfq} and {@code huaqiao} a worker's exchange
 * waits at the town committee's 说明交流理由. A worker's exchanges ({@code GET
 * /api/workers/{id}/exchanges}) are read under the worker's visibility — their town groups, the
 * city groups and the worker themself (proven: 200 naming the worker and the business key);
 * everyone else gets 404 in Chinese and nothing of the worker, and every other spelling of the path
 * (trailing slash, {@code //}, {@code %2F}, case, a matrix parameter, {@code ;jsessionid}) answers
 * 400–404 and nothing. Another town's committee neither sees the task nor completes it, and cannot
 * propose this town's worker (a clean 400 in Chinese from the town guard, nothing written).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeIsolationTest {

  private static final List<String> TOWNS = List.of("kfq", "huaqiao");
  private static final String DEMO = "demo";
  private static final String WORKER_PASSWORD = "test";

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired ExchangeFixtures fixtures;
  @Autowired PostRepository posts;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  private Http rest;
  private final Map<String, Worker> subjects = new HashMap<>();
  private final Map<String, Task> tasks = new HashMap<>();

  record Role(String name, String userId, String password) {
  }

  @BeforeAll
  void proposeAnExchangeInEachTown() {
    rest = new Http(port);
    for (String town : TOWNS) {
      Worker worker = people.activeWorker(town, town + "交流人");
      Post post = fixtures.vacantPost(town, town + "隔离测试交流站");
      ProcessInstance instance = forms.start("ExchangeProcess", town + "-committee",
          Map.of("workerId", worker.getId(), "postId", post.getId(), "reason", "工作需要"));
      subjects.put(town, worker);
      tasks.put(town, taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult());
    }
  }

  @TestFactory
  Stream<DynamicTest> exchangesShowOnlyUnderTheWorkersVisibility() {
    List<Role> readers = new ArrayList<>();
    for (String user : List.of("kfq-org", "kfq-committee", "huaqiao-org", "huaqiao-committee", "zhangpu-committee",
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
        List<String> paths = new ArrayList<>();
        paths.add("/api/workers/" + worker.getId() + "/exchanges");
        if (!insider) {
          for (PathVariant variant : PathVariant.values()) {
            if (variant != PathVariant.CANONICAL) {
              paths.add(variant.apply("/api/workers", "/" + worker.getId() + "/exchanges"));
            }
          }
          paths.add("/api/workers/" + worker.getId() + "/exchanges;jsessionid=0123456789ABCDEF");
        }
        for (String path : paths) {
          boolean canonical = path.equals(paths.get(0));
          cases.add(DynamicTest.dynamicTest(role.name() + " × " + town + " worker × exchanges × " + path, () -> {
            HttpResponse<String> response = rest.get(path, role.userId(), role.password());
            String answer = role.name() + " × " + path + ": " + response.statusCode() + " " + response.body();
            if (insider) {
              assertThat(response.statusCode()).as(answer).isEqualTo(200);
              assertThat(response.body()).as(answer).contains(worker.getName(), "\"businessKey\":\"EX-");
            } else if (canonical) {
              assertThat(response.statusCode()).as(answer).isEqualTo(404);
              assertThat(response.body()).as(answer).contains("不存在").doesNotContain(worker.getName(), "EX-");
            } else {
              assertThat(response.statusCode()).as(answer).isBetween(400, 404);
              assertThat(response.body()).as(answer).doesNotContain(worker.getName(), "EX-", "Exception");
            }
          }));
        }
      }
    }
    assertThat(cases).as("every reader meets each town's worker").hasSizeGreaterThan(readers.size() * 2);
    return cases.stream();
  }

  @Test
  void anotherTownsCommitteeNeitherSeesNorCompletesTheTask() {
    Task task = tasks.get("kfq");
    HttpResponse<String> own = rest.get("/engine-rest/task?firstResult=0&maxResults=10&processInstanceId=" + task.getProcessInstanceId(),
        "kfq-committee", DEMO);
    assertThat(own.body()).as(own.body()).contains(task.getId(), "说明交流理由：kfq交流人");

    HttpResponse<String> other = rest.get("/engine-rest/task?firstResult=0&maxResults=10&processInstanceId=" + task.getProcessInstanceId(),
        "huaqiao-committee", DEMO);
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(other.body()).isEqualTo("[]");
    HttpResponse<String> variables = rest.get("/engine-rest/task/" + task.getId() + "/form-variables",
        "huaqiao-committee", DEMO);
    assertThat(variables.statusCode()).as(variables.body()).isIn(403, 404);
    assertThat(variables.body()).doesNotContain("kfq交流人");
    HttpResponse<String> completed = rest.postJson("/engine-rest/task/" + task.getId() + "/submit-form",
        "huaqiao-committee", DEMO, "{\"variables\":{\"continuation\":{\"value\":\"WITHDRAW\"}}}");
    assertThat(completed.statusCode()).as(completed.body()).isIn(403, 404);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task is left as it was").isOne();
  }

  @Test
  void anotherTownsCommitteeCannotProposeThisTownsWorker() {
    Worker worker = subjects.get("kfq");
    Post post = fixtures.vacantPost("kfq", "kfq外镇提名站");
    long before = count();

    HttpResponse<String> response = rest.postJson("/engine-rest/process-definition/key/ExchangeProcess/submit-form",
        "huaqiao-committee", DEMO, "{\"variables\":{\"workerId\":{\"value\":" + worker.getId() + ",\"type\":\"Long\"},"
            + "\"postId\":{\"value\":" + post.getId() + ",\"type\":\"Long\"},\"reason\":{\"value\":\"挖人\"}}}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("您无权在其他区镇").doesNotContain("kfq交流人", "org.partyaffairs");
    assertThat(count()).isEqualTo(before);
    HttpResponse<String> townOrg = rest.postJson("/engine-rest/process-definition/key/ExchangeProcess/submit-form",
        "kfq-org", DEMO, "{\"variables\":{\"workerId\":{\"value\":" + worker.getId() + ",\"type\":\"Long\"},"
            + "\"postId\":{\"value\":" + post.getId() + ",\"type\":\"Long\"},\"reason\":{\"value\":\"工作需要\"}}}");
    assertThat(townOrg.statusCode()).as("only the town committee proposes: " + townOrg.body()).isEqualTo(403);
    assertThat(count()).isEqualTo(before);
  }

  private long count() {
    return jdbc.queryForObject("select count(*) from exchange_proposal", Long.class);
  }
}
