package org.partyaffairs.workforce.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.partyaffairs.workforce.shared.IllegalTransitionException;

/**
 * Only the group or person a task is offered to works on it. Town groups hold {@code TASK_WORK} on
 * their town processes' definitions and the city groups on every definition ({@link IdentitySetup}),
 * so Camunda's own checker would let the committee work the organisation department's task (and the
 * city every town's); with no per-task row to say whose a task is ({@link TownTaskAuthorizationProvider}),
 * this checker, one more in the engine's list ({@link OfferedTaskCheckerPlugin}), refuses a user who
 * is not the task's assignee, its owner, a candidate user or a member of one of its candidate groups.
 * It sits in the engine, so every route meets it: the engine REST API, the webapps' engine API, the
 * {@code /engine/{name}} alias, the Java API as a user (bulk scoring).
 *
 * <p>What was checked in Camunda 7.24 ({@code AuthorizationCommandChecker}): {@code TASK_WORK} on a
 * definition satisfies one check only, {@link #checkTaskWork}; it is what claim, complete,
 * resolve (a delegated task's completion), submit-form, a BPMN error or escalation thrown from a
 * task, and updating or deleting a task's comment call. {@code checkTaskAssign} (assign, unclaim,
 * delegate, owner, candidate links) wants {@code TASK_ASSIGN} or {@code UPDATE}, and
 * {@link #checkUpdateTaskVariable} (set, modify, delete variables, local or not)
 * {@code UPDATE_VARIABLE}, {@code UPDATE_TASK_VARIABLE} or {@code UPDATE}, none of which a town or
 * city group holds; the variables are narrowed here all the same, so that a later grant cannot open
 * another group's task. Adding a comment or an attachment has no authorization check in the engine
 * at all, with or without these grants.
 *
 * <p>The refusal is the engine's: an {@link AuthorizationException} listing the permissions the
 * engine's own check lists, first {@code TASK_WORK} on the task, so {@code web.EngineRefusals}
 * answers the same Chinese 403 as before. It passes untouched, as the engine's checks do, when
 * authorization is off, when the command runs with its check switched off ({@link GiveBackClaimedTask}),
 * with no user (the engine's jobs, {@link AsSystem}) and for administrators.
 */
final class OfferedTaskCommandChecker extends PassingCommandChecker {

  @Override
  public void checkTaskWork(TaskEntity task) {
    refuseUnlessOffered(task, Permissions.TASK_WORK, Permissions.TASK_WORK);
    refuseIfClaimedByAnother(task);
  }

  /**
   * A task one member of its group has claimed is theirs until they give it back: another member of
   * the group may not claim it, complete it, submit its form or change its comments (issue 28: the
   * engine lets anyone holding {@code TASK_WORK} complete a task assigned to someone else). A 409
   * naming who holds it. A task the model assigns to someone outside its candidate groups (the
   * worker's own tasks, {@code account.OwnTasks}) stays workable by the group, which records it for
   * the worker when they cannot.
   */
  private static void refuseIfClaimedByAnother(TaskEntity task) {
    Authentication user = userChecked();
    String assignee = task.getAssignee();
    if (user == null || assignee == null || assignee.equals(user.getUserId()) || user.getUserId().equals(task.getOwner())) {
      return;
    }
    if (claimedFromItsGroups(task, assignee)) {
      throw new IllegalTransitionException("任务「" + task.getName() + "」已由 " + assignee
          + " 认领，只有认领人可以办理；如需他人办理，请认领人先退回任务");
    }
  }

  /** Whether the assignee belongs to one of the groups the task is offered to (it was claimed, not assigned by the model). */
  private static boolean claimedFromItsGroups(TaskEntity task, String assignee) {
    List<String> offeredTo = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    if (offeredTo.isEmpty()) {
      return false;
    }
    // Within this command, and without the caller's rights: a town user may not read groups.
    CommandContext command = Context.getCommandContext();
    return command.runWithoutAuthorization(() -> command.getReadOnlyIdentityProvider().createGroupQuery(command)
        .groupMember(assignee).groupIdIn(offeredTo.toArray(String[]::new)).count() > 0);
  }

  @Override
  public void checkUpdateTaskVariable(TaskEntity task) {
    refuseUnlessOffered(task, TaskPermissions.UPDATE_VARIABLE, ProcessDefinitionPermissions.UPDATE_TASK_VARIABLE);
  }

  /**
   * @param onTask the permission the engine asks on the task itself
   * @param onDefinition the one it asks on the task's process definition instead
   */
  private static void refuseUnlessOffered(TaskEntity task, Permission onTask, Permission onDefinition) {
    Authentication user = userChecked();
    boolean caseTask = task.getExecutionId() == null && task.getCaseExecutionId() != null; // the engine checks none
    if (user == null || caseTask || offeredTo(task, user)) {
      return;
    }
    throw new AuthorizationException(user.getUserId(), missing(task, onTask, onDefinition));
  }

  /** The user whose command is checked, or null where the engine checks nobody. */
  private static Authentication userChecked() {
    CommandContext command = Context.getCommandContext();
    Authentication user = command.getAuthentication();
    boolean checked = command.getProcessEngineConfiguration().isAuthorizationEnabled()
        && command.isAuthorizationCheckEnabled() && user != null && user.getUserId() != null;
    return checked && !command.getAuthorizationManager().isCamundaAdmin(user) ? user : null;
  }

  private static boolean offeredTo(TaskEntity task, Authentication user) {
    String userId = user.getUserId();
    if (userId.equals(task.getAssignee()) || userId.equals(task.getOwner())) {
      return true;
    }
    Collection<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    for (IdentityLink candidate : task.getCandidates()) {
      if (userId.equals(candidate.getUserId()) || candidate.getGroupId() != null && groups.contains(candidate.getGroupId())) {
        return true;
      }
    }
    return false;
  }

  /** What the engine's own check lists as missing: on the task or its definition, or {@code UPDATE} on either. */
  private static List<MissingAuthorization> missing(TaskEntity task, Permission onTask, Permission onDefinition) {
    String taskId = task.getId();
    if (task.getExecutionId() == null) {
      return List.of(of(onTask, Resources.TASK, taskId), of(Permissions.UPDATE, Resources.TASK, taskId));
    }
    String definition = task.getProcessDefinition().getKey();
    return List.of(of(onTask, Resources.TASK, taskId), of(onDefinition, Resources.PROCESS_DEFINITION, definition),
        of(Permissions.UPDATE, Resources.TASK, taskId), of(Permissions.UPDATE_TASK, Resources.PROCESS_DEFINITION, definition));
  }

  private static MissingAuthorization of(Permission permission, Resource resource, String resourceId) {
    return new MissingAuthorization(permission.getName(), resource.resourceName(), resourceId);
  }
}
