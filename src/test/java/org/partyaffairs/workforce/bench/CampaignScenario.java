package org.partyaffairs.workforce.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.partyaffairs.workforce.assessment.Campaigns;
import org.partyaffairs.workforce.support.Await;
import org.partyaffairs.workforce.support.Forms;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An assessment campaign (Kunshan bands) for a fresh cohort spread over the towns, from the city
 * office's start form until every worker is scored and graded. The job executor starts the
 * assessments in their batches and grades them; the towns' users report and score through the
 * same form service Tasklist submits to (server-side validation included), {@code threads} at once,
 * taking whatever tasks are open, page by page, as they appear.
 */
final class CampaignScenario {

  record Outcome(double seconds, double workersPerSecond, double publishedAfterSeconds) {
  }

  private static final int PAGE = 400;
  private static final Duration TIMEOUT = Duration.ofHours(3);

  private final BenchRun run;
  private final Crew crew;
  private final List<String> towns;

  CampaignScenario(BenchRun run, Crew crew, List<String> towns) {
    this.run = run;
    this.crew = crew;
    this.towns = towns;
  }

  /** Hires the cohort and runs its campaign; assessments of other campaigns are left alone. */
  Outcome measure(int workers, int year) {
    JdbcTemplate jdbc = run.jdbc();
    Cohort.hire(jdbc, "c" + year, workers, towns);
    long start = System.nanoTime();
    ProcessInstance campaign = run.bean(Forms.class).start(Campaigns.PROCESS_KEY, "office",
        Campaigns.startForm(year, "kunshan"));
    Long campaignId = jdbc.queryForObject("select id from assessment_campaign where process_instance_id = ?",
        Long.class, campaign.getId());
    long nextReport = start;
    long graded;
    while ((graded = graded(jdbc, campaignId)) < workers) {
      List<Task> open = openTasks(year);
      if (open.isEmpty()) {
        Await.sleep(Duration.ofMillis(100));
      } else {
        crew.each(open, this::work);
      }
      if (System.nanoTime() > nextReport) {
        System.out.printf("[bench]   campaign %d: %,d of %,d graded after %.0f s%n", year, graded, workers,
            (System.nanoTime() - start) / 1e9);
        nextReport = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      }
      if (System.nanoTime() - start > TIMEOUT.toNanos()) {
        throw new IllegalStateException("Campaign " + year + ": " + graded + " of " + workers + " graded after " + TIMEOUT);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    RuntimeService runtime = run.bean(RuntimeService.class);
    long townsInCohort = jdbc.queryForObject("select count(distinct town_code) from assessment where campaign_id = ?",
        Long.class, campaignId);
    // What follows the grading (publication: one notice per town) is the campaign's too: wait for it,
    // so that the next scenario starts on a quiet engine.
    Progress.await("campaign " + year + " notices published", townsInCohort, () -> runtime.createProcessInstanceQuery()
        .superProcessInstanceId(campaign.getId()).processDefinitionKey("PublicNoticeProcess").count(), TIMEOUT);
    return new Outcome(seconds, workers / seconds, (System.nanoTime() - start) / 1e9);
  }

  private List<Task> openTasks(int year) {
    return run.bean(TaskService.class).createTaskQuery().processDefinitionKey(Campaigns.ASSESSMENT_PROCESS_KEY)
        .taskDefinitionKeyIn(Campaigns.SELF_REPORT_TASK, Campaigns.EVALUATION_FORM_TASK)
        .processInstanceBusinessKeyLike(year + "-%").listPage(0, PAGE);
  }

  /** The town's organisation department reports for the worker (who has no account) and scores them. */
  private void work(Task task) {
    Map<String, Object> form = Campaigns.SELF_REPORT_TASK.equals(task.getTaskDefinitionKey()) ? Campaigns.selfReport()
        : Campaigns.evaluationForm(60 + Math.floorMod(task.getId().hashCode(), 41));
    run.bean(Forms.class).complete(task, Cohort.userOf(task.getTenantId()), form);
  }

  private static long graded(JdbcTemplate jdbc, Long campaignId) {
    return jdbc.queryForObject("select count(*) from assessment where campaign_id = ? and grade is not null",
        Long.class, campaignId);
  }
}
