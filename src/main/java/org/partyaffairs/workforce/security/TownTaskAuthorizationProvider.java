package org.partyaffairs.workforce.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Camunda's default authorizations, except that a task offered to a town or city group gives that
 * group {@code TASK_WORK} on the task but not {@code READ}: the group reads its tasks, like every
 * other task of its town, through {@code READ_TASK} on the process definition ({@link IdentitySetup};
 * the tenant check keeps towns apart). The task query joins the caller's authorization rows that
 * carry {@code READ} on {@code RESOURCE_ID_ = task id OR definition key OR '*'}; without one such row
 * per task that join stays a handful of rows, where MySQL ran it as task × row (docs/benchmarks.md).
 * Claiming and completing still need {@code TASK_WORK} on the task (or on the definition, which no
 * town or city group has), so only the group a task is offered to may work on it.
 *
 * <p>Users keep Camunda's rows (assignee, owner, candidate user: {@code READ} and {@code TASK_WORK}):
 * a worker reads only their own tasks, through exactly these rows. A town group offered a task of a
 * {@link CityWide} process (none is today) keeps {@code READ} as well: it has no {@code READ_TASK}
 * there, since such instances have no town. {@code V16__task_read_by_definition.sql} brings the rows
 * written before this class to the same state.
 */
@Component
class TownTaskAuthorizationProvider extends DefaultAuthorizationProvider {

  private final Set<String> cityWide;

  TownTaskAuthorizationProvider(List<CityWide> cityWide) {
    this.cityWide = cityWide.stream().map(CityWide::processKey).collect(Collectors.toSet());
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    AuthorizationEntity[] authorizations = super.newTaskGroupIdentityLink(task, groupId, type);
    if (authorizations != null && readsTasksByDefinition(groupId, task)) {
      for (AuthorizationEntity authorization : authorizations) {
        if (authorization.getResourceType() == Resources.TASK.resourceType()) {
          authorization.removePermission(Permissions.READ);
        }
      }
    }
    return authorizations;
  }

  /** Whether the group has {@code READ_TASK} on the task's process definition (see {@link IdentitySetup}). */
  private boolean readsTasksByDefinition(String groupId, Task task) {
    ProcessDefinitionEntity definition = task instanceof TaskEntity entity ? entity.getProcessDefinition() : null;
    if (definition == null) {
      return false; // a standalone task: only its own rows let anyone read it
    }
    return Groups.isCityGroup(groupId) || (Groups.isTownGroup(groupId) && !cityWide.contains(definition.getKey()));
  }
}
