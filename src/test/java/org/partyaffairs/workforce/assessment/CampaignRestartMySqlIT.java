package org.partyaffairs.workforce.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.assessment.StoredCampaign.AssessmentInstance;
import org.partyaffairs.workforce.assessment.StoredCampaign.StoredAssessment;
import org.partyaffairs.workforce.support.ActiveWorkers;
import org.partyaffairs.workforce.support.ApplicationProcess;
import org.partyaffairs.workforce.support.Await;
import org.partyaffairs.workforce.support.Closing;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.MySqlTestDatabase;
import org.partyaffairs.workforce.worker.WorkerStatus;

/**
 * Issue 8, item 9: the packaged application on MySQL is killed with SIGKILL while a campaign is
 * starting its workers' assessments, and started again on the same database. Afterwards every
 * worker of the cohort has exactly one assessment and exactly one AnnualAssessmentProcess: the
 * batch that was running when the process died is started again, the batches before it are not.
 *
 * <p>The application runs as its own process ({@code java -jar}, profiles demo and mysql, the job
 * executor on as in production), because only a separate process can be killed mid-transaction
 * and restarted the way an operator would. Run with {@code ./mvnw verify -Pmysql-it
 * -Dit.test=CampaignRestartMySqlIT}; it takes several minutes (see {@link #DRAINED}).
 */
class CampaignRestartMySqlIT {

  private static final String DATABASE = "workforce_restart_it";

  /**
   * Workers the test hires: with the demo's, 29 batches (of {@value CampaignService#BATCH_SIZE},
   * one transaction each, a second or more each here). The job executor's four threads start four
   * at once, so the kill lands with batches done, some running and more still to do.
   */
  private static final int HIRED = 28 * CampaignService.BATCH_SIZE;

  /** A cold start on a slow machine, Flyway and the Camunda deployment included. */
  private static final Duration STARTUP = Duration.ofMinutes(3);

  /** Choosing the cohort and the first batch of assessments. */
  private static final Duration FIRST_BATCH = Duration.ofMinutes(3);

  /**
   * The killed job executor had locked the batch jobs it had taken; nobody unlocks them, so the
   * new run takes them up only once their lock expires (the product's lock time, 2 minutes; Camunda's
   * default is 5), and then starts the rest.
   */
  private static final Duration DRAINED = Duration.ofMinutes(10);

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ApplicationProcess application;
  private static Connection database;

  @BeforeAll
  static void freshDatabase() throws SQLException {
    database = MySqlTestDatabase.fresh(DATABASE);
    application = new ApplicationProcess("campaign-restart-it", List.of("demo", "mysql"),
        MySqlTestDatabase.applicationEnvironment(DATABASE));
  }

  @AfterAll
  static void stopApplication() throws Exception {
    Closing.all(application, database);
  }

  @Test
  void aCampaignKilledMidFlightCompletesAfterRestartWithOneAssessmentPerWorker() throws Exception {
    application.start().awaitReady(STARTUP);
    ActiveWorkers.hire(database, HIRED, "restart-it");
    Set<Long> cohort = activeWorkers();

    StoredCampaign campaign = StoredCampaign.startOverRest(database, application);
    int startedBeforeKill = awaitFirstAssessments(campaign, cohort.size());
    assertThat(application.kill()).as("exit value of %s, killed with SIGKILL", application.describe())
        .isEqualTo(137);

    // What the killed run left: part of the cohort started (its committed batches), the rest not.
    int started = campaign.runningAssessmentCount();
    assertThat(started).as("assessments started when the application was killed (%s)", application.describe())
        .isGreaterThanOrEqualTo(startedBeforeKill).isLessThan(cohort.size());
    assertThat(campaign.pendingJobs()).as("batch jobs left for the restart").isPositive();
    System.out.printf("Killed %s with %d of %d assessments started; pending jobs:%n  %s%n", application.describe(),
        started, cohort.size(), String.join("\n  ", campaign.describePendingJobs()));

    application.start().awaitReady(STARTUP);
    awaitDrained(campaign);

    assertOneAssessmentPerWorker(campaign, cohort);
    assertNoFailures(campaign);
    assertTheCampaignReportsTheCohort(campaign, cohort.size());
  }

  /** The cohort a campaign takes: every ACTIVE worker (none here is under warning or disqualified). */
  private static Set<Long> activeWorkers() throws SQLException {
    Set<Long> ids = new TreeSet<>();
    try (PreparedStatement statement = database.prepareStatement("select id from worker where status = ?")) {
      statement.setString(1, WorkerStatus.ACTIVE.name());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    return ids;
  }

  /**
   * Waits, polling closely, for the first committed batch: from then on the job executor is
   * starting the next batch, and a kill now strikes with work both done and in flight.
   */
  private static int awaitFirstAssessments(StoredCampaign campaign, int cohort) {
    int started = Await.until("the first batch of assessments", FIRST_BATCH, Duration.ofMillis(100),
        campaign::runningAssessmentCount, count -> count > 0, application::describe);
    assertThat(started).as("the campaign was still in flight when its first batch committed; hire more workers")
        .isLessThan(cohort);
    return started;
  }

  /** Waits until the campaign has no job left; a failing job or an incident ends the wait at once. */
  private static void awaitDrained(StoredCampaign campaign) {
    Await.until("the campaign's jobs after the restart", DRAINED, Duration.ofSeconds(2), () -> {
      assertThat(campaign.failingJobs()).as("failing jobs: %s (%s)", campaign.describePendingJobs(),
          application.describe()).isZero();
      assertThat(campaign.incidents()).as("incidents (%s)", application.describe()).isEmpty();
      return campaign.pendingJobs();
    }, pending -> pending == 0, () -> campaign.runningAssessmentCount() + " assessments started, pending jobs:\n  "
        + String.join("\n  ", campaign.describePendingJobs()) + "\n" + application.describe());
  }

  private static void assertOneAssessmentPerWorker(StoredCampaign campaign, Set<Long> cohort) {
    List<StoredAssessment> assessments = campaign.assessments();
    assertThat(assessments).extracting(StoredAssessment::workerId).as("one assessment per cohort worker")
        .containsExactlyElementsOf(cohort);
    assertThat(assessments).extracting(StoredAssessment::processInstanceId).as("each taken up by an instance")
        .doesNotContainNull().doesNotHaveDuplicates();

    List<AssessmentInstance> instances = campaign.runningAssessmentInstances();
    assertThat(instances).extracting(AssessmentInstance::id).as("one AnnualAssessmentProcess per assessment")
        .containsExactlyInAnyOrderElementsOf(assessments.stream().map(StoredAssessment::processInstanceId).toList());
    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    assertThat(instances).extracting(AssessmentInstance::businessKey).as("one instance per worker, by business key")
        .containsExactlyInAnyOrderElementsOf(assessments.stream()
            .map(assessment -> year + "-" + assessment.townCode() + "-" + assessment.workerId()).toList());
    assertThat(instances).extracting(AssessmentInstance::superExecutionId).as("each called by the campaign")
        .doesNotContainNull();
    assertThat(campaign.historicAssessmentCount()).as("instances ever started, ended ones included")
        .isEqualTo(cohort.size());
    assertThat(campaign.openSelfReportTasks()).as("self-report tasks waiting").isEqualTo(cohort.size());
  }

  private static void assertNoFailures(StoredCampaign campaign) {
    assertThat(campaign.incidents()).as("incidents").isEmpty();
    assertThat(campaign.failedJobRuns()).as("failed job runs").isEmpty();
    Http http = new Http(application.port());
    assertThat(count(http.get("/engine-rest/incident/count", "admin", "demo"))).as("incidents over REST").isZero();
    assertThat(count(http.get("/engine-rest/job/count?withException=true", "admin", "demo")))
        .as("failed jobs over REST").isZero();
  }

  /** The campaign's own record and its report, as the city office reads it. */
  private static void assertTheCampaignReportsTheCohort(StoredCampaign campaign, int cohort) throws Exception {
    assertThat(campaign.recordedWorkers()).as("workers on the campaign record").isEqualTo(cohort);
    assertThat(campaign.status()).isEqualTo(CampaignStatus.SCORING.name());
    HttpResponse<String> response = new Http(application.port()).get("/api/campaigns/" + campaign.id(), "office",
        "demo");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode report = JSON.readTree(response.body());
    assertThat(report.get("workers").asInt()).as("report: workers").isEqualTo(cohort);
    assertThat(report.get("byStatus").get(AssessmentStatus.WAITING_SELF_REPORT.name()).asInt())
        .as("report: waiting for the self-report").isEqualTo(cohort);
    int reported = 0;
    for (JsonNode byStatus : report.get("byStatus")) {
      reported += byStatus.asInt();
    }
    assertThat(reported).as("report: assessments in all states").isEqualTo(cohort);
  }

  private static long count(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try {
      return JSON.readTree(response.body()).get("count").asLong();
    } catch (Exception e) {
      throw new IllegalStateException(response.body(), e);
    }
  }
}
