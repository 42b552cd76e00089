package org.partyaffairs.workforce.notification;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code create} listener of every user task ({@link NotificationPlugin}): writes a message for
 * each of the task's people into the outbox, in the engine's transaction that creates the task. The
 * people are the assignee, the candidate users and the members of the candidate groups as they are
 * at this moment (see {@link #peopleOf}).
 */
class TaskCreatedListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(TaskCreatedListener.class);

  private final NotificationSwitch notifications;
  private final Directory directory;
  private final Outbox outbox;
  private final Messages messages;

  TaskCreatedListener(NotificationSwitch notifications, Directory directory, Outbox outbox, Messages messages) {
    this.notifications = notifications;
    this.directory = directory;
    this.outbox = outbox;
    this.messages = messages;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!notifications.isOn()) {
      return;
    }
    OpenTask open = of(task);
    Set<String> people = peopleOf(open);
    int written = outbox.write(MessageKind.TASK, "TASK:" + task.getId(), people, messages.newTask(open), task.getId());
    LOG.debug("Task {} ({}): {} messages for {}", task.getId(), task.getName(), written, people);
  }

  /**
   * Group members are resolved now, when the task is created, not when the message is sent: the
   * message tells those to whom the task was offered, one row each, so that each person's delivery
   * is retried, counted and kept from duplicates on its own; someone who joins the group later sees
   * the task in Tasklist and in the next digest. The address is looked up only when sending, so a
   * corrected e-mail reaches the rows still waiting.
   */
  Set<String> peopleOf(OpenTask task) {
    Set<String> people = new LinkedHashSet<>();
    if (task.assignee() != null) {
      people.add(task.assignee());
    }
    people.addAll(task.candidateUsers());
    people.addAll(directory.membersOf(task.candidateGroups()));
    return people;
  }

  static OpenTask of(DelegateTask task) {
    Set<String> groups = new LinkedHashSet<>();
    Set<String> people = new LinkedHashSet<>();
    for (IdentityLink link : task.getCandidates()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
      if (link.getUserId() != null) {
        people.add(link.getUserId());
      }
    }
    Object workerName = task.getVariable("workerName");
    Object workerId = task.getVariable("workerId");
    return new OpenTask(task.getId(), task.getName(), task.getDueDate(), task.getTenantId(), task.getProcessInstanceId(),
        workerName instanceof String name ? name : null, workerId instanceof Number id ? id.longValue() : null, groups,
        people, task.getAssignee());
  }
}
