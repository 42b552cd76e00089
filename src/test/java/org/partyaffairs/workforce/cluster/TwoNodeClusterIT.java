package org.partyaffairs.workforce.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.partyaffairs.workforce.assessment.AssessmentStatus;
import org.partyaffairs.workforce.assessment.CampaignStatus;
import org.partyaffairs.workforce.assessment.Campaigns;
import org.partyaffairs.workforce.assessment.StoredCampaign;
import org.partyaffairs.workforce.support.ActiveWorkers;
import org.partyaffairs.workforce.support.ApplicationProcess;
import org.partyaffairs.workforce.support.Await;
import org.partyaffairs.workforce.support.Closing;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.MySqlTestDatabase;
import org.partyaffairs.workforce.warning.WarningStatus;

/**
 * Issue 9, item 3: two application nodes on one database, as a cluster runs them. Both packaged
 * jars start at the same moment on a fresh database and end with one deployment and one set of
 * groups, authorizations, filters and demo workers. Then warnings with their three-month timers and
 * an annual assessment campaign (asynchronous batches, call activities and grading) run on both
 * nodes; one node is killed with SIGKILL while the grading jobs are running, and the other finishes
 * everything: every job ran once, every business effect is there exactly once per instance.
 *
 * <p>Each node is its own process ({@code java -jar}, profiles demo and mysql) with its own engine
 * {@code hostname}, so Camunda's job log tells which node ran a job, and a lock time of
 * {@value #LOCK_TIME_MILLIS} ms instead of the default 5 minutes, so the survivor takes over the
 * killed node's locked jobs within the test. Run with {@code ./mvnw verify -Pcluster-it}; the size
 * is {@code -Dcluster.workers} (default 300) and {@code -Dcluster.warnings} (default 60). The
 * nodes' logs are under {@code target/cluster-it-node-a/} and {@code target/cluster-it-node-b/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterIT {

  private static final String DATABASE = "workforce_cluster_it";

  /** Workers hired for the test; the first {@link #WARNED} of them are warned, the others assessed. */
  private static final int WORKERS = Integer.getInteger("cluster.workers", 300);
  private static final int WARNED = Integer.getInteger("cluster.warnings", 60);

  /**
   * How long a node's lock on a job lasts (Camunda's default is 5 minutes): a killed node's jobs
   * are taken over once it runs out. Long enough for any job of this test to finish in.
   */
  private static final int LOCK_TIME_MILLIS = 20_000;

  /** The longest an idle node waits before it looks for jobs again (Camunda's default is a minute). */
  private static final long MAX_WAIT_MILLIS = 5_000;

  /** Two cold starts at once on two slow cores: Flyway, the deployment, the set-up, one after the other. */
  private static final Duration STARTUP = Duration.ofMinutes(6);

  /** Any one stage of the run: a few hundred jobs, and the idle job executor's back-off of up to a minute. */
  private static final Duration STAGE = Duration.ofMinutes(10);

  private static final Duration POLL = Duration.ofSeconds(1);

  /** Score sheets sent at once, as a town's several clerks would: more than the nodes grade at a time. */
  private static final int SUBMITTERS = 8;

  /** Kills of node B tried until one lands while it holds jobs (each needs a restart after a miss). */
  private static final int KILL_ATTEMPTS = 3;
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ApplicationProcess nodeA;
  private static ApplicationProcess nodeB;
  private static List<ApplicationProcess> both;
  private static Connection database;
  private static ClusterRecords records;

  @BeforeAll
  static void freshDatabase() throws SQLException {
    database = MySqlTestDatabase.fresh(DATABASE);
    records = new ClusterRecords(database);
    nodeA = node("node-a");
    nodeB = node("node-b");
    both = List.of(nodeA, nodeB);
  }

  /**
   * A node as an operator would configure it: the same jar, database, profiles and time zone as the
   * other, its own engine hostname (the job log's HOSTNAME_), and the shorter lock time, both
   * through the environment (Spring's relaxed binding of camunda.bpm.*).
   */
  private static ApplicationProcess node(String hostname) {
    Map<String, String> environment = new HashMap<>(MySqlTestDatabase.applicationEnvironment(DATABASE));
    environment.put("TZ", ZONE.getId());
    environment.put("CAMUNDA_BPM_GENERICPROPERTIES_PROPERTIES_HOSTNAME", hostname);
    environment.put("CAMUNDA_BPM_JOBEXECUTION_LOCKTIMEINMILLIS", String.valueOf(LOCK_TIME_MILLIS));
    // A node hears of the jobs it creates itself at once, of the other node's only when it polls:
    // idle, every max-wait (a minute by default), here every few seconds, as docs/operations.md advises a cluster.
    environment.put("CAMUNDA_BPM_JOBEXECUTION_MAXWAIT", String.valueOf(MAX_WAIT_MILLIS));
    return new ApplicationProcess("cluster-it-" + hostname, List.of("demo", "mysql"), environment);
  }

  @AfterAll
  static void stopNodes() throws Exception {
    Closing.all(nodeA, nodeB, database);
  }

  @Test
  @Order(1)
  void twoNodesStartingTogetherOnAFreshDatabaseDeployOnceAndSetUpOnce() throws IOException {
    nodeA.start();
    nodeB.start();
    nodeA.awaitReady(STARTUP);
    nodeB.awaitReady(STARTUP);

    assertThat(records.failedOrRepeatedMigrations()).as("Flyway: a migration failed or ran twice (%s)", logs())
        .isEmpty();
    assertThat(records.deployments()).as("deployments (%s)", logs()).isEqualTo(1);
    assertThat(records.processKeysWithVersions()).as("one version per process key (%s)", logs())
        .hasSize(filesIn("processes", ".bpmn")).allSatisfy((key, versions) -> assertThat(versions).as(key).isOne());
    assertThat(records.formKeysWithVersions()).as("one version per form (%s)", logs())
        .hasSize(filesIn("forms", ".form")).allSatisfy((key, versions) -> assertThat(versions).as(key).isOne());

    assertThat(records.duplicateFilters()).as("Tasklist filters created twice (%s)", logs()).isEmpty();
    assertThat(records.duplicateAuthorizations()).as("authorizations created twice (%s)", logs()).isEmpty();
    assertThat(records.demoWorkers()).as("demo workers, one per demo account (%s)", logs())
        .containsExactlyInAnyOrder("kfq-worker", "kfq-worker2", "huaqiao-worker", "zhangpu-worker", "kfq-worker3",
            "kfq-worker4", "kfq-worker5", "huaqiao-worker2", "huaqiao-worker3", "zhangpu-worker2", "zhangpu-worker3");
    assertThat(records.duplicatePostStations()).as("demo posts created twice (%s)", logs()).isEmpty();
    assertThat(records.runningInstances("ProbationProcess")).as("the demo probation, started once (%s)", logs())
        .isOne();
  }

  @Test
  @Order(2)
  void instancesRunOnBothNodesEveryJobOnceAndTheSurvivorFinishesWhenOneNodeIsKilled() throws Exception {
    assumeTrue(nodeA.isRunning() && nodeB.isRunning(), "both nodes run (see the start-up test)");
    Instant began = Instant.now();
    List<Long> hired = ActiveWorkers.hire(database, WORKERS, "cluster-it");
    List<Long> warned = hired.subList(0, WARNED);

    // Warnings first: a worker in a warning period is left out of the campaign, so the two sets of
    // instances stay apart. Each waits on a three-month timer after its talk.
    warned.forEach(TwoNodeClusterIT::startWarning);
    completeAll(both, "Task_HoldWarningTalk", WARNED, task -> Map.of(
        "talkDate", Map.of("value", LocalDate.now(ZONE).toString()),
        "talkParticipants", Map.of("value", "组织委员、工作站站长"),
        "talkContent", Map.of("value", "指出工作中存在的问题，提出改进要求和期限。")));
    int cohort = records.assessableWorkers();
    // The demo's workers in service: all but kfq-worker2, who is on probation (demo.DemoData).
    assertThat(cohort).as("assessable workers: hired and demo, less the warned").isEqualTo(WORKERS - WARNED + 10);

    StoredCampaign campaign = StoredCampaign.startOverRest(database, nodeA);
    Await.until("every assessment started", STAGE, POLL, campaign::openSelfReportTasks, open -> open == cohort,
        () -> pending(campaign));
    // The warnings' three months end over half a minute while both nodes are idle, each looking for
    // due jobs every few seconds: each timer goes to the node that looks first after it is due. (While
    // one node is busy with other jobs it looks again at once after each, and takes every timer.)
    // Idle means idle: a node still working through the campaign's last jobs would take every timer.
    Await.until("both nodes idle", STAGE, POLL, records::dueJobs, jobs -> jobs == 0, () -> pending(campaign));
    assertThat(records.endWarningPeriods(Duration.ofSeconds(30))).as("warning timers").isEqualTo(WARNED);
    awaitTasks("Task_EvaluateWarningPeriod", WARNED);
    completeAll(both, "Task_EvaluateWarningPeriod", WARNED, task -> Map.of(
        "outcome", Map.of("value", "PASSED"),
        "evaluation", Map.of("value", "告诫期内表现良好，问题已整改。")));
    completeAll(both, "Task_SubmitSelfReport", cohort, task -> Map.of(
        "selfReport", Map.of("value", "本年度认真履行区域党建工作站专职党务工作者职责，完成各项任务。")));

    // Half the score sheets go to node B, as a proxy keeps a town's clerks on one node; it is killed
    // while it grades them, and the rest go to node A.
    List<OpenTask> sheets = records.openTasks("Task_ScoreEvaluationForm");
    assertThat(sheets).as("score sheets waiting").hasSize(cohort);
    Map<String, Object> sheet = scoreSheet(85);
    // They arrive together, faster than a node grades, so that grading jobs queue up. Node B hears
    // of the jobs it creates at once, node A only when it polls: node B surely holds some.
    int half = cohort / 2;
    submitTogether(nodeB, sheets.subList(0, half), sheet);
    // Node B is killed while it holds jobs; the job locks show meanwhile the lock time the nodes
    // took from their environment.
    long[] longestLock = {0};
    int[] next = {half};
    Map<String, Timestamp> leftByB = killNodeBHoldingJobs(campaign, longestLock, () -> {
      int upTo = Math.min(cohort, next[0] + cohort / 4);
      submitTogether(nodeB, sheets.subList(next[0], upTo), sheet);
      next[0] = upTo;
    });
    Timestamp killed = records.now();
    long secondsLocked = Math.max(longestLock[0], records.longestLockAheadSeconds());
    System.out.printf("Killed %s holding %d jobs (longest lock %d s ahead), %d assessments graded%n",
        nodeB.describe(), leftByB.size(), secondsLocked, records.gradedAssessments());
    assertThat(secondsLocked).as("job locks last the configured %d ms, not Camunda's 5 minutes", LOCK_TIME_MILLIS)
        .isPositive().isLessThanOrEqualTo(LOCK_TIME_MILLIS / 1000 + 2);
    for (int i = next[0]; i < cohort; i++) {
      submit(nodeA, sheets.get(i), sheet);
    }

    Await.until("every assessment graded", STAGE, POLL, records::gradedAssessments, graded -> graded == cohort,
        () -> pending(campaign));
    // The week of the results notices passes.
    Await.until("the three towns' notices", STAGE, POLL, () -> records.timers("PublicNoticeProcess"),
        timers -> timers == ActiveWorkers.TOWNS.size(), () -> pending(campaign));
    assertThat(records.endNoticePeriods()).as("notice timers").isEqualTo(ActiveWorkers.TOWNS.size());
    awaitTasks("Task_ConfirmResults", 1);
    OpenTask confirmation = records.openTasks("Task_ConfirmResults").get(0);
    submit(nodeA, confirmation, Map.of("resultsConfirmed", Map.of("value", true),
        "confirmationNote", Map.of("value", "公示期满，确认")), "office");
    Await.until("the campaign closed with no job left", STAGE, POLL,
        () -> campaign.status() + ", " + campaign.pendingJobs() + " jobs",
        state -> state.equals(CampaignStatus.CLOSED.name() + ", 0 jobs"), () -> pending(campaign));
    Duration took = Duration.between(began, Instant.now());

    assertThat(nodeA.isRunning()).as("node A survived: %s", nodeA.describe()).isTrue();
    List<Timestamp> takenOver = records.takenOverAfterTheirLock(leftByB);
    assertThat(takenOver).as("node B's jobs, left locked when it died, run by node A once their lock expired (%s)",
        logs()).hasSize(leftByB.size());
    Duration takeOver = takenOver.stream().map(run -> Duration.between(killed.toInstant(), run.toInstant()))
        .max(Duration::compareTo).orElseThrow();
    assertJobsRanOnBothNodesAndEachOnce();
    assertNothingFailed(campaign);
    assertEveryEffectOncePerInstance(campaign, cohort);
    assertTheCampaignReportsTheCohort(campaign, cohort);
    System.out.printf("Cluster run: %d workers hired, %d warned, %d assessed, in %s; successful job runs by node: %s;"
        + " node A ran the %d jobs node B held when killed within %s of the kill; %d optimistic-lock conflicts"
        + " retried%n", WORKERS, WARNED, cohort, took, records.successfulRunsByNode(), leftByB.size(), takeOver,
        records.failedJobRuns().size());
  }

  /**
   * Kills node B while it holds jobs (its lock owner names it): polls closely for one of its locks,
   * kills it, and answers the locks it left. Should node B finish its jobs in the moment between
   * the poll and the kill, it is started again, {@code moreWork} queues more, and the kill is tried
   * anew.
   */
  private static Map<String, Timestamp> killNodeBHoldingJobs(StoredCampaign campaign, long[] longestLock,
      ThrowingRunnable moreWork) throws Exception {
    for (int attempt = 1; attempt <= KILL_ATTEMPTS; attempt++) {
      Await.until("node B holding a job", STAGE, Duration.ofMillis(50), () -> {
        longestLock[0] = Math.max(longestLock[0], records.longestLockAheadSeconds());
        return !records.lockedBy("node-b").isEmpty();
      }, held -> held, () -> pending(campaign));
      assertThat(nodeB.kill()).as("exit value of %s, killed with SIGKILL", nodeB.describe()).isEqualTo(137);
      Map<String, Timestamp> left = records.lockedBy("node-b");
      if (!left.isEmpty()) {
        return left;
      }
      System.out.printf("%s finished its jobs before the kill landed (attempt %d): started again%n",
          nodeB.describe(), attempt);
      nodeB.start().awaitReady(STARTUP);
      moreWork.run();
    }
    throw new AssertionError("Node B finished its jobs before each of " + KILL_ATTEMPTS + " kills: " + logs());
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }

  private static void assertJobsRanOnBothNodesAndEachOnce() {
    Map<String, Long> byNode = records.successfulRunsByNode();
    assertThat(byNode).as("successful job runs by node (%s)", logs()).containsOnlyKeys("node-a", "node-b");
    assertThat(records.successfulRunsByNodeAndType("async-continuation"))
        .as("asynchronous continuations by node (%s)", logs()).containsOnlyKeys("node-a", "node-b");
    assertThat(records.successfulRunsByNodeAndType("timer-intermediate-transition"))
        .as("timers by node (%s)", logs()).containsOnlyKeys("node-a", "node-b");
    assertThat(records.jobsRunMoreThanOnce()).as("jobs that succeeded more than once (%s)", logs()).isEmpty();
  }

  /**
   * No incident, no job left failing, and no job run failed but on Camunda's optimistic lock: the
   * exclusivity of one instance's jobs is checked when a node acquires them, so two nodes acquiring
   * at the same moment can each take one; the loser is rolled back and retried, its retries untouched.
   */
  private static void assertNothingFailed(StoredCampaign campaign) {
    assertThat(campaign.incidents()).as("incidents (%s)", logs()).isEmpty();
    assertThat(records.failingJobs()).as("jobs with an exception (%s)", logs()).isEmpty();
    assertThat(records.failedJobRuns()).as("job runs that failed other than on an optimistic lock (%s)", logs())
        .allSatisfy(run -> assertThat(run).contains("updated by another transaction concurrently"));
  }

  /** Our own tables: each instance's records once, none twice, none missing. */
  private static void assertEveryEffectOncePerInstance(StoredCampaign campaign, int cohort) {
    assertThat(campaign.assessments()).as("one assessment per assessed worker").hasSize(cohort)
        .extracting(StoredCampaign.StoredAssessment::workerId).doesNotHaveDuplicates();
    assertThat(records.assessmentsByStatus()).as("assessments by status")
        .containsExactly(Map.entry(AssessmentStatus.CONFIRMED.name(), (long) cohort));
    assertThat(records.decisionsBySubject("evaluation-form-score")).as("score decisions per assessment")
        .hasSize(cohort).allSatisfy((assessment, decisions) -> assertThat(decisions).as(assessment).isOne());
    assertThat(records.decisionsBySubject("assessment-grade")).as("grade decisions per assessment")
        .hasSize(cohort).allSatisfy((assessment, decisions) -> assertThat(decisions).as(assessment).isOne());
    assertThat(records.trailByWorker("ASSESSMENT_GRADED")).as("trail: graded, per worker")
        .hasSize(cohort).allSatisfy((worker, entries) -> assertThat(entries).as("worker %s", worker).isOne());
    assertThat(records.endedInstances("AnnualAssessmentProcess")).as("assessment instances ended").isEqualTo(cohort);

    assertThat(records.warningsByStatus()).as("warnings by status")
        .containsExactly(Map.entry(WarningStatus.PASSED.name(), (long) WARNED));
    for (String event : List.of("WARNING_DETERMINED", "WARNING_TALK", "WARNING_PASSED")) {
      assertThat(records.trailByWorker(event)).as("trail: %s, per worker", event)
          .hasSize(WARNED).allSatisfy((worker, entries) -> assertThat(entries).as("worker %s", worker).isOne());
    }
    assertThat(records.endedInstances("WarningTalkProcess")).as("warning instances ended").isEqualTo(WARNED);
    assertThat(records.runningInstances("AnnualAssessmentProcess") + records.runningInstances("WarningTalkProcess")
        + records.runningInstances("PublicNoticeProcess")).as("instances still running").isZero();
    assertThat(records.closedNotices()).as("results notices closed").isEqualTo(ActiveWorkers.TOWNS.size());
  }

  /** The city office's report, served by the surviving node. */
  private static void assertTheCampaignReportsTheCohort(StoredCampaign campaign, int cohort) throws IOException {
    HttpResponse<String> response = new Http(nodeA.port()).get("/api/campaigns/" + campaign.id(), "office", "demo");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode report = JSON.readTree(response.body());
    assertThat(report.get("workers").asInt()).as("report: workers").isEqualTo(cohort);
    assertThat(report.get("byStatus").get(AssessmentStatus.CONFIRMED.name()).asInt()).as("report: confirmed")
        .isEqualTo(cohort);
  }

  /** The town's org dept starts a warning on ground 1 (第十三条 1), through the start form, on either node. */
  private static void startWarning(long workerId) {
    ApplicationProcess node = workerId % 2 == 0 ? nodeA : nodeB;
    HttpResponse<String> started = new Http(node.port()).postJson(
        "/engine-rest/process-definition/key/WarningTalkProcess/submit-form", records.townOf(workerId) + "-org", "demo",
        """
            {"variables": {"workerId": {"value": %d, "type": "Long"}, "ground": {"value": "POOR_FIT"},
                           "reason": {"value": "不能胜任本职工作，经教育仍无改进。"}}}""".formatted(workerId));
    assertThat(started.statusCode()).as("warning of worker %d on %s: %s", workerId, node.describe(), started.body())
        .isEqualTo(200);
  }

  private interface FormFor {
    Map<String, Object> of(OpenTask task);
  }

  /** Completes the open tasks of the kind, as many as expected, on the nodes in turn. */
  private static void completeAll(List<ApplicationProcess> nodes, String taskDefinitionKey, int expected,
      FormFor form) {
    List<OpenTask> open = records.openTasks(taskDefinitionKey);
    assertThat(open).as("open %s tasks (%s)", taskDefinitionKey, logs()).hasSize(expected);
    for (int i = 0; i < open.size(); i++) {
      submit(nodes.get(i % nodes.size()), open.get(i), form.of(open.get(i)));
    }
  }

  /** The task's own person: its assignee, or else the org dept of its town (a worker without an account). */
  private static void submit(ApplicationProcess node, OpenTask task, Map<String, Object> variables) {
    submit(node, task, variables, task.assignee() != null ? task.assignee() : task.tenantId() + "-org");
  }

  private static void submit(ApplicationProcess node, OpenTask task, Map<String, Object> variables, String user) {
    String body;
    try {
      body = JSON.writeValueAsString(Map.of("variables", variables));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    HttpResponse<String> response = new Http(node.port()).postJson("/engine-rest/task/" + task.id() + "/submit-form",
        user, "demo", body);
    assertThat(response.statusCode()).as("%s completing %s on %s: %s", user, task, node.describe(), response.body())
        .isBetween(200, 204);
  }

  /** The 16 items of the kunshan form adding up to {@code total}, as JSON variables. */
  private static Map<String, Object> scoreSheet(int total) {
    Map<String, Object> sheet = new HashMap<>();
    Campaigns.evaluationForm(total).forEach((item, points) -> sheet.put(item, Map.of("value", points)));
    return sheet;
  }

  /** Completes the tasks on the node from several threads at once. */
  private static void submitTogether(ApplicationProcess node, List<OpenTask> tasks, Map<String, Object> variables)
      throws Exception {
    ExecutorService submitters = Executors.newFixedThreadPool(SUBMITTERS);
    try {
      List<Future<?>> submitted = new ArrayList<>();
      for (int i = 0; i < tasks.size(); i++) {
        OpenTask task = tasks.get(i);
        submitted.add(submitters.submit(() -> submit(node, task, variables)));
      }
      for (Future<?> submission : submitted) {
        submission.get(STAGE.toMinutes(), TimeUnit.MINUTES);
      }
    } finally {
      submitters.shutdownNow();
    }
  }

  private static void awaitTasks(String taskDefinitionKey, int expected) {
    Await.until(expected + " open " + taskDefinitionKey, STAGE, POLL, () -> records.openTasks(taskDefinitionKey).size(),
        open -> open == expected, () -> String.join("\n  ", records.pendingJobs()) + "\n" + logs());
  }

  private static String pending(StoredCampaign campaign) {
    return "campaign " + campaign.status() + ", pending jobs:\n  " + String.join("\n  ", records.pendingJobs())
        + "\nfailing: " + records.failingJobs() + "\n" + logs();
  }

  private static String logs() {
    return nodeA.describe() + "; " + nodeB.describe();
  }

  private static int filesIn(String folder, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(folder))) {
      return (int) files.filter(file -> file.getFileName().toString().endsWith(suffix)).count();
    }
  }
}
