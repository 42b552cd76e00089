package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task lists a town org dept works from: what each task is about and when it is due, without
 * opening it (000 第十六条's resignations as the example; due dates from rules/calendar).
 */
@IntegrationTest
class TasklistFiltersTest {

  private static final String TODO = "待办 · 昆山开发区组织部门";
  private static final String DUE_SOON = "即将到期 · 昆山开发区组织部门";
  private static final String OVERDUE = "已逾期 · 昆山开发区组织部门";

  @Autowired FilterService filterService;
  @Autowired TaskService taskService;
  @Autowired TasklistFilters filters;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired Clock clock;

  @AfterEach
  void actAsSystem() {
    people.actAsSystem();
  }

  @Test
  void aTownOrgSeesDueSoonAndOverdueFilters() {
    Task soon = receiptTask(people.activeWorker("kfq", "将到期"));
    Task late = receiptTask(people.activeWorker("kfq", "已逾期"));
    Task other = receiptTask(people.activeWorker("huaqiao", "别镇"));
    late.setDueDate(new Date(clock.millis() - 60_000));
    taskService.saveTask(late);

    people.actAs("kfq-org");
    assertThat(filterService.createFilterQuery().listPage(0, 100)).extracting(Filter::getName)
        .contains(TODO, DUE_SOON, OVERDUE, "我的任务")
        .doesNotContain("即将到期 · 花桥经济开发区组织部门", "已逾期 · 昆山开发区党（工）委");

    // receipt is due in 3 working days (rules/calendar/service-levels.csv): within the horizon, not overdue
    assertThat(ids(DUE_SOON)).contains(soon.getId()).doesNotContain(late.getId(), other.getId());
    assertThat(ids(OVERDUE)).contains(late.getId()).doesNotContain(soon.getId(), other.getId());
    List<String> todo = ids(TODO);
    assertThat(todo).contains(soon.getId(), late.getId()).doesNotContain(other.getId());
    assertThat(todo.indexOf(late.getId())).as("sorted by due date").isLessThan(todo.indexOf(soon.getId()));
  }

  @Test
  void everyListShowsTheWorkerTownAndDeadlinesAsColumnsAndSortsByDueDateThenCreation() {
    people.actAs("kfq-org");
    for (String name : List.of(TODO, DUE_SOON, OVERDUE, "我的任务")) {
      Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
      @SuppressWarnings("unchecked")
      List<Map<String, String>> columns = (List<Map<String, String>>) filter.getProperties().get("variables");
      assertThat(columns).as(name).contains(Map.of("name", "workerName", "label", "工作者"),
          Map.of("name", "townName", "label", "区镇"), Map.of("name", "decisionDueOn", "label", "决定期限（接收后三十日）"));
      TaskQueryImpl query = filter.getQuery();
      assertThat(query.getOrderingProperties()).as(name)
          .extracting(ordering -> ordering.getQueryProperty().getName() + " " + ordering.getDirection().getName())
          .containsExactly("DUE_DATE_ asc", "CREATE_TIME_ asc");
    }
  }

  @Test
  void theDueSoonHorizonIsTheEndOfTheThirdWorkingDayAndFollowsTheCalendar() {
    Filter dueSoon = filterService.createFilterQuery().filterName(DUE_SOON).singleResult();
    TaskQueryImpl stale = dueSoon.getQuery();
    stale.dueBefore(new Date(0));
    filterService.saveFilter(dueSoon.setQuery(stale));

    filters.refreshDueSoon();

    TaskQueryImpl refreshed = filterService.getFilter(dueSoon.getId()).getQuery();
    assertThat(refreshed.getDueBefore()).isEqualTo(filters.dueSoonBefore());
    assertThat(refreshed.getExpressions()).containsEntry("dueAfter", "${now()}");
    assertThat(filterService.createFilterQuery().filterName(DUE_SOON).count()).isEqualTo(1);
  }

  @Test
  void tasklistsSearchFindsATaskByItsWorkersNameAndTown() {
    Task task = receiptTask(people.activeWorker("kfq", "检索到"));

    people.actAs("kfq-org");
    assertThat(taskService.createTaskQuery().processVariableValueLike("workerName", "%检索%").listPage(0, 10))
        .extracting(Task::getId).containsExactly(task.getId());
    assertThat(taskService.createTaskQuery().processVariableValueLike("workerName", "%检索%")
        .processVariableValueEquals("townName", "昆山开发区").count()).isEqualTo(1);
    people.actAs("huaqiao-org");
    assertThat(taskService.createTaskQuery().processVariableValueLike("workerName", "%检索%").count()).isZero();
  }

  private List<String> ids(String filterName) {
    Filter filter = filterService.createFilterQuery().filterName(filterName).singleResult();
    return filterService.<Task>listPage(filter.getId(), 0, 1000).stream().map(Task::getId).toList();
  }

  private Task receiptTask(Worker worker) {
    ProcessInstance instance = forms.start("ResignationProcess", worker.getUserId(),
        Map.of("reason", "个人原因", "lastWorkingDay", LocalDate.now(clock).plusDays(7).toString()));
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }
}
