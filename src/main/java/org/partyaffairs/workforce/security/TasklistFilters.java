package org.partyaffairs.workforce.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.partyaffairs.workforce.organisation.OrganisationUnit;
import org.springframework.stereotype.Component;

/**
 * Tasklist filters per role: each group sees a filter of the tasks waiting for it, and everybody
 * sees the tasks assigned to them. Filters are found by name, so renaming one here adds a new one.
 */
@Component
class TasklistFilters {

  private static final String MINE = "我的任务";

  private final FilterService filterService;
  private final TaskService taskService;
  private final Grants grants;

  TasklistFilters(FilterService filterService, TaskService taskService, Grants grants) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  void ensure(List<OrganisationUnit> towns) {
    Map<String, String> groupFilters = new LinkedHashMap<>();
    groupFilters.put(Groups.CITY_COMMITTEE, "待办 · 市委\"两新\"工委");
    groupFilters.put(Groups.CITY_OFFICE, "待办 · 市委\"两新\"工委办公室");
    for (OrganisationUnit town : towns) {
      groupFilters.put(Groups.townCommittee(town.getCode()), "待办 · " + town.getName() + "党（工）委");
      groupFilters.put(Groups.townOrg(town.getCode()), "待办 · " + town.getName() + "组织部门");
    }
    int priority = 10;
    for (Map.Entry<String, String> entry : groupFilters.entrySet()) {
      Filter filter = filter(entry.getValue(), "等待本组处理的任务",
          taskService.createTaskQuery().taskCandidateGroup(entry.getKey()).includeAssignedTasks(), priority++);
      grants.grant(entry.getKey(), Resources.FILTER, filter.getId(), Permissions.READ);
    }
    Filter mine = filter(MINE, "已认领、由我处理的任务", taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"), 100);
    grants.grantEveryone(Resources.FILTER, mine.getId(), Permissions.READ);
  }

  private Filter filter(String name, String description, TaskQuery query, int priority) {
    Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      return existing;
    }
    Filter filter = filterService.newTaskFilter(name)
        .setOwner(null)
        .setQuery(query)
        .setProperties(Map.of("description", description, "priority", priority, "refresh", true));
    return filterService.saveFilter(filter);
  }
}
