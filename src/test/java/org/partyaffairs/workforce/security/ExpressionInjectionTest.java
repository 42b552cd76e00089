package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.ExpressionCanary;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A logged-in user cannot have the engine evaluate an expression through a task query (reported as
 * CVE-2026-109432: the nested {@code orQueries} skip the ad-hoc expression check): every
 * {@code *Expression} parameter is refused with 400, on the engine REST API and on the webapps' own
 * API, and the canary bean such an expression would call is never touched.
 */
@IntegrationTest
class ExpressionInjectionTest {

  private static final String PAYLOAD = "${canary.touch()}";

  @LocalServerPort int port;
  @Autowired ExpressionCanary canary;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired People people;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void anExpressionInsideOrQueriesIsRefusedOnTheEngineRestApi() {
    int before = canary.evaluations();

    HttpResponse<String> nested = http.postJson("/engine-rest/task", "kfq-org", "demo",
        "{\"orQueries\":[{\"assigneeExpression\":\"" + PAYLOAD + "\"}]}");
    HttpResponse<String> counted = http.postJson("/engine-rest/task/count", "kfq-org", "demo",
        "{\"orQueries\":[{\"candidateUserExpression\":\"" + PAYLOAD + "\"}]}");

    assertThat(nested.statusCode()).isEqualTo(400);
    assertThat(counted.statusCode()).isEqualTo(400);
    assertThat(nested.body()).contains("Expression");
    assertThat(canary.evaluations()).isEqualTo(before);
  }

  @Test
  void anExpressionAtTheTopLevelIsRefusedToo() {
    int before = canary.evaluations();

    assertThat(http.get("/engine-rest/task?assigneeExpression=" + URLEncoder.encode(PAYLOAD, StandardCharsets.UTF_8),
        "kfq-org", "demo").statusCode()).isEqualTo(400);
    assertThat(http.postJson("/engine-rest/task", "kfq-org", "demo",
        "{\"dueDateExpression\":\"" + PAYLOAD + "\"}").statusCode()).isEqualTo(400);
    assertThat(canary.evaluations()).isEqualTo(before);
  }

  @Test
  void anExpressionIsRefusedOnTheTasklistWebappsOwnApi() {
    int before = canary.evaluations();
    http.webappLogin("tasklist", "kfq-org", "demo");

    HttpResponse<String> nested = http.webappPostJson("/camunda/api/engine/engine/default/task",
        "{\"orQueries\":[{\"assigneeExpression\":\"" + PAYLOAD + "\"}]}");

    assertThat(nested.statusCode()).isEqualTo(400);
    assertThat(canary.evaluations()).isEqualTo(before);
  }

  @Test
  void onlyAdministratorsMayCreateFiltersWhichKeepTheirExpressions() {
    String filter = "{\"resourceType\":\"Task\",\"name\":\"注入\",\"query\":{\"assigneeExpression\":\"" + PAYLOAD
        + "\"}}";

    assertThat(http.postJson("/engine-rest/filter/create", "kfq-org", "demo", filter).statusCode()).isEqualTo(403);
    assertThat(http.postJson("/engine-rest/filter/create", "office", "demo", filter).statusCode()).isEqualTo(403);
  }

  @Test
  void anExpressionIsRefusedOnTheNamedEngineAliasWithATrailingSlash() {
    int before = canary.evaluations();

    HttpResponse<String> alias = http.postJson("/engine-rest/engine/default/task/?maxResults=5", "huaqiao-worker",
        "demo", "{\"orQueries\":[{\"assigneeExpression\":\"" + PAYLOAD + "\"}]}");

    assertThat(alias.statusCode()).isEqualTo(400);
    assertThat(alias.body()).contains("表达式");
    assertThat(canary.evaluations()).isEqualTo(before);
  }

  /**
   * Defence in depth: were a route ever missed, a query's expression still finds no bean to call. A
   * saved filter is the one place the engine evaluates a query's expressions on purpose (stored
   * queries may have them), so it stands for any query here.
   */
  @Test
  void aQueryExpressionReachesNoBeanEvenWhereTheGuardLetsItThrough() {
    int before = canary.evaluations();
    Filter bean = saved(taskService.createTaskQuery().taskAssigneeExpression(PAYLOAD));
    Filter reflection = saved(taskService.createTaskQuery()
        .taskAssigneeExpression("${dateTime().getClass().forName('java.lang.Runtime').getName()}"));
    Filter ordinary = saved(taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
        .dueBeforeExpression("${dateTime().plusDays(3).toDate()}"));
    people.actAs("kfq-org");
    try {
      assertThatThrownBy(() -> filterService.listPage(bean.getId(), 0, 10)).isInstanceOf(ProcessEngineException.class)
          .hasMessageContaining("Unable to resolve expression");
      assertThatThrownBy(() -> filterService.listPage(reflection.getId(), 0, 10)).isInstanceOf(ProcessEngineException.class)
          .hasMessageContaining("Unable to resolve expression");
      assertThat(filterService.count(ordinary.getId())).isNotNull();
    } finally {
      people.actAsSystem();
      List.of(bean, reflection, ordinary).forEach(filter -> filterService.deleteFilter(filter.getId()));
    }
    assertThat(canary.evaluations()).isEqualTo(before);
  }

  private Filter saved(TaskQuery query) {
    return filterService.saveFilter(filterService.newTaskFilter("表达式测试").setOwner("kfq-org").setQuery(query));
  }

  @Test
  void anOrdinaryTaskQueryStillWorks() {
    assertThat(http.postJson("/engine-rest/task?maxResults=50", "kfq-org", "demo",
        "{\"orQueries\":[{\"candidateGroup\":\"town-org-kfq\"},{\"assignee\":\"kfq-org\"}]}").statusCode())
        .isEqualTo(200);
  }
}
