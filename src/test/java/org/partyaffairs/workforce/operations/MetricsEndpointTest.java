package org.partyaffairs.workforce.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 28 item 1: administrators read the product's work per town from {@code /actuator/prometheus};
 * nobody else reads it, whatever the path's spelling; health stays open for the probes.
 */
@IntegrationTest
class MetricsEndpointTest {

  private static final String PROMETHEUS = "/actuator/prometheus";

  @LocalServerPort int port;
  @Autowired EngineWork work;
  @Autowired People people;
  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @AfterEach
  void backToNow() {
    people.actAsSystem();
    ClockUtil.reset();
  }

  @Test
  void aResignationFiledInATownIsOneMoreOpenTaskOfItsOrganisationDepartmentAndOverdueOnceItsDayHasPassed() {
    String series = "workforce_tasks_open{application=\"party-affairs-workforce\",group=\"town-org-zhangpu\",town=\"zhangpu\"}";
    String overdueSeries = series.replace("workforce_tasks_open", "workforce_tasks_overdue");
    work.refresh();
    double before = value(scrape(), series);
    double overdueBefore = value(scrape(), overdueSeries);

    Worker worker = people.activeWorker("zhangpu", "指标甲");
    people.actAs(worker.getUserId());
    formService.submitStartForm(repositoryService.createProcessDefinitionQuery().processDefinitionKey("ResignationProcess")
        .latestVersion().singleResult().getId(), Map.of("reason", "回乡发展",
        "lastWorkingDay", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(40).toString()));
    people.actAsSystem();
    assertThat(value(scrape(), series)).as("the last reading stands until the next refresh").isEqualTo(before);

    work.refresh();
    assertThat(value(scrape(), series)).isEqualTo(before + 1);
    assertThat(value(scrape(), overdueSeries)).isEqualTo(overdueBefore);

    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(60))));
    work.refresh();
    assertThat(value(scrape(), overdueSeries)).isGreaterThanOrEqualTo(overdueBefore + 1);
  }

  @Test
  void theScrapeCarriesTheEngineJobsIncidentsNotificationsAndDecisionsFigures() {
    http.postJson("/api/decisions/leave-approval-tier", "office", "demo", "{\"days\":3}");
    http.postJson("/api/decisions/leave-approval-tier", "office", "demo", "{\"days\":\"三天\"}");
    work.refresh();

    assertThat(scrape()).contains("workforce_jobs_waiting{", "workforce_jobs_failed{",
        "workforce_job_executor_active{", "workforce_engine_reported{", "name=\"job-successful\"",
        "workforce_notifications{", "status=\"FAILED\"", "jvm_memory_used_bytes",
        "workforce_decision_seconds_count{application=\"party-affairs-workforce\",decision=\"leave-approval-tier\",outcome=\"answered\"}");
  }

  @Test
  void onlyAdministratorsReadTheMetricsAndTheRefusalsAreCleanAndInChinese() {
    for (String path : new String[] {PROMETHEUS, "/actuator/prometheus/", "/actuator//prometheus", "//actuator/prometheus",
        "/actuator/metrics", "/actuator/metrics/workforce.tasks.open", "/actuator", "/actuator/"}) {
      HttpResponse<String> anonymous = http.get(path, null, null);
      assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
      assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as(path).hasValueSatisfying(value ->
          assertThat(value).startsWith("Basic"));
      assertThat(anonymous.body()).as(path).contains("运行指标仅供系统管理员读取").doesNotContain("Exception");

      HttpResponse<String> town = http.get(path, "kfq-org", "demo");
      assertThat(town.statusCode()).as(path).isEqualTo(403);
      assertThat(town.body()).as(path).contains("运行指标仅供系统管理员读取").doesNotContain("workforce_");
    }
    // Not the administrator's own account: a wrong password delays its next login by seconds.
    assertThat(http.get(PROMETHEUS, "no-such-admin", "wrong-password").statusCode()).isEqualTo(401);
    assertThat(http.get("/actuator/metrics/workforce.jobs.waiting", "admin", "demo").statusCode()).isEqualTo(200);
  }

  @Test
  void pathsTheRouterAndTheGuardCouldReadDifferentlyAreRefusedBeforeAnything() {
    for (String path : new String[] {"/actuator/prometheus;x=1", "/actuator/%70rometheus", "/actuator/./prometheus",
        "/actuator/health/../prometheus"}) {
      HttpResponse<String> response = http.get(path, "kfq-org", "demo");
      assertThat(response.statusCode()).as(path).isIn(400, 404);
      assertThat(response.body()).as(path).doesNotContain("workforce_", "Exception");
    }
    assertThat(http.get("/ACTUATOR/prometheus", "kfq-org", "demo").statusCode()).as("paths are case-sensitive")
        .isNotEqualTo(200);
  }

  @Test
  void healthAndReadinessStayOpenForTheProbes() {
    assertThat(http.get("/actuator/health", null, null).statusCode()).isEqualTo(200);
    HttpResponse<String> readiness = http.get("/actuator/health/readiness", null, null);
    assertThat(readiness.statusCode()).isEqualTo(200);
    assertThat(readiness.body()).contains("\"UP\"");
    assertThat(http.get("/actuator/health/liveness", null, null).statusCode()).isEqualTo(200);
  }

  private String scrape() {
    HttpResponse<String> response = http.get(PROMETHEUS, "admin", "demo");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  /** The value of one series, 0 where it is absent (no task of the group yet). */
  private static double value(String scrape, String series) {
    Matcher matcher = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
    return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
  }
}
