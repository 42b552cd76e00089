package org.partyaffairs.workforce.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.partyaffairs.workforce.deadline.WorkingDays;
import org.partyaffairs.workforce.worker.Article;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the clock brings, run by {@link NotificationSchedule} every few minutes on every node:
 * <ul>
 *   <li><b>reminders</b>: a task due within {@code reminder-working-days} working days
 *   ({@code rules/calendar}) is reminded of to its people, once per task;</li>
 *   <li><b>escalation</b>: a task past its due date is told to the group that supervises the group
 *   it is offered to ({@link Supervisors}), once per task, and lands on the worker's trail where the
 *   process is about a worker (001 第十五条: the organisation department guides and urges);</li>
 *   <li><b>the daily digest</b>: from {@code digest} o'clock of a working day on, each person with
 *   open tasks gets one message listing them, the ones due soon first; once per person and day.</li>
 * </ul>
 * Each task's reminder or escalation is written in a transaction of its own with its mark
 * ({@code notification_task_mark}); two nodes scanning at once write it once, because the second
 * mark's insert fails and rolls back its copy. The scans read as the application (no user), so they
 * see every town's tasks.
 */
@Component
class Scans {

  private static final Logger LOG = LoggerFactory.getLogger(Scans.class);
  private static final int PAGE = 500;
  static final String ESCALATED = "TASK_ESCALATED";

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final Directory directory;
  private final Outbox outbox;
  private final Messages messages;
  private final TaskMarkRepository marks;
  private final NotificationSwitch notifications;
  private final WorkingDays workingDays;
  private final WorkerRepository workers;
  private final Trail trail;
  private final TransactionTemplate transaction;
  private final NotificationProperties properties;
  private final Clock clock;

  Scans(TaskService tasks, RuntimeService runtime, Directory directory, Outbox outbox, Messages messages,
      TaskMarkRepository marks, NotificationSwitch notifications, WorkingDays workingDays, WorkerRepository workers,
      Trail trail, TransactionTemplate transaction, NotificationProperties properties, Clock clock) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.directory = directory;
    this.outbox = outbox;
    this.messages = messages;
    this.marks = marks;
    this.notifications = notifications;
    this.workingDays = workingDays;
    this.workers = workers;
    this.trail = trail;
    this.transaction = transaction;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * "Due soon" is due before this moment: 00:00 after the N-th working day after today, so that a
   * task due at the end of that day (23:59:59, as every due date) counts.
   */
  Date dueSoonHorizon() {
    return workingDays.startOf(workingDays.plus(workingDays.today(), properties.reminderWorkingDays()).plusDays(1));
  }

  /** Reminds of every task due soon and not yet reminded of; answers how many tasks. */
  int remind() {
    return remind(query -> query);
  }

  /** {@link #remind()} over the tasks the narrowing leaves (tests: one instance's). */
  int remind(java.util.function.UnaryOperator<TaskQuery> narrowing) {
    if (!notifications.isOn()) {
      return 0;
    }
    Date now = Date.from(clock.instant());
    int reminded = 0;
    for (Task task : all(narrowing.apply(tasks.createTaskQuery().active().dueAfter(now).dueBefore(dueSoonHorizon())))) {
      if (marks.existsByTaskIdAndKind(task.getId(), MessageKind.REMINDER.name())) {
        continue;
      }
      OpenTask open = open(task);
      reminded += once(task.getId(), MessageKind.REMINDER, () -> outbox.write(MessageKind.REMINDER,
          "REMINDER:" + task.getId(), peopleOf(open), messages.reminder(open, properties.reminderWorkingDays()),
          task.getId()));
    }
    return reminded;
  }

  /** Escalates every overdue task not yet escalated; answers how many tasks. */
  int escalate() {
    return escalate(query -> query);
  }

  /** {@link #escalate()} over the tasks the narrowing leaves (tests: one instance's). */
  int escalate(java.util.function.UnaryOperator<TaskQuery> narrowing) {
    if (!notifications.isOn()) {
      return 0;
    }
    Date now = Date.from(clock.instant());
    int escalated = 0;
    for (Task task : all(narrowing.apply(tasks.createTaskQuery().active().dueBefore(now)))) {
      if (marks.existsByTaskIdAndKind(task.getId(), MessageKind.ESCALATION.name())) {
        continue;
      }
      OpenTask open = open(task);
      Map<String, String> supervisorOf = new LinkedHashMap<>();
      for (String group : open.candidateGroups()) {
        Supervisors.of(group).ifPresent(supervisor -> supervisorOf.putIfAbsent(supervisor, group));
      }
      if (open.candidateGroups().isEmpty()) {
        Supervisors.ofPersonIn(open.town()).ifPresent(supervisor -> supervisorOf.put(supervisor, "workers"));
      }
      escalated += once(task.getId(), MessageKind.ESCALATION, () -> {
        int written = 0;
        for (Map.Entry<String, String> entry : supervisorOf.entrySet()) {
          written += outbox.write(MessageKind.ESCALATION, "ESCALATION:" + task.getId(),
              directory.membersOf(List.of(entry.getKey())), messages.escalation(open, entry.getValue()), task.getId());
        }
        recordOnTrail(open, supervisorOf);
        return written;
      });
    }
    return escalated;
  }

  /**
   * The day's digest, once the digest time of a working day has come; answers how many people got
   * one. Nothing on a day off.
   */
  int digest() {
    return digest(query -> query);
  }

  /** {@link #digest()} over the tasks the narrowing leaves (tests: one instance's). */
  int digest(java.util.function.UnaryOperator<TaskQuery> narrowing) {
    if (!notifications.isOn()) {
      return 0;
    }
    ZonedDateTime now = clock.instant().atZone(workingDays.zone());
    LocalDate today = now.toLocalDate();
    if (!workingDays.isWorkday(today) || now.toLocalTime().isBefore(properties.digest())) {
      return 0;
    }
    Date horizon = dueSoonHorizon();
    Map<String, List<OpenTask>> waiting = new LinkedHashMap<>();
    for (Task task : all(narrowing.apply(tasks.createTaskQuery().active()))) {
      OpenTask open = open(task);
      for (String person : peopleOf(open)) {
        waiting.computeIfAbsent(person, p -> new ArrayList<>()).add(open);
      }
    }
    int people = 0;
    for (Map.Entry<String, List<OpenTask>> entry : waiting.entrySet()) {
      List<OpenTask> dueSoon = entry.getValue().stream().filter(t -> t.due() != null && t.due().before(horizon)).toList();
      Integer written = transaction.execute(status -> outbox.write(MessageKind.DIGEST, "DIGEST:" + today,
          List.of(entry.getKey()), messages.digest(entry.getValue(), dueSoon), null));
      people += written == null ? 0 : written;
    }
    return people;
  }

  private void recordOnTrail(OpenTask task, Map<String, String> supervisorOf) {
    if (task.workerId() == null) {
      return;
    }
    workers.findById(task.workerId()).ifPresent(worker -> trail.record(worker, ESCALATED,
        "待办事项「" + task.name() + "」已超过办理期限（" + messages.deadline(task.due()) + "）仍未办理，已提请"
            + String.join("、", supervisorOf.keySet().stream().map(GroupNames::of).toList()) + "督办",
        "system", task.processInstanceId(), Article.LANZHOU_15));
  }

  /** Runs the writing with the task's mark in one transaction; a mark another node wrote first skips it. */
  private int once(String taskId, MessageKind kind, java.util.function.IntSupplier writing) {
    try {
      Integer done = transaction.execute(status -> {
        marks.saveAndFlush(new TaskMark(taskId, kind, clock.instant()));
        writing.getAsInt();
        return 1;
      });
      return done == null ? 0 : done;
    } catch (DataIntegrityViolationException e) {
      LOG.debug("{} of task {} was written by another node", kind, taskId);
      return 0;
    }
  }

  /** The task's people now: the assignee when it is claimed, else its candidates and their groups' members. */
  private Set<String> peopleOf(OpenTask task) {
    if (task.assignee() != null) {
      return Set.of(task.assignee());
    }
    Set<String> people = new LinkedHashSet<>(task.candidateUsers());
    people.addAll(directory.membersOf(task.candidateGroups()));
    return people;
  }

  private OpenTask open(Task task) {
    Set<String> groups = new LinkedHashSet<>();
    Set<String> people = new LinkedHashSet<>();
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
        if (link.getUserId() != null) {
          people.add(link.getUserId());
        }
      }
    }
    Map<String, Object> variables = task.getProcessInstanceId() == null ? Map.of()
        : runtime.getVariables(task.getProcessInstanceId(), List.of("workerName", "workerId"));
    Object name = variables.get("workerName");
    Object id = variables.get("workerId");
    return new OpenTask(task.getId(), task.getName(), task.getDueDate(), task.getTenantId(), task.getProcessInstanceId(),
        name instanceof String text ? text : null, id instanceof Number number ? number.longValue() : null, groups, people,
        task.getAssignee());
  }

  private static List<Task> all(TaskQuery query) {
    List<Task> found = new ArrayList<>();
    query.orderByTaskId().asc();
    for (int first = 0; ; first += PAGE) {
      List<Task> page = query.listPage(first, PAGE);
      found.addAll(page);
      if (page.size() < PAGE) {
        return found;
      }
    }
  }
}
