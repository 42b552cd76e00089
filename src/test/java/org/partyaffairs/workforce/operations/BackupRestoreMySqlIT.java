package org.partyaffairs.workforce.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.assessment.StoredCampaign;
import org.partyaffairs.workforce.assessment.StoredCampaign.StoredAssessment;
import org.partyaffairs.workforce.support.ActiveWorkers;
import org.partyaffairs.workforce.support.ApplicationProcess;
import org.partyaffairs.workforce.support.Await;
import org.partyaffairs.workforce.support.Closing;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.MySqlTestDatabase;

/**
 * Backup and restore as the operator's section of docs/operations.md says (issue 28): a consistent
 * dump ({@code mariadb-dump --single-transaction}, as {@code mysqldump} for MySQL) of a database in
 * use — a campaign starting its assessments and a resignation waiting at its first task — taken
 * while the application runs, restored into a fresh database, the application started on the copy:
 * the campaign carries on to exactly one assessment per worker, and the resignation's task is worked
 * where it stood.
 */
class BackupRestoreMySqlIT {

  private static final String ORIGINAL = "workforce_backup_it";
  private static final String RESTORED = "workforce_restore_it";
  private static final int HIRED = 600;
  private static final Duration STARTUP = Duration.ofMinutes(4);
  private static final Path DUMP = Path.of("target", "backup-restore-it", "backup.sql").toAbsolutePath();

  private static ApplicationProcess original;
  private static ApplicationProcess restored;
  private static Connection originalDb;
  private static Connection restoredDb;

  @AfterAll
  static void stop() throws Exception {
    Closing.all(original, restored, originalDb, restoredDb);
  }

  @Test
  void aDumpTakenWhileACampaignRunsRestoresIntoADatabaseWhereEverythingCarriesOn() throws Exception {
    originalDb = MySqlTestDatabase.fresh(ORIGINAL);
    original = new ApplicationProcess("backup-it", List.of("demo", "mysql"), MySqlTestDatabase.applicationEnvironment(ORIGINAL));
    original.start().awaitReady(STARTUP);
    ActiveWorkers.hire(originalDb, HIRED, "backup-it");
    Set<Long> cohort = activeWorkers(originalDb);
    String resignationTask = resignationWaitingForItsReceipt(original);

    StoredCampaign campaign = StoredCampaign.startOverRest(originalDb, original);
    Await.until("the first batch of assessments", Duration.ofMinutes(3), Duration.ofMillis(100),
        campaign::runningAssessmentCount, count -> count > 0, original::describe);
    dump(ORIGINAL); // while the job executor goes on starting batches
    original.stop();

    restoredDb = MySqlTestDatabase.fresh(RESTORED);
    load(RESTORED);
    StoredCampaign copy = new StoredCampaign(restoredDb, campaignInstanceOf(restoredDb));
    int startedInTheDump = copy.runningAssessmentCount();
    System.out.printf("[backup] the dump holds %d of %d assessments started%n", startedInTheDump, cohort.size());
    restored = new ApplicationProcess("restore-it", List.of("demo", "mysql"), MySqlTestDatabase.applicationEnvironment(RESTORED));
    restored.start().awaitReady(STARTUP);

    Await.until("the restored campaign's jobs", Duration.ofMinutes(8), Duration.ofSeconds(2), () -> {
      assertThat(copy.incidents()).as("incidents (%s)", restored.describe()).isEmpty();
      return copy.pendingJobs();
    }, pending -> pending == 0, restored::describe);
    List<StoredAssessment> assessments = copy.assessments();
    assertThat(assessments).extracting(StoredAssessment::workerId).as("one assessment per worker of the cohort")
        .containsExactlyElementsOf(cohort);
    assertThat(copy.runningAssessmentCount()).isEqualTo(cohort.size());
    assertThat(copy.openSelfReportTasks()).isEqualTo(cohort.size());

    HttpResponse<String> receipt = new Http(restored.port()).postJson("/engine-rest/task/" + resignationTask + "/submit-form",
        "kfq-org", "demo", "{\"variables\":{\"writtenApplicationReceived\":{\"value\":true},"
            + "\"receiptNote\":{\"value\":\"已收到书面申请\"}}}");
    assertThat(receipt.statusCode()).as("the resignation's task worked on the copy: %s", receipt.body()).isEqualTo(204);
  }

  /** kfq-worker (demo, 在岗) resigns; the town organisation department's receipt waits. */
  private static String resignationWaitingForItsReceipt(ApplicationProcess application) throws Exception {
    Http http = new Http(application.port());
    String lastDay = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(40).toString();
    HttpResponse<String> started = http.postJson("/engine-rest/process-definition/key/ResignationProcess/submit-form",
        "kfq-worker", "demo", "{\"variables\":{\"reason\":{\"value\":\"个人原因\"},\"lastWorkingDay\":{\"value\":\""
            + lastDay + "\"}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    Matcher instance = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(started.body());
    assertThat(instance.find()).isTrue();
    HttpResponse<String> tasks = http.get("/engine-rest/task?firstResult=0&maxResults=5&processInstanceId=" + instance.group(1),
        "kfq-org", "demo");
    Matcher task = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(tasks.body());
    assertThat(task.find()).as(tasks.body()).isTrue();
    return task.group(1);
  }

  private static void dump(String database) throws IOException, InterruptedException {
    Files.createDirectories(DUMP.getParent());
    run(List.of("mariadb-dump", "--single-transaction", "--quick", "--routines", "--triggers", "--hex-blob",
        "-h", "127.0.0.1", "-P", "3306", "-u", "root", database), null, DUMP.toFile());
  }

  private static void load(String database) throws IOException, InterruptedException {
    run(List.of("mariadb", "-h", "127.0.0.1", "-P", "3306", "-u", "root", database), DUMP.toFile(), null);
  }

  private static void run(List<String> command, File in, File out) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    if (in != null) {
      builder.redirectInput(in);
    }
    if (out != null) {
      builder.redirectOutput(out);
    }
    Process process = builder.start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
    assertThat(process.exitValue()).as("%s", command).isZero();
  }

  private static String campaignInstanceOf(Connection database) throws SQLException {
    try (PreparedStatement statement = database.prepareStatement(
        "select ID_ from ACT_RU_EXECUTION where PROC_DEF_KEY_ = 'AssessmentCampaignProcess' and PARENT_ID_ is null");
        ResultSet rows = statement.executeQuery()) {
      assertThat(rows.next()).as("the campaign in the copy").isTrue();
      return rows.getString(1);
    }
  }

  private static Set<Long> activeWorkers(Connection database) throws SQLException {
    Set<Long> ids = new TreeSet<>();
    try (PreparedStatement statement = database.prepareStatement("select id from worker where status = 'ACTIVE'");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }
}
