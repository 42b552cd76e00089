package org.partyaffairs.workforce.security;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.partyaffairs.workforce.deadline.WorkingDays;
import org.partyaffairs.workforce.organisation.OrganisationUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tasklist filters per role: each group sees the tasks waiting for it (待办), those of them due
 * within {@value #DUE_SOON_WORKING_DAYS} working days (即将到期) and those overdue (已逾期);
 * everybody sees the tasks assigned to them (我的任务). Each filter sorts by due date, then by
 * creation (oldest first), and shows as columns the variables a person scans for: the worker, the
 * town, the candidate and the deadlines a variable holds (Tasklist shows the due date itself).
 *
 * <p>Filters are found by name and brought in line with this class at every start (query,
 * columns, order), so renaming one here adds a new one. 即将到期 counts working days of
 * {@code rules/calendar}, which a saved query's expression cannot (it may only call methods of
 * {@code now()} and {@code dateTime()}, see {@link QueryExpressionManager}): its {@code dueBefore}
 * is the end of the third working day after today (00:00 of the next day), written at start-up and
 * again every hour ({@link #refreshDueSoon()}), only when the day has changed. 已逾期 is
 * {@code dueBefore ${now()}}.
 */
@Component
class TasklistFilters {

  static final String MINE = "我的任务";
  static final String TODO = "待办 · ";
  static final String DUE_SOON = "即将到期 · ";
  static final String OVERDUE = "已逾期 · ";
  static final int DUE_SOON_WORKING_DAYS = 3;

  private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

  /** The columns of every list: process variables, shown where a task's instance has them. */
  private static final List<Map<String, String>> COLUMNS = List.of(
      column("workerName", "工作者"),
      column("townName", "区镇"),
      column("candidateName", "报名人员"),
      column("selfReportDueOn", "述职截止"),
      column("scoringDueOn", "评分截止"),
      column("decisionDueOn", "决定期限（接收后三十日）"));

  private final FilterService filterService;
  private final TaskService taskService;
  private final Grants grants;
  private final WorkingDays workingDays;

  TasklistFilters(FilterService filterService, TaskService taskService, Grants grants, WorkingDays workingDays) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
    this.workingDays = workingDays;
  }

  void ensure(List<OrganisationUnit> towns) {
    Map<String, String> groupLabels = new LinkedHashMap<>();
    groupLabels.put(Groups.CITY_COMMITTEE, "市委\"两新\"工委");
    groupLabels.put(Groups.CITY_OFFICE, "市委\"两新\"工委办公室");
    for (OrganisationUnit town : towns) {
      groupLabels.put(Groups.townCommittee(town.getCode()), town.getName() + "党（工）委");
      groupLabels.put(Groups.townOrg(town.getCode()), town.getName() + "组织部门");
    }
    // The leave approvers' lists come after every other group's, so that the others keep their order.
    for (OrganisationUnit town : towns) {
      groupLabels.put(Groups.groupLeader(town.getCode()), town.getName() + "包片工作组组长");
      groupLabels.put(Groups.sectorCommittee(town.getCode()), town.getName() + "非公企业党委、社会组织党委");
    }
    Date dueSoonBefore = dueSoonBefore();
    int priority = 10;
    for (Map.Entry<String, String> entry : groupLabels.entrySet()) {
      String group = entry.getKey();
      String label = entry.getValue();
      List<Filter> filters = List.of(
          filter(TODO + label, "等待本组处理的任务，按到期日排序", null, () -> ofGroup(group), priority),
          filter(DUE_SOON + label, "本组 " + DUE_SOON_WORKING_DAYS + " 个工作日内到期、尚未逾期的任务", "#f0ad4e",
              () -> dueSoon(ofGroup(group), dueSoonBefore), priority + 1),
          filter(OVERDUE + label, "本组已过到期日的任务", "#d9534f",
              () -> ofGroup(group).dueBeforeExpression("${now()}"), priority + 2));
      for (Filter filter : filters) {
        grants.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
      }
      priority += 3;
    }
    Filter mine = filter(MINE, "已认领、由我处理的任务，按到期日排序", null,
        () -> sorted(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")), 100);
    grants.grantEveryone(Resources.FILTER, mine.getId(), Permissions.READ);
  }

  /**
   * Moves every 即将到期 filter's horizon to the end of the third working day after today, where the
   * day has changed since it was written. Cheap and idempotent: nodes of a cluster may run it at the
   * same moment (the loser of a write meets Camunda's optimistic lock and leaves it to the winner).
   */
  void refreshDueSoon() {
    Date before = dueSoonBefore();
    for (Filter filter : filterService.createFilterQuery().filterNameLike(DUE_SOON + "%").list()) {
      TaskQueryImpl query = filter.getQuery();
      if (before.equals(query.getDueBefore())) {
        continue;
      }
      query.dueBefore(before);
      try {
        filterService.saveFilter(filter.setQuery(query));
        log.info("Filter {} now shows tasks due before {}", filter.getName(), before.toInstant());
      } catch (OptimisticLockingException raced) {
        log.debug("Filter {} refreshed by another node", filter.getName());
      }
    }
  }

  /**
   * The day after the third working day after today, at 00:00 in {@code workforce.zone}: a task due
   * at the end of that third working day is due soon ({@code dueBefore} excludes its bound).
   */
  Date dueSoonBefore() {
    return workingDays.startOf(workingDays.plus(workingDays.today(), DUE_SOON_WORKING_DAYS).plusDays(1));
  }

  private TaskQuery ofGroup(String group) {
    return sorted(taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks());
  }

  private static TaskQuery dueSoon(TaskQuery query, Date before) {
    return query.dueAfterExpression("${now()}").dueBefore(before);
  }

  /** By due date, then the oldest first. Tasklist adds its own order (newest first) after these. */
  private static TaskQuery sorted(TaskQuery query) {
    return query.orderByDueDate().asc().orderByTaskCreateTime().asc();
  }

  /** Creates the filter, or brings the one of that name in line: the count of filters never grows. */
  private Filter filter(String name, String description, String color, Supplier<TaskQuery> query, int priority) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("variables", new ArrayList<>(COLUMNS));
    if (color != null) {
      properties.put("color", color);
    }
    Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
    Filter filter = existing != null ? existing : filterService.newTaskFilter(name).setOwner(null);
    if (existing != null && Objects.equals(existing.getProperties(), properties)
        && sameQuery(existing.getQuery(), query.get())) {
      return existing;
    }
    return filterService.saveFilter(filter.setQuery(query.get()).setProperties(properties));
  }

  /** Whether a saved query matches what this class would save (compared as the engine stores it). */
  private static boolean sameQuery(TaskQuery saved, TaskQuery wanted) {
    org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter converter =
        new org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter();
    return converter.toJson((TaskQueryImpl) saved).toString().equals(converter.toJson((TaskQueryImpl) wanted).toString());
  }

  private static Map<String, String> column(String variable, String label) {
    Map<String, String> column = new LinkedHashMap<>();
    column.put("name", variable);
    column.put("label", label);
    return column;
  }
}
