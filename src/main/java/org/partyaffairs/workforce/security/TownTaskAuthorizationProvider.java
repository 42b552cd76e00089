package org.partyaffairs.workforce.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Camunda's default authorizations, except that a task offered to a town or city group writes no
 * row for that group at all. The group reads the task, like every other task of its town, through
 * {@code READ_TASK} on the process definition, and works on it through {@code TASK_WORK} there
 * ({@link IdentitySetup}; the tenant check keeps towns apart); {@link OfferedTaskCommandChecker} keeps
 * the work to the group the task is offered to, from its candidate links. So the task query's
 * authorization join meets a handful of definition rows, not one row per open task, and the
 * authorization table no longer grows with the tasks (issue 22, docs/benchmarks.md). Removing a
 * candidate group writes nothing either (Camunda's default removes no row; the checker reads the
 * links as they are).
 *
 * <p>Users keep Camunda's rows (assignee, owner, candidate user: {@code READ} and {@code TASK_WORK}):
 * a worker reads only their own tasks, through exactly these rows. A town group offered a task of a
 * {@link CityWide} process (none is today) keeps its row with {@code READ} and {@code TASK_WORK}: it
 * has no grant on that definition, since such instances have no town; so does a group offered a
 * standalone task. {@code V17__task_work_by_definition.sql} deletes the rows written before this
 * class (V16 had already taken their {@code READ}).
 */
@Component
class TownTaskAuthorizationProvider extends DefaultAuthorizationProvider {

  private final Set<String> cityWide;

  TownTaskAuthorizationProvider(List<CityWide> cityWide) {
    this.cityWide = cityWide.stream().map(CityWide::processKey).collect(Collectors.toSet());
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    return readsAndWorksByDefinition(groupId, task) ? null : super.newTaskGroupIdentityLink(task, groupId, type);
  }

  /** Whether the group has {@code READ_TASK} and {@code TASK_WORK} on the task's process definition ({@link IdentitySetup}). */
  private boolean readsAndWorksByDefinition(String groupId, Task task) {
    ProcessDefinitionEntity definition = task instanceof TaskEntity entity ? entity.getProcessDefinition() : null;
    if (definition == null) {
      return false; // a standalone task: only its own rows let anyone read it
    }
    return Groups.isCityGroup(groupId) || (Groups.isTownGroup(groupId) && !cityWide.contains(definition.getKey()));
  }
}
