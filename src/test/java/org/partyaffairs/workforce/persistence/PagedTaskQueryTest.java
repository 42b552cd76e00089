package org.partyaffairs.workforce.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 22: a page of tasks read in two steps ({@link TaskPageQuery}) is exactly the page the
 * engine's own statement answers — the same tasks in the same order, for the city and for a town
 * under its authorization and tenant checks, for every sorting Tasklist offers on the task's columns,
 * at the first, a middle and a past-the-end page. Sorting by a variable keeps the engine's statement.
 */
@IntegrationTest
class PagedTaskQueryTest {

  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired Forms forms;
  @Autowired People people;

  @BeforeEach
  void postApplicationsInTwoTownsWaitForTheCity() {
    for (String town : List.of("kfq", "huaqiao")) {
      for (int i = 1; i <= 4; i++) {
        forms.start("PostEstablishmentProcess", town + "-committee",
            Map.of("postCount", 1, "stations", "分页测试党建工作站" + i, "reason", "新建区域党建工作站，需配备专职党务工作者"));
      }
    }
  }

  @AfterEach
  void actAsSystem() {
    people.actAsSystem();
  }

  @Test
  void theEngineReadsPagesInTwoStepsOnThisDatabase() {
    Object manager = configuration.getCommandExecutorTxRequired().execute(context -> context.getSession(TaskManager.class));
    assertThat(manager).isInstanceOf(PagedTaskManager.class);
    assertThat(TaskPageQuery.pagesByTaskColumns(page(taskService.createTaskQuery().orderByTaskCreateTime().desc(), 0, 50)))
        .isTrue();
  }

  @Test
  void everyPageSortedByTheTasksColumnsIsTheEnginesOwnPage() {
    List<UnaryOperator<TaskQuery>> sortings = List.of(
        query -> query,
        query -> query.orderByTaskCreateTime().desc().orderByTaskId().asc(),
        query -> query.orderByDueDate().asc().orderByTaskId().desc(),
        query -> query.orderByTaskPriority().desc().orderByTaskName().asc().orderByTaskId().asc(),
        query -> query.orderByTaskId().desc(),
        query -> query.orderByTenantId().asc().orderByTaskCreateTime().asc().orderByTaskId().asc(),
        // a saved filter's sorting, then the one picked in Tasklist: a column twice
        query -> query.orderByDueDate().asc().orderByTaskCreateTime().asc().orderByTaskCreateTime().desc()
            .orderByTaskId().asc());
    for (String user : List.of("office", "kfq-org", "huaqiao-committee")) {
      people.actAs(user);
      for (UnaryOperator<TaskQuery> sorting : sortings) {
        long all = sorting.apply(taskService.createTaskQuery()).count();
        assertThat(all).as("tasks %s reads", user).isGreaterThanOrEqualTo(4);
        for (int[] range : new int[][] {{0, 50}, {0, 3}, {2, 3}, {(int) all - 1, 5}, {(int) all + 3, 5}}) {
          List<Task> paged = sorting.apply(taskService.createTaskQuery()).listPage(range[0], range[1]);
          List<Task> engine = enginePage((TaskQueryImpl) sorting.apply(taskService.createTaskQuery()), range[0], range[1]);
          assertThat(ids(paged)).as("%s, page %d+%d", user, range[0], range[1]).isEqualTo(ids(engine));
        }
      }
    }
  }

  @Test
  void aGroupsFilterPageIsTheEnginesOwnPage() {
    people.actAs("committee");
    List<Task> paged = taskService.createTaskQuery().taskCandidateGroup("city-committee").active()
        .orderByTaskCreateTime().desc().orderByTaskId().asc().listPage(0, 5);
    List<Task> engine = enginePage((TaskQueryImpl) taskService.createTaskQuery().taskCandidateGroup("city-committee").active()
        .orderByTaskCreateTime().desc().orderByTaskId().asc(), 0, 5);
    assertThat(paged).hasSize(5);
    assertThat(ids(paged)).isEqualTo(ids(engine));
    assertThat(paged).allSatisfy(task -> assertThat(task.getName()).isNotBlank());
  }

  @Test
  void aTasklistFiltersPageIsReadInTwoStepsAndSortedAsTheEngineSortsIt() {
    Filter filter = filterService.createFilterQuery().list().stream()
        .filter(saved -> saved.getQuery() instanceof TaskQueryImpl query && "city-committee".equals(query.getCandidateGroup()))
        .findFirst().orElseThrow();
    people.actAs("committee");
    TaskQuery picked = taskService.createTaskQuery().orderByTaskCreateTime().desc();
    TaskQueryImpl merged = filter.extend(picked).getQuery();
    assertThat(TaskPageQuery.pagesByTaskColumns(page(merged, 0, 5))).as("the filter's sorting and the picked one").isTrue();

    List<Task> paged = filterService.listPage(filter.getId(), picked, 0, 5);
    List<Task> engine = enginePage(filter.extend(taskService.createTaskQuery().orderByTaskCreateTime().desc()).getQuery(), 0, 5);

    // Tasks due and created in the same second may come in either order, in both statements alike.
    assertThat(paged).hasSize(5);
    assertThat(sortKeys(paged)).isEqualTo(sortKeys(engine));
  }

  @Test
  void aPageSortedByAVariableKeepsTheEnginesStatement() {
    people.actAs("office");
    TaskQuery byVariable = taskService.createTaskQuery().orderByProcessVariable("postCount", ValueType.INTEGER).desc();
    assertThat(TaskPageQuery.pagesByTaskColumns(page(byVariable, 0, 5))).isFalse();
    assertThat(TaskPageQuery.pagesByTaskColumns(page(taskService.createTaskQuery().orderByTaskNameCaseInsensitive().asc(),
        0, 5))).isFalse();
    assertThat(byVariable.listPage(0, 5)).isNotEmpty();
  }

  private static TaskQueryImpl page(TaskQuery query, int first, int max) {
    TaskQueryImpl impl = (TaskQueryImpl) query;
    impl.setFirstResult(first);
    impl.setMaxResults(max);
    return impl;
  }

  /** The page as the engine's own statement answers it, with its own authorization and tenant checks. */
  @SuppressWarnings("unchecked")
  private List<Task> enginePage(TaskQueryImpl query, int first, int max) {
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      page(query, first, max);
      context.getAuthorizationManager().configureTaskQuery(query);
      context.getTenantManager().configureQuery(query);
      return (List<Task>) (List<?>) context.getDbEntityManager().selectList("selectTaskByQueryCriteria", query);
    });
  }

  private static List<String> sortKeys(List<Task> tasks) {
    return tasks.stream().map(task -> task.getDueDate() + "/" + task.getCreateTime()).toList();
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }
}
