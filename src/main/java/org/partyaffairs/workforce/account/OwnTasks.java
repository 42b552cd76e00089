package org.partyaffairs.workforce.account;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.partyaffairs.workforce.security.AsSystem;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worker's own tasks (the public commitment, 001 第十八条(一); the annual self-report; 销假 after a
 * leave, 001 第十八条(四); the quarterly report, 001 第十八条(三)) go to the worker once their account can log in, else to the town
 * organisation department, which records them for the worker as before. Bean {@code ${ownTasks}}: the models' {@code camunda:assignee} is
 * {@code ${ownTasks.assigneeOf(execution)}}, beside the candidate group {@code town-org-<town>}, so
 * the department can still complete a task assigned to the worker ({@code OfferedTaskCommandChecker}
 * lets the assignee and the candidates work it). A task created while the account waited for its
 * activation is handed to the worker when they activate ({@link #handOver}).
 */
@Component("ownTasks")
public class OwnTasks {

  /** The activities of the models that are the worker's own acts. */
  static final List<String> ACTIVITIES = List.of("Task_MakeCommitment", "Task_SubmitSelfReport", "Task_ReportBack",
      "Task_SubmitQuarterlyReport",
      "Task_ApplyForCertification");
  /** Every process about a worker carries the worker's id under this name (worker package). */
  static final String WORKER_ID = "workerId";

  private static final Logger log = LoggerFactory.getLogger(OwnTasks.class);

  private final WorkerRepository workers;
  private final AccountRepository accounts;
  private final IdentityService identity;
  private final TaskService tasks;
  private final AsSystem asSystem;

  OwnTasks(WorkerRepository workers, AccountRepository accounts, IdentityService identity, TaskService tasks,
      AsSystem asSystem) {
    this.workers = workers;
    this.accounts = accounts;
    this.identity = identity;
    this.tasks = tasks;
    this.asSystem = asSystem;
  }

  /**
   * The worker's user id when they can log in: an account the product opened once it is active, a
   * user the product did not open (the demo's) while it exists and is not closed; else null.
   */
  @Transactional(readOnly = true)
  public String assigneeOf(DelegateExecution execution) {
    Object workerId = execution.getVariable(WORKER_ID);
    if (!(workerId instanceof Number id)) {
      return null;
    }
    Optional<String> userId = workers.findById(id.longValue()).map(Worker::getUserId);
    return userId.filter(this::canLogIn).orElse(null);
  }

  private boolean canLogIn(String userId) {
    Optional<Account> account = accounts.findById(userId);
    if (account.isPresent()) {
      return account.get().isActive();
    }
    return asSystem.get(() -> identity.createUserQuery().userId(userId).count() > 0);
  }

  /** The worker's own open tasks that nobody was assigned, to the worker who just activated their account. */
  void handOver(long workerId, String userId) {
    asSystem.run(() -> {
      List<Task> open = tasks.createTaskQuery().taskDefinitionKeyIn(ACTIVITIES.toArray(String[]::new)).taskUnassigned()
          .processVariableValueEquals(WORKER_ID, workerId).list();
      for (Task task : open) {
        tasks.setAssignee(task.getId(), userId);
        log.info("Task {} ({}) handed to {}", task.getId(), task.getTaskDefinitionKey(), userId);
      }
    });
  }
}
