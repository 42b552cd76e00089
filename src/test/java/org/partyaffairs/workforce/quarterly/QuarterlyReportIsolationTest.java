package org.partyaffairs.workforce.quarterly;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
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
 * The quarterly reports' endpoints join the isolation matrix: every role against starting a quarter
 * in a town ({@code POST /api/quarterly-reports/{quarter}/towns/{town}}: the city office and the
 * administrator only, everyone else 403 in Chinese) and reading a kfq worker's reports ({@code GET
 * /api/workers/{id}/quarterly-reports}: the worker themself, kfq's groups and the city groups; anyone
 * else 404 with nothing of it); and every other spelling of both paths (a trailing slash, {@code //},
 * {@code %2F}, another case, {@code ;jsessionid}) refused with a 4xx that starts nothing and shows
 * nothing, for the roles allowed and refused alike. The spellings run first, so that "started
 * nothing" is measured on a town where nothing was started yet (周庄镇, which no other test uses).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuarterlyReportIsolationTest {

  private static final String TOWN = "zhouzhuang";
  private static final String QUARTER = "2026Q1"; // begun whatever today is: the tests run after it
  private static final String START = "/api/quarterly-reports/" + QUARTER + "/towns/" + TOWN;

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired QuarterlyReportRepository reports;

  private Http http;
  private Worker kfqWorker;
  private final List<Role> roles = new ArrayList<>();

  record Role(String name, String userId, String password, boolean mayStart, boolean mayRead) {
  }

  @BeforeAll
  void workersInKfqAndZhouzhuang() {
    http = new Http(port);
    kfqWorker = people.activeWorker("kfq", "矩阵季度");
    people.activeWorker(TOWN, "周庄季度");
    for (String user : List.of("kfq-org", "kfq-committee")) {
      roles.add(new Role(user, user, "demo", false, true));
    }
    for (String user : List.of("huaqiao-org", "huaqiao-committee", "zhangpu-org", "kfq-worker", "huaqiao-worker")) {
      roles.add(new Role(user, user, "demo", false, false));
    }
    roles.add(new Role("committee", "committee", "demo", false, true));
    roles.add(new Role("office", "office", "demo", true, true));
    roles.add(new Role("admin", "admin", "demo", true, false));
    roles.add(new Role("the worker themself", kfqWorker.getUserId(), "test", false, true));
  }

  @TestFactory
  Stream<DynamicTest> startingIsTheCityOfficesAndReadingFollowsTheWorkersVisibility() {
    String read = "/api/workers/" + kfqWorker.getId() + "/quarterly-reports";
    List<DynamicTest> spellings = new ArrayList<>();
    List<DynamicTest> canonical = new ArrayList<>();
    for (Role role : roles) {
      for (String path : spellings(START)) {
        spellings.add(DynamicTest.dynamicTest(role.name() + " POST " + path, () -> refusedSpelling(role, "POST", path)));
      }
      for (String path : spellings(read)) {
        spellings.add(DynamicTest.dynamicTest(role.name() + " GET " + path, () -> refusedSpelling(role, "GET", path)));
      }
      canonical.add(DynamicTest.dynamicTest(role.name() + " POST " + START, () -> start(role)));
      canonical.add(DynamicTest.dynamicTest(role.name() + " GET " + read, () -> read(role, read)));
    }
    return Stream.concat(spellings.stream(), canonical.stream());
  }

  private void refusedSpelling(Role role, String method, String path) {
    HttpResponse<String> response = http.send(method, path, role.userId(), role.password(), null);
    String answer = role.name() + " " + method + " " + path + ": " + response.statusCode() + " " + response.body();
    assertThat(response.statusCode()).as(answer).isBetween(400, 405);
    assertThat(response.body()).as(answer).doesNotContain("Exception", "矩阵季度", "\"started\"");
    assertThat(reportsInTown()).as("nothing started by " + answer).isZero();
  }

  private void start(Role role) {
    HttpResponse<String> response = http.send("POST", START, role.userId(), role.password(), null);
    String answer = role.name() + ": " + response.statusCode() + " " + response.body();
    if (role.mayStart()) {
      assertThat(response.statusCode()).as(answer).isEqualTo(200);
      assertThat(response.body()).as(answer).contains("\"quarter\":\"2026Q1\"", "周庄镇2026年第一季度工作汇报");
      assertThat(reportsInTown()).as("one report per worker in service, however often started").isEqualTo(1);
    } else {
      assertThat(response.statusCode()).as(answer).isEqualTo(403);
      assertThat(response.body()).as(answer).contains("只有市委\\\"两新\\\"工委办公室或系统管理员").doesNotContain("Exception");
    }
  }

  private void read(Role role, String path) {
    HttpResponse<String> response = http.send("GET", path, role.userId(), role.password(), null);
    String answer = role.name() + ": " + response.statusCode() + " " + response.body();
    if (role.name().equals("admin")) {
      // The administrator is no reader of workers (no town); whatever the answer, nothing fails.
      assertThat(response.statusCode()).as(answer).isIn(200, 404);
    } else if (role.mayRead()) {
      assertThat(response.statusCode()).as(answer).isEqualTo(200);
      assertThat(response.body()).as(answer).contains("矩阵季度");
    } else {
      assertThat(response.statusCode()).as(answer).isEqualTo(404);
      assertThat(response.body()).as(answer).contains("不存在").doesNotContain("矩阵季度", "Exception");
    }
  }

  private long reportsInTown() {
    return reports.findAll().stream().filter(report -> report.getTownCode().equals(TOWN)).count();
  }

  /** Every other spelling of the path. */
  private static List<String> spellings(String path) {
    String afterApi = path.substring("/api/".length());
    int slash = afterApi.indexOf('/');
    return List.of(
        path + "/",
        "/api//" + afterApi,
        "/api/" + afterApi.substring(0, slash) + "%2F" + afterApi.substring(slash + 1),
        "/api/" + afterApi.substring(0, slash).toUpperCase(java.util.Locale.ROOT) + afterApi.substring(slash),
        path + ";jsessionid=0123456789ABCDEF");
  }
}
