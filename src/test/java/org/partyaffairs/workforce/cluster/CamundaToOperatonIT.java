package org.partyaffairs.workforce.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.partyaffairs.workforce.assessment.StoredCampaign;
import org.partyaffairs.workforce.support.ActiveWorkers;
import org.partyaffairs.workforce.support.ApplicationProcess;
import org.partyaffairs.workforce.support.Await;
import org.partyaffairs.workforce.support.Closing;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.MySqlTestDatabase;
import org.partyaffairs.workforce.support.Rows;

/**
 * Issue 29, item 2: a database in use under Camunda 7.24 carries on under Operaton 1.0.3, and back.
 * The Camunda build's jar starts on a fresh MariaDB database (profiles demo and mysql), an annual
 * assessment campaign and a warning are put in flight (the campaign's self-reports half done, the
 * warning talk held and its three-month timer waiting), and the jar is stopped. The Operaton build's
 * jar starts on the same database: every user, group, membership, authorization, filter, instance,
 * task, timer, variable and record of ours is still there and nothing was migrated; the work goes on
 * (the other self-reports, the timer firing into the evaluation, a Tasklist login under
 * {@code /operaton}). Then the Camunda jar starts on the database again (the rollback) and finishes
 * what Operaton left: the schema is the same, so nothing stands in the way (docs/operaton.md).
 *
 * <p>Both jars are needed: the Camunda build's ({@code ./mvnw package -DskipUnitTests}, in
 * {@code target/}) and the Operaton build's, which {@code ./mvnw verify -Poperaton,operaton-it}
 * packages before it runs this test. Their logs are under {@code target/operaton-it-*}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CamundaToOperatonIT {

  private static final String DATABASE = "workforce_operaton_it";
  private static final int WORKERS = 6;
  private static final Duration STARTUP = Duration.ofMinutes(10);
  private static final Duration STAGE = Duration.ofMinutes(5);
  private static final Duration POLL = Duration.ofSeconds(1);
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The webapps' path of each engine; spelt without slashes, which the Operaton build's mapping leaves alone. */
  private static final String CAMUNDA_WEBAPPS = "camunda";
  private static final String OPERATON_WEBAPPS = "operaton";

  private static Connection database;
  private static ClusterRecords records;
  private static ApplicationProcess camunda;
  private static ApplicationProcess operaton;
  private static ApplicationProcess camundaAgain;
  private static StoredCampaign campaign;
  private static long warnedWorker;
  private static Map<String, Object> before;

  @BeforeAll
  static void freshDatabase() throws SQLException {
    database = MySqlTestDatabase.fresh(DATABASE);
    records = new ClusterRecords(database);
    Map<String, String> environment = new HashMap<>(MySqlTestDatabase.applicationEnvironment(DATABASE));
    environment.put("TZ", ZONE.getId());
    camunda = new ApplicationProcess("operaton-it-camunda", List.of("demo", "mysql"), environment,
        jar("it.camunda.jar", "./mvnw package -DskipUnitTests"));
    operaton = new ApplicationProcess("operaton-it-operaton", List.of("demo", "mysql"), environment,
        jar("it.operaton.jar", "./mvnw package -Poperaton -DskipUnitTests"));
    camundaAgain = new ApplicationProcess("operaton-it-camunda-again", List.of("demo", "mysql"), environment,
        jar("it.camunda.jar", "./mvnw package -DskipUnitTests"));
  }

  private static Path jar(String property, String howToBuild) {
    String named = System.getProperty(property);
    assertThat(named).as("-D%s (set by the pom's failsafe configuration)", property).isNotBlank();
    Path jar = Path.of(named);
    assertThat(Files.isRegularFile(jar)).as("%s: %s is missing; build it first: %s", property, jar, howToBuild)
        .isTrue();
    return jar;
  }

  @AfterAll
  static void stop() throws Exception {
    Closing.all(camunda, operaton, camundaAgain, database);
  }

  @Test
  @Order(1)
  void onCamundaACampaignAndAWarningAreInFlight() throws Exception {
    camunda.start().awaitReady(STARTUP);
    List<Long> hired = ActiveWorkers.hire(database, WORKERS, "operaton-it");
    warnedWorker = hired.get(0);
    HttpResponse<String> warning = new Http(camunda.port()).postJson(
        "/engine-rest/process-definition/key/WarningTalkProcess/submit-form", records.townOf(warnedWorker) + "-org",
        "demo", """
            {"variables": {"workerId": {"value": %d, "type": "Long"}, "ground": {"value": "POOR_FIT"},
                           "reason": {"value": "不能胜任本职工作，经教育仍无改进。"}}}""".formatted(warnedWorker));
    assertThat(warning.statusCode()).as(warning.body()).isEqualTo(200);
    OpenTask talk = awaitOne("Task_HoldWarningTalk");
    submit(camunda, talk, Map.of(
        "talkDate", Map.of("value", LocalDate.now(ZONE).toString()),
        "talkParticipants", Map.of("value", "组织委员、工作站站长"),
        "talkContent", Map.of("value", "指出工作中存在的问题，提出改进要求和期限。")));
    Await.until("the warning period's timer", STAGE, POLL, () -> records.timers("WarningTalkProcess"),
        timers -> timers == 1, camunda::describe);

    int cohort = records.assessableWorkers();
    campaign = StoredCampaign.startOverRest(database, camunda);
    Await.until("every self-report open", STAGE, POLL, campaign::openSelfReportTasks, open -> open == cohort,
        camunda::describe);
    List<OpenTask> selfReports = records.openTasks("Task_SubmitSelfReport");
    for (OpenTask task : selfReports.subList(0, cohort / 2)) {
      submit(camunda, task, selfReport());
    }
    Await.until("the submitted self-reports at their score sheets", STAGE, POLL,
        () -> records.openTasks("Task_ScoreEvaluationForm").size(), open -> open == cohort / 2, camunda::describe);
    assertThat(loginStatus(camunda, CAMUNDA_WEBAPPS, "kfq-org")).as("Tasklist login under /camunda").isEqualTo(200);

    Await.until("Camunda idle", STAGE, POLL, records::dueJobs, jobs -> jobs == 0, camunda::describe);
    camunda.stop();
    before = snapshot();
    assertThat(Rows.number(database, "select count(*) from ACT_RU_VARIABLE where TYPE_ = 'spin://application/json'"))
        .as("JSON object variables written by Camunda's Spin, for Operaton to read").isPositive();
  }

  @Test
  @Order(2)
  void operatonCarriesOnWithEverythingAndMigratesNothing() throws Exception {
    assumeTrue(before != null, "the Camunda run left its work in flight");
    operaton.start().awaitReady(STARTUP);

    // One thing is added: Operaton's own administrators' group with the administrator in it, without
    // which its webapps send every page to the Admin's setup (security.IdentitySetup), and the
    // engine's grant to its members to read it.
    Map<String, Object> expected = new LinkedHashMap<>(before);
    expected.put("ACT_ID_GROUP", (Long) before.get("ACT_ID_GROUP") + 1);
    expected.put("ACT_ID_MEMBERSHIP", (Long) before.get("ACT_ID_MEMBERSHIP") + 1);
    expected.put("ACT_RU_AUTHORIZATION", (Long) before.get("ACT_RU_AUTHORIZATION") + 1);
    assertThat(snapshot()).as("the database as Camunda left it, after Operaton's start (%s)", operaton.describe())
        .isEqualTo(expected);
    assertThat(Rows.query(database, "select USER_ID_ from ACT_ID_MEMBERSHIP where GROUP_ID_ = 'operaton-admin'",
        rows -> rows.getString(1))).as("operaton-admin's members").containsExactly("admin");
    assertThat(records.failedOrRepeatedMigrations()).as("Flyway on Operaton").isEmpty();
    assertThat(loginStatus(operaton, OPERATON_WEBAPPS, "kfq-org")).as("Tasklist login under /operaton")
        .isEqualTo(200);
    assertThat(loginStatus(operaton, OPERATON_WEBAPPS, "admin")).as("the administrator, in camunda-admin")
        .isEqualTo(200);
    assertAdminSeesEveryInstance(operaton);
    assertSetupClosed(operaton);
    assertFiltersOf("kfq-org", operaton);
    assertVariablesRead(operaton);

    // The work goes on: the other self-reports, then the warning's timer fires into its evaluation.
    for (OpenTask task : records.openTasks("Task_SubmitSelfReport")) {
      submit(operaton, task, selfReport());
    }
    int cohort = campaign.assessments().size();
    Await.until("every self-report at its score sheet", STAGE, POLL,
        () -> records.openTasks("Task_ScoreEvaluationForm").size(), open -> open == cohort, operaton::describe);
    assertThat(records.endWarningPeriods(Duration.ZERO)).as("warning timers").isOne();
    OpenTask evaluation = awaitOne("Task_EvaluateWarningPeriod");
    assertThat(records.townOf(warnedWorker)).isNotNull();
    assertThat(evaluation.tenantId()).as("the evaluation, in the worker's town").isEqualTo(records.townOf(warnedWorker));
    assertVariablesRead(operaton);
    Await.until("Operaton idle", STAGE, POLL, records::dueJobs, jobs -> jobs == 0, operaton::describe);
    operaton.stop();
  }

  @Test
  @Order(3)
  void andBackToCamundaWhichFinishesWhatOperatonLeft() throws Exception {
    assumeTrue(before != null && !records.openTasks("Task_EvaluateWarningPeriod").isEmpty(),
        "Operaton carried the work on");
    Map<String, Object> leftByOperaton = snapshot();
    camundaAgain.start().awaitReady(STARTUP);
    assertThat(snapshot()).as("the database as Operaton left it, after Camunda's start again").isEqualTo(leftByOperaton);
    assertThat(loginStatus(camundaAgain, CAMUNDA_WEBAPPS, "kfq-org")).isEqualTo(200);
    assertVariablesRead(camundaAgain);

    OpenTask evaluation = records.openTasks("Task_EvaluateWarningPeriod").get(0);
    submit(camundaAgain, evaluation, Map.of(
        "outcome", Map.of("value", "PASSED"),
        "evaluation", Map.of("value", "告诫期内表现良好，问题已整改。")));
    Await.until("the warning passed", STAGE, POLL, records::warningsByStatus,
        statuses -> statuses.equals(Map.of("PASSED", 1L)), camundaAgain::describe);
    assertThat(records.endedInstances("WarningTalkProcess")).isOne();
    OpenTask sheet = records.openTasks("Task_ScoreEvaluationForm").get(0);
    Map<String, Object> scores = new HashMap<>();
    org.partyaffairs.workforce.assessment.Campaigns.evaluationForm(85)
        .forEach((item, points) -> scores.put(item, Map.of("value", points)));
    submit(camundaAgain, sheet, scores);
    Await.until("one assessment graded", STAGE, POLL, records::gradedAssessments, graded -> graded == 1,
        camundaAgain::describe);
    assertThat(campaign.incidents()).as("incidents").isEmpty();
    assertThat(records.failingJobs()).as("failing jobs").isEmpty();
  }

  /** What must not change when the engine does: counted and listed from the tables themselves. */
  private static Map<String, Object> snapshot() {
    Map<String, Object> state = new LinkedHashMap<>();
    for (String table : List.of("ACT_ID_USER", "ACT_ID_GROUP", "ACT_ID_MEMBERSHIP", "ACT_ID_TENANT",
        "ACT_ID_TENANT_MEMBER", "ACT_RU_AUTHORIZATION", "ACT_RU_FILTER", "ACT_RE_DEPLOYMENT", "ACT_RE_PROCDEF",
        "ACT_RE_CAMFORMDEF", "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_JOB", "ACT_RU_VARIABLE", "ACT_RU_INCIDENT",
        "ACT_GE_SCHEMA_LOG", "flyway_schema_history", "worker", "post", "trail_entry", "warning",
        "assessment_campaign", "assessment")) {
      state.put(table, Rows.number(database, "select count(*) from " + table));
    }
    state.put("schema.version", Rows.query(database,
        "select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'schema.version'", rows -> rows.getString(1)));
    state.put("schema log", Rows.query(database,
        "select concat(ID_, ' ', VERSION_) from ACT_GE_SCHEMA_LOG order by ID_", rows -> rows.getString(1)));
    state.put("open tasks", Rows.query(database,
        "select concat(ID_, ' ', TASK_DEF_KEY_, ' ', coalesce(TENANT_ID_, '-'), ' ', NAME_) from ACT_RU_TASK order by ID_",
        rows -> rows.getString(1)));
    state.put("timers", Rows.query(database,
        "select concat(ID_, ' ', PROCESS_DEF_KEY_) from ACT_RU_JOB where TYPE_ = 'timer' order by ID_",
        rows -> rows.getString(1)));
    state.put("authorizations", Rows.query(database, """
        select concat(TYPE_, ' ', coalesce(GROUP_ID_, USER_ID_), ' ', RESOURCE_TYPE_, ' ', RESOURCE_ID_, ' ', PERMS_)
        from ACT_RU_AUTHORIZATION where coalesce(GROUP_ID_, '') <> 'operaton-admin' order by 1""",
        rows -> rows.getString(1)));
    state.put("administrators", Rows.query(database,
        "select USER_ID_ from ACT_ID_MEMBERSHIP where GROUP_ID_ = 'camunda-admin' order by 1", rows -> rows.getString(1)));
    return state;
  }

  /** Logs into Tasklist as its login page does, under the engine's webapp path; answers the login's status. */
  private static int loginStatus(ApplicationProcess node, String webapps, String user) throws Exception {
    java.net.CookieManager cookies = new java.net.CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
    String base = "http://localhost:" + node.port() + "/" + webapps;
    HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/app/tasklist/default/")).GET()
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).as("Tasklist's page under %s (at %s)", base, page.uri()).isEqualTo(200);
    assertThat(page.uri().getPath()).as("Tasklist's page").startsWith("/" + webapps + "/app/tasklist/");
    String token = cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(java.net.HttpCookie::getValue).findFirst().orElse("");
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base
            + "/api/admin/auth/user/default/login/tasklist")).header("X-XSRF-TOKEN", token)
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
        .build(), HttpResponse.BodyHandlers.ofString());
    return login.statusCode();
  }

  /** The administrator (camunda-admin, an admin group on Operaton too) sees every running instance. */
  private static void assertAdminSeesEveryInstance(ApplicationProcess node) throws IOException {
    HttpResponse<String> count = new Http(node.port()).get("/engine-rest/process-instance/count", "admin", "demo");
    assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
    assertThat(JSON.readTree(count.body()).get("count").asLong()).as("instances the administrator sees")
        .isEqualTo(Rows.number(database, "select count(*) from ACT_RU_EXECUTION where ID_ = PROC_INST_ID_"));
  }

  /**
   * Operaton's Admin offers its first-run setup (anyone creates an administrator, unauthenticated)
   * while {@code operaton-admin} has no member, which on a database carried over from Camunda is
   * always: our {@code security.AdminSetupLock} closes it under {@code /operaton} as under {@code /camunda}.
   */
  private static void assertSetupClosed(ApplicationProcess node) throws IOException {
    long users = Rows.number(database, "select count(*) from ACT_ID_USER");
    HttpResponse<String> setup = new Http(node.port()).send("POST", "/" + OPERATON_WEBAPPS
        + "/api/admin/setup/default/user/create", null, null, """
        {"profile": {"id": "intruder", "firstName": "x", "lastName": "y", "email": "x@example.org"},
         "credentials": {"password": "Intruder-1234"}}""");
    assertThat(setup.statusCode()).as("Operaton's admin setup: %s", setup.body()).isEqualTo(403);
    assertThat(Rows.number(database, "select count(*) from ACT_ID_USER")).as("users after the setup try")
        .isEqualTo(users);
    assertThat(Rows.number(database, "select count(*) from ACT_ID_USER where ID_ = 'intruder'")).isZero();
  }

  /** The user's Tasklist filters, saved under Camunda, listed and run. */
  private static void assertFiltersOf(String user, ApplicationProcess node) throws IOException {
    Http http = new Http(node.port());
    HttpResponse<String> filters = http.get("/engine-rest/filter?resourceType=Task&firstResult=0&maxResults=100", user, "demo");
    assertThat(filters.statusCode()).as(filters.body()).isEqualTo(200);
    JsonNode list = JSON.readTree(filters.body());
    assertThat(list.size()).as("filters %s sees", user).isPositive();
    for (JsonNode filter : list) {
      HttpResponse<String> count = http.get("/engine-rest/filter/" + filter.get("id").asText() + "/count", user, "demo");
      assertThat(count.statusCode()).as("filter %s: %s", filter.get("name"), count.body()).isEqualTo(200);
    }
  }

  /** Every object (JSON) variable of the running instances, read and deserialized by the engine. */
  private static void assertVariablesRead(ApplicationProcess node) throws IOException {
    List<String> instances = Rows.query(database,
        "select distinct PROC_INST_ID_ from ACT_RU_VARIABLE where TYPE_ = 'spin://application/json' order by 1", rows -> rows.getString(1));
    assertThat(instances).as("instances with JSON variables").isNotEmpty();
    Http http = new Http(node.port());
    for (String instance : instances) {
      HttpResponse<String> variables = http.get("/engine-rest/process-instance/" + instance + "/variables", "admin",
          "demo");
      assertThat(variables.statusCode()).as("variables of %s on %s: %s", instance, node.describe(), variables.body())
          .isEqualTo(200);
      JSON.readTree(variables.body()).forEach(variable -> {
        if (variable.path("type").asText().equals("Object")) {
          assertThat(variable.path("valueInfo").path("serializationDataFormat").asText()).isEqualTo("application/json");
          assertThat(variable.get("value").isNull()).as("deserialized: %s", variable).isFalse();
        }
      });
    }
  }

  private static Map<String, Object> selfReport() {
    return Map.of("selfReport", Map.of("value", "本年度认真履行区域党建工作站专职党务工作者职责，完成各项任务。"));
  }

  private static OpenTask awaitOne(String taskDefinitionKey) {
    Await.until("one open " + taskDefinitionKey, STAGE, POLL, () -> records.openTasks(taskDefinitionKey).size(),
        open -> open == 1, () -> String.join("\n  ", records.pendingJobs()));
    return records.openTasks(taskDefinitionKey).get(0);
  }

  /** The task's own person (its assignee, or its town's org dept) completes it through its form. */
  private static void submit(ApplicationProcess node, OpenTask task, Map<String, Object> variables) throws IOException {
    String user = task.assignee() != null ? task.assignee() : task.tenantId() + "-org";
    HttpResponse<String> response = new Http(node.port()).postJson("/engine-rest/task/" + task.id() + "/submit-form",
        user, "demo", JSON.writeValueAsString(Map.of("variables", variables)));
    assertThat(response.statusCode()).as("%s completing %s on %s: %s", user, task, node.describe(), response.body())
        .isBetween(200, 204);
  }
}
