package org.partyaffairs.workforce.assessment;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.People;
import org.springframework.stereotype.Component;

/**
 * Drives a campaign the way its people do, through the same forms, with the jobs run in the test's
 * thread. The shared test database holds other tests' ACTIVE workers too, so every step covers
 * whoever is in the cohort: the test's own workers get the forms it asks for, the others a default.
 */
@Component
public class Campaigns {

  private static final List<String> PROCESSES = List.of(CampaignProcessVariables.PROCESS_KEY,
      AssessmentProcessVariables.PROCESS_KEY, "PublicNoticeProcess", FollowUpProcessVariables.PROCESS_KEY);

  private final Forms forms;
  private final People people;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;

  Campaigns(Forms forms, People people, RuntimeService runtime, TaskService tasks, ManagementService management) {
    this.forms = forms;
    this.people = people;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
  }

  /** The city office starts the campaign; the cohort is chosen and every assessment started. */
  public ProcessInstance start(int year, String policy) {
    ProcessInstance campaign = forms.start(CampaignProcessVariables.PROCESS_KEY, "office",
        Map.of(CampaignProcessVariables.YEAR, year, CampaignProcessVariables.POLICY, policy));
    runJobs();
    return campaign;
  }

  /** Runs every due job of the campaign's processes until none is left, as the job executor would. */
  public void runJobs() {
    boolean ran;
    do {
      ran = false;
      for (String process : PROCESSES) {
        for (Job job : management.createJobQuery().processDefinitionKey(process).executable().list()) {
          management.executeJob(job.getId());
          ran = true;
        }
      }
    } while (ran);
  }

  /** The open tasks of the campaign's assessments (or notices) with the given id. */
  public List<Task> tasks(ProcessInstance campaign, String taskDefinitionKey) {
    List<String> children = runtime.createProcessInstanceQuery().superProcessInstanceId(campaign.getId()).list()
        .stream().map(ProcessInstance::getId).toList();
    if (children.isEmpty()) {
      return List.of();
    }
    return tasks.createTaskQuery().processInstanceIdIn(children.toArray(String[]::new))
        .taskDefinitionKey(taskDefinitionKey).list();
  }

  /**
   * Every worker reports and is scored: {@code scoreSheet} gives the scoring form of a worker, null
   * for the default of the policy (a plain 合格/称职).
   */
  public void assess(ProcessInstance campaign, String policy, Function<Long, Map<String, Object>> scoreSheet) {
    for (Task task : tasks(campaign, "Task_SubmitSelfReport")) {
      complete(task, Map.of(AssessmentProcessVariables.SELF_REPORT, "本年度认真履行区域党建工作站专职党务工作者职责，完成各项任务。"));
    }
    String scoreTask = switch (policy) {
      case "kunshan" -> "Task_ScoreEvaluationForm";
      case "lanzhou" -> "Task_ScoreWeighted";
      default -> "Task_ScorePointsLedger";
    };
    for (Task task : tasks(campaign, scoreTask)) {
      Long workerId = (Long) runtime.getVariable(task.getProcessInstanceId(), AssessmentProcessVariables.WORKER_ID);
      Map<String, Object> form = scoreSheet.apply(workerId);
      complete(task, form != null ? form : defaultSheet(policy));
    }
    runJobs();
  }

  /** The notices' seven days pass (the clock moves a little beyond them) and they close. */
  public void closeNotices() {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(8))));
    runJobs();
  }

  /** The city office confirms the published results; the consequences follow. */
  public void confirm(ProcessInstance campaign) {
    Task confirmation = tasks.createTaskQuery().processInstanceId(campaign.getId())
        .taskDefinitionKey("Task_ConfirmResults").singleResult();
    forms.complete(confirmation, "office", Map.of(CampaignProcessVariables.RESULTS_CONFIRMED, true,
        CampaignProcessVariables.CONFIRMATION_NOTE, "公示期满，确认"));
    runJobs();
  }

  /** The 16 items adding up to {@code total}: points are taken off from item 1 on. */
  public static Map<String, Object> evaluationForm(int total) {
    Map<String, Object> form = new HashMap<>();
    int missing = 100 - total;
    for (int item = 1; item <= ScoreSheet.ITEMS; item++) {
      int max = item >= 11 && item <= 14 ? 10 : 5;
      int taken = Math.min(max, missing);
      missing -= taken;
      form.put("item" + item, max - taken);
    }
    return form;
  }

  public static Map<String, Object> weighted(double ordinary, double annual) {
    return Map.of(ScoreSheet.ORDINARY, ordinary, ScoreSheet.ANNUAL, annual);
  }

  private static Map<String, Object> defaultSheet(String policy) {
    return switch (policy) {
      case "kunshan" -> evaluationForm(80);
      case "lanzhou" -> weighted(85, 85);
      default -> Map.of(ScoreSheet.LEDGER, "");
    };
  }

  /** As the worker (or the town organisation dept, for a worker without an account) or as the town. */
  private void complete(Task task, Map<String, Object> form) {
    String tenant = task.getTenantId();
    String user = task.getAssignee() != null ? task.getAssignee() : tenant + "-org";
    if (people.exists(user)) {
      forms.complete(task, user, form);
    } else {
      tasks.complete(task.getId(), new HashMap<>(form));
    }
  }
}
