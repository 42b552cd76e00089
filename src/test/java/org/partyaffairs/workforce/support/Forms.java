package org.partyaffairs.workforce.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Test fixture: submits start and task forms as a user, the way Tasklist does. */
@Component
public class Forms {

  private final People people;
  private final RepositoryService repositoryService;
  private final FormService formService;
  private final TaskService taskService;

  Forms(People people, RepositoryService repositoryService, FormService formService, TaskService taskService) {
    this.people = people;
    this.repositoryService = repositoryService;
    this.formService = formService;
    this.taskService = taskService;
  }

  /** Submits the start form of the latest version of the process as the user. */
  public ProcessInstance start(String processKey, String userId, Map<String, Object> form) {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult().getId();
    people.actAs(userId);
    try {
      return formService.submitStartForm(definitionId, new HashMap<>(form));
    } finally {
      people.actAsSystem();
    }
  }

  /** Claims the task unless it is already the user's, and submits its form as the user. */
  public void complete(Task task, String userId, Map<String, Object> form) {
    people.actAs(userId);
    try {
      if (!userId.equals(task.getAssignee())) {
        taskService.claim(task.getId(), userId);
      }
      formService.submitTaskForm(task.getId(), new HashMap<>(form));
    } finally {
      people.actAsSystem();
    }
  }

  /**
   * The owner finds the instance's task among the tasks offered to them, claims it and submits its
   * form; a user of another town does not see it at all.
   */
  public void work(ProcessInstance instance, String owner, String otherTown, Map<String, Object> form) {
    try {
      people.actAs(otherTown);
      assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
      people.actAs(owner);
      Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskCandidateUser(owner)
          .singleResult();
      assertThat(task).as("%s sees the task", owner).isNotNull();
      taskService.claim(task.getId(), owner);
      formService.submitTaskForm(task.getId(), new HashMap<>(form));
    } finally {
      people.actAsSystem();
    }
  }
}
