package org.partyaffairs.workforce.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.partyaffairs.workforce.assessment.Campaigns;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.Http;

/**
 * Tasklist on the morning everyone opens it: {@code tasks} open self-report tasks spread over the
 * towns (an assessment campaign left at its first step), authorization and town isolation on. One
 * town's organisation-department user asks for the first page of 50 of their group's tasks and for
 * their count, over the engine REST API (HTTP Basic) and over the Tasklist webapp's own API (the
 * group's saved filter, in a logged-in session, as the page asks it). Median and 95th percentile
 * over {@code calls} calls each, after a few unmeasured ones.
 */
final class TasklistScenario {

  record Latency(double medianMillis, double p95Millis) {
  }

  static final String TOWN = "kfq";
  private static final int WARM_UP = 5;
  private static final Duration TIMEOUT = Duration.ofHours(2);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** What Tasklist posts for a filter's first page: newest first, no variables. */
  private static final String FILTER_PAGE = """
      {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],
       "sorting":[{"sortBy":"created","sortOrder":"desc"}],"active":true}""";

  private final BenchRun run;

  TasklistScenario(BenchRun run) {
    this.run = run;
  }

  /**
   * Hires the cohort and starts its campaign; returns once every self-report task is open. Called
   * again with another year, it adds as many tasks to those already open.
   */
  static void openTasks(BenchRun run, int tasks, int year, List<String> towns) {
    Cohort.hire(run.jdbc(), "t" + year, tasks, towns);
    run.bean(Forms.class).start(Campaigns.PROCESS_KEY, "office", Campaigns.startForm(year, "kunshan"));
    TaskService taskService = run.bean(TaskService.class);
    Progress.await("self-report tasks open", tasks, () -> taskService.createTaskQuery()
        .taskDefinitionKey(Campaigns.SELF_REPORT_TASK).processInstanceBusinessKeyLike(year + "-%").count(), TIMEOUT);
  }

  /**
   * Has a MySQL-family server recompute the statistics of the tables the task query reads. Tasks
   * opened in one burst (a campaign's first morning) leave InnoDB's persistent statistics behind the
   * table; the benchmark measures before and after, because the planner's choice moves with them
   * (docs/benchmarks.md, "Tasklist on campaign day").
   */
  void refreshStatistics() {
    if (run.database().mySql()) {
      run.jdbc().queryForList("analyze table ACT_RU_TASK, ACT_RU_IDENTITYLINK, ACT_RU_AUTHORIZATION, ACT_RE_PROCDEF");
    }
  }

  /**
   * The four calls with the engine's authorization checks switched off for the time of the
   * measurement (town isolation by tenant stays): the engine's own floor for the same query on the
   * same server, which the product's figures are set against.
   */
  Map<String, Latency> measureWithoutAuthorization(int calls) {
    ProcessEngineConfigurationImpl configuration = run.bean(ProcessEngineConfigurationImpl.class);
    configuration.setAuthorizationEnabled(false);
    try {
      return measure(calls);
    } finally {
      configuration.setAuthorizationEnabled(true);
    }
  }

  /** The four calls, measured: answers their latencies by name. */
  Map<String, Latency> measure(int calls) {
    String user = Cohort.userOf(TOWN);
    String group = Groups.townOrg(TOWN);
    long expected = run.bean(TaskService.class).createTaskQuery().taskCandidateGroup(group).count();
    int page = (int) Math.min(50, expected);
    String filter = "/camunda/api/engine/engine/default/filter/" + filterOf(group);
    Http http = new Http(run.port());
    check(http.webappLogin("tasklist", user, Cohort.PASSWORD), "Tasklist login");
    check(http.webappGet("/camunda/api/admin/auth/user/default"), "Tasklist session");

    Map<String, Latency> latencies = new LinkedHashMap<>();
    latencies.put("engine REST: first page of 50", time(calls, () -> {
      HttpResponse<String> answer = http.get("/engine-rest/task?candidateGroup=" + group
          + "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=50", user, Cohort.PASSWORD);
      expect(json(answer, "engine REST page").size(), page, "tasks on the engine REST page");
    }));
    latencies.put("engine REST: count", time(calls, () -> {
      HttpResponse<String> answer = http.get("/engine-rest/task/count?candidateGroup=" + group, user, Cohort.PASSWORD);
      expect(json(answer, "engine REST count").get("count").asLong(), expected, "engine REST count");
    }));
    latencies.put("Tasklist API: first page of 50", time(calls, () -> {
      HttpResponse<String> answer = http.webappPostJsonInSession(filter + "/list?firstResult=0&maxResults=50",
          FILTER_PAGE, "application/hal+json");
      expect(json(answer, "Tasklist page").get("_embedded").get("task").size(), page, "tasks on the Tasklist page");
    }));
    latencies.put("Tasklist API: count", time(calls, () -> {
      HttpResponse<String> answer = http.webappGet(filter + "/count");
      expect(json(answer, "Tasklist count").get("count").asLong(), expected, "Tasklist count");
    }));
    return latencies;
  }

  /** The saved filter Tasklist shows the group: the one whose query asks for the group's tasks. */
  private String filterOf(String group) {
    List<Filter> filters = run.bean(FilterService.class).createFilterQuery().list();
    return filters.stream().filter(filter -> filter.getQuery() instanceof TaskQueryImpl query
            && group.equals(query.getCandidateGroup())).map(Filter::getId).findFirst()
        .orElseThrow(() -> new IllegalStateException("No Tasklist filter for " + group));
  }

  private static Latency time(int calls, Runnable call) {
    for (int i = 0; i < WARM_UP; i++) {
      call.run();
    }
    double[] millis = new double[calls];
    for (int i = 0; i < calls; i++) {
      long start = System.nanoTime();
      call.run();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return new Latency(percentile(millis, 50), percentile(millis, 95));
  }

  /** Nearest-rank percentile of sorted values. */
  private static double percentile(double[] sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static JsonNode json(HttpResponse<String> answer, String what) {
    check(answer, what);
    try {
      return JSON.readTree(answer.body());
    } catch (Exception e) {
      throw new IllegalStateException(what + ": not JSON: " + answer.body(), e);
    }
  }

  private static void check(HttpResponse<String> answer, String what) {
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(what + ": HTTP " + answer.statusCode() + " " + answer.body());
    }
  }

  private static void expect(long actual, long expected, String what) {
    if (actual != expected) {
      throw new IllegalStateException(what + ": " + actual + ", expected " + expected);
    }
  }
}
