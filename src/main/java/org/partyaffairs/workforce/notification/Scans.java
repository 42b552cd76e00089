package org.partyaffairs.workforce.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  static final String ESCALATED = "TASK_ESCALATED";

  private final OpenTasks openTasks;
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

  Scans(OpenTasks openTasks, Directory directory, Outbox outbox, Messages messages,
      TaskMarkRepository marks, NotificationSwitch notifications, WorkingDays workingDays, WorkerRepository workers,
      Trail trail, TransactionTemplate transaction, NotificationProperties properties, Clock clock) {
    this.openTasks = openTasks;
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
    return remind(null);
  }

  /** {@link #remind()} over one process's tasks (tests), or every task (null). */
  int remind(String processInstanceId) {
    if (!notifications.isOn()) {
      return 0;
    }
    Date now = Date.from(clock.instant());
    Date horizon = dueSoonHorizon();
    int reminded = 0;
    for (List<String> ids = openTasks.unmarked(MessageKind.REMINDER, now, horizon, processInstanceId, "");
        !ids.isEmpty();
        ids = openTasks.unmarked(MessageKind.REMINDER, now, horizon, processInstanceId, ids.get(ids.size() - 1))) {
      for (OpenTask open : openTasks.load(ids)) {
        reminded += once(open.id(), MessageKind.REMINDER, () -> outbox.write(MessageKind.REMINDER,
            "REMINDER:" + open.id(), peopleOf(open), messages.reminder(open, properties.reminderWorkingDays()),
            open.id()));
      }
    }
    return reminded;
  }

  /** Escalates every overdue task not yet escalated; answers how many tasks. */
  int escalate() {
    return escalate(null);
  }

  /** {@link #escalate()} over one process's tasks (tests), or every task (null). */
  int escalate(String processInstanceId) {
    if (!notifications.isOn()) {
      return 0;
    }
    Date now = Date.from(clock.instant());
    int escalated = 0;
    for (List<String> ids = openTasks.unmarked(MessageKind.ESCALATION, null, now, processInstanceId, "");
        !ids.isEmpty();
        ids = openTasks.unmarked(MessageKind.ESCALATION, null, now, processInstanceId, ids.get(ids.size() - 1))) {
      for (OpenTask open : openTasks.load(ids)) {
        escalated += escalateOne(open);
      }
    }
    return escalated;
  }

  private int escalateOne(OpenTask open) {
    Map<String, String> supervisorOf = new LinkedHashMap<>();
    for (String group : open.candidateGroups()) {
      Supervisors.of(group).ifPresent(supervisor -> supervisorOf.putIfAbsent(supervisor, group));
    }
    if (open.candidateGroups().isEmpty()) {
      Supervisors.ofPersonIn(open.town()).ifPresent(supervisor -> supervisorOf.put(supervisor, "workers"));
    }
    return once(open.id(), MessageKind.ESCALATION, () -> {
      int written = 0;
      for (Map.Entry<String, String> entry : supervisorOf.entrySet()) {
        written += outbox.write(MessageKind.ESCALATION, "ESCALATION:" + open.id(),
            directory.membersOf(List.of(entry.getKey())), messages.escalation(open, entry.getValue()), open.id());
      }
      recordOnTrail(open, supervisorOf);
      return written;
    });
  }

  /**
   * The day's digest, once the digest time of a working day has come; answers how many people got
   * one. Nothing on a day off.
   */
  int digest() {
    return digest(null);
  }

  /** {@link #digest()} over one process's tasks (tests), or every task (null). */
  int digest(String processInstanceId) {
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
    Map<Set<String>, Set<String>> membersOf = new HashMap<>();
    for (List<OpenTask> page = openTasks.page(processInstanceId, ""); !page.isEmpty();
        page = openTasks.page(processInstanceId, page.get(page.size() - 1).id())) {
      for (OpenTask open : page) {
        for (String person : peopleOf(open, membersOf)) {
          waiting.computeIfAbsent(person, p -> new ArrayList<>()).add(open);
        }
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
    return peopleOf(task, new HashMap<>());
  }

  /**
   * The same, with the members of each set of groups looked up once per scan: a campaign's
   * thousands of tasks are offered to a handful of groups.
   */
  private Set<String> peopleOf(OpenTask task, Map<Set<String>, Set<String>> membersOf) {
    if (task.assignee() != null) {
      return Set.of(task.assignee());
    }
    Set<String> people = new LinkedHashSet<>(task.candidateUsers());
    people.addAll(membersOf.computeIfAbsent(task.candidateGroups(), directory::membersOf));
    return people;
  }
}
