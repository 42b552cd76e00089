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
import org.partyaffairs.workforce.notice.Notice;
import org.partyaffairs.workforce.notice.PublishedNotices;
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

  private final Forms forms;
  private final People people;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final PublishedNotices published;

  Campaigns(Forms forms, People people, RuntimeService runtime, TaskService tasks, ManagementService management,
      PublishedNotices published) {
    this.published = published;
    this.forms = forms;
    this.people = people;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
  }

  public static final String PROCESS_KEY = CampaignProcessVariables.PROCESS_KEY;
  public static final String ASSESSMENT_PROCESS_KEY = AssessmentProcessVariables.PROCESS_KEY;
  public static final String SELF_REPORT_TASK = "Task_SubmitSelfReport";
  public static final String EVALUATION_FORM_TASK = "Task_ScoreEvaluationForm";

  /** The city office starts the campaign; the cohort is chosen and every assessment started. */
  public ProcessInstance start(int year, String policy) {
    ProcessInstance campaign = forms.start(PROCESS_KEY, "office", startForm(year, policy));
    runJobs(campaign);
    return campaign;
  }

  /** The start form of a campaign, as the city office fills it in. */
  public static Map<String, Object> startForm(int year, String policy) {
    return Map.of(CampaignProcessVariables.YEAR, year, CampaignProcessVariables.POLICY, policy);
  }

  /** A self-report, as a worker (or the town for them) writes it. */
  public static Map<String, Object> selfReport() {
    return Map.of(AssessmentProcessVariables.SELF_REPORT, "本年度认真履行区域党建工作站专职党务工作者职责，完成各项任务。");
  }

  /**
   * Runs every due job of the campaign and the processes it called until none is left, as the job
   * executor would (other tests' jobs in the shared database are left alone).
   */
  public void runJobs(ProcessInstance campaign) {
    boolean ran;
    do {
      ran = false;
      List<String> instances = descendants(campaign);
      for (String instance : instances) {
        for (Job job : management.createJobQuery().processInstanceId(instance).executable().list()) {
          management.executeJob(job.getId());
          ran = true;
        }
      }
    } while (ran);
  }

  /** The campaign and what it called: its batches, their assessments and its notices. */
  private List<String> descendants(ProcessInstance campaign) {
    return runtime.createProcessInstanceQuery().rootProcessInstanceId(campaign.getId()).list().stream()
        .map(ProcessInstance::getId).toList();
  }

  /** The open tasks of the campaign's assessments (or notices) with the given id. */
  public List<Task> tasks(ProcessInstance campaign, String taskDefinitionKey) {
    List<String> instances = descendants(campaign);
    return tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new))
        .taskDefinitionKey(taskDefinitionKey).list();
  }

  /**
   * Every worker reports and is scored: {@code scoreSheet} gives the scoring form of a worker, null
   * for the default of the policy (a plain 合格/称职).
   */
  public void assess(ProcessInstance campaign, String policy, Function<Long, Map<String, Object>> scoreSheet) {
    for (Task task : tasks(campaign, SELF_REPORT_TASK)) {
      complete(task, selfReport());
    }
    String scoreTask = switch (policy) {
      case "kunshan" -> EVALUATION_FORM_TASK;
      case "lanzhou" -> "Task_ScoreWeighted";
      default -> "Task_ScorePointsLedger";
    };
    for (Task task : tasks(campaign, scoreTask)) {
      Long workerId = (Long) runtime.getVariable(task.getProcessInstanceId(), AssessmentProcessVariables.WORKER_ID);
      Map<String, Object> form = scoreSheet.apply(workerId);
      complete(task, form != null ? form : defaultSheet(policy));
    }
    runJobs(campaign);
  }

  /** The results notice of the town, as stored now. */
  public Notice noticeOf(ProcessInstance campaign, String town) {
    ProcessInstance notice = runtime.createProcessInstanceQuery().superProcessInstanceId(campaign.getId())
        .processDefinitionKey("PublicNoticeProcess").tenantIdIn(town).singleResult();
    return published.of(notice.getId());
  }

  /** The notices' seven days pass (the clock moves a little beyond them) and they close. */
  public void closeNotices(ProcessInstance campaign) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(8))));
    runJobs(campaign);
  }

  /** The city office confirms the published results; the consequences follow. */
  public void confirm(ProcessInstance campaign) {
    Task confirmation = tasks.createTaskQuery().processInstanceId(campaign.getId())
        .taskDefinitionKey("Task_ConfirmResults").singleResult();
    forms.complete(confirmation, "office", Map.of(CampaignProcessVariables.RESULTS_CONFIRMED, true,
        CampaignProcessVariables.CONFIRMATION_NOTE, "公示期满，确认"));
    runJobs(campaign);
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

  /**
   * The Lanzhou form of a worker without quarterly scores of the year: the 平时考核 entered by hand,
   * with the reason 001 第二十一条 then asks for.
   */
  public static Map<String, Object> weighted(double ordinary, double annual) {
    return Map.of(ScoreSheet.ORDINARY, ordinary, ScoreSheet.ANNUAL, annual, ScoreSheet.ORDINARY_REASON,
        MANUAL_ORDINARY_REASON);
  }

  /** The reason a test gives for a 平时考核 entered by hand. */
  public static final String MANUAL_ORDINARY_REASON = "本年度季度工作汇报在系统上线前以纸质形式提交，按纸质记录录入";

  private static Map<String, Object> defaultSheet(String policy) {
    return switch (policy) {
      case "kunshan" -> evaluationForm(80);
      case "lanzhou" -> weighted(85, 85);
      default -> Map.of(ScoreSheet.LEDGER, "");
    };
  }

  /** As the worker (or the town organisation dept, for a worker without an account) or as the town. */
  /** Completes the task as its assignee, or as the town org dept of its town. */
  public void complete(Task task, Map<String, Object> form) {
    String tenant = task.getTenantId();
    String user = task.getAssignee() != null ? task.getAssignee() : tenant + "-org";
    if (people.exists(user)) {
      forms.complete(task, user, form);
    } else {
      tasks.complete(task.getId(), new HashMap<>(form));
    }
  }
}
