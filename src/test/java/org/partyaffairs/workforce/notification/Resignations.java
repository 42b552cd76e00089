package org.partyaffairs.workforce.notification;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.stereotype.Component;

/** Test fixture: resignations whose first task the notification tests follow, and draining the outbox. */
@Component
class Resignations {

  /** What a person wrote in the start form: no message may carry it. */
  static final String REASON = "家中有事需回老家（表单内容）";

  record Resignation(ProcessInstance instance, Task task, Worker worker) {
  }

  private final People people;
  private final FormService formService;
  private final RepositoryService repositoryService;
  private final TaskService taskService;
  private final OutboxSender sender;

  Resignations(People people, FormService formService, RepositoryService repositoryService, TaskService taskService,
      OutboxSender sender) {
    this.people = people;
    this.formService = formService;
    this.repositoryService = repositoryService;
    this.taskService = taskService;
    this.sender = sender;
  }

  /** A worker of the town files a resignation; its first task goes to the town's organisation department. */
  Resignation resign(String town, String name) {
    Worker worker = people.activeWorker(town, name);
    people.actAs(worker.getUserId());
    LocalDate lastDay = ClockUtil.now().toInstant().atZone(TaskNotificationTest.BEIJING).toLocalDate().plusDays(40);
    ProcessInstance instance = formService.submitStartForm(definitionId(),
        Map.of("reason", REASON, "lastWorkingDay", lastDay.toString()));
    people.actAsSystem();
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    return new Resignation(instance, task, worker);
  }

  /** Runs the sender until nothing is due. */
  void drain() {
    while (sender.sendDue() > 0) {
      // until nothing is due
    }
  }

  String definitionId() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey("ResignationProcess").latestVersion()
        .singleResult().getId();
  }
}
