package org.partyaffairs.workforce.bench;

import java.time.Duration;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.partyaffairs.workforce.security.Grants;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.People;

/**
 * The floor: the raw engine on the same database and settings, a minimal process (start → user
 * task → asynchronous no-op service task → end) started and worked by a town user through the
 * same calls as the product's tasks (authorization and town isolation on), {@code threads} at once.
 * Instances per second from the first start until the last instance has ended.
 */
final class FloorScenario {

  static final String PROCESS = "FloorProcess";
  private static final String TOWN = "kfq";
  private static final Duration TIMEOUT = Duration.ofMinutes(30);

  private final BenchRun run;
  private final Crew crew;
  private final String user = Cohort.userOf(TOWN);
  private int rounds;

  FloorScenario(BenchRun run, Crew crew) {
    this.run = run;
    this.crew = crew;
    deploy();
  }

  /** Runs {@code instances} instances; answers instances per second. */
  double measure(int instances) {
    String round = "floor-" + (++rounds) + "-";
    long start = System.nanoTime();
    crew.each(IntStream.range(0, instances).boxed().toList(), i -> startAndWork(round + i));
    HistoryService history = run.bean(HistoryService.class);
    Progress.await("floor instances ended", instances, () -> history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS).processInstanceBusinessKeyLike(round + "%").finished().count(), TIMEOUT);
    return instances / ((System.nanoTime() - start) / 1e9);
  }

  private void startAndWork(String businessKey) {
    People people = run.bean(People.class);
    ProcessInstance instance;
    people.actAs(user);
    try {
      instance = run.bean(RuntimeService.class).startProcessInstanceByKey(PROCESS, businessKey);
    } finally {
      people.actAsSystem();
    }
    Task task = run.bean(TaskService.class).createTaskQuery().processInstanceId(instance.getId()).singleResult();
    run.bean(Forms.class).complete(task, user, Map.of());
  }

  private void deploy() {
    RepositoryService repository = run.bean(RepositoryService.class);
    if (repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() > 0) {
      return;
    }
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).name("基准流程").camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Floor")
        .userTask("Task_Floor").name("办理基准任务").camundaCandidateGroups(Groups.townOrg(TOWN))
        .serviceTask("Task_FloorNoop").name("空操作").camundaAsyncBefore().camundaDelegateExpression("${" + BenchRun.NOOP + "}")
        .endEvent("EndEvent_Floor")
        .done();
    repository.createDeployment().name("bench-floor").addModelInstance(PROCESS + ".bpmn", model).deploy();
    // Start-up may have granted the town group some of this already: Grants adds what is missing.
    Grants grants = run.bean(Grants.class);
    // Read and worked like the product's own town tasks: through the definition (no row per task).
    grants.grant(Groups.townOrg(TOWN), Resources.PROCESS_DEFINITION, PROCESS, Permissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.TASK_WORK);
    grants.grant(Groups.townOrg(TOWN), Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
  }
}
