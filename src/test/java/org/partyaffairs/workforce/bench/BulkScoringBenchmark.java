package org.partyaffairs.workforce.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.partyaffairs.workforce.assessment.Campaigns;
import org.partyaffairs.workforce.assessment.ScoreSheetFiles;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.Http;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk scoring against scoring form by form (issue 22 item 4), side by side in one run on H2: one
 * town's organisation department scores {@code bench.bulk.workers} workers (500 unless set) of a
 * campaign, once through the engine REST API as Tasklist does it (claim, then submit-form, one
 * worker after the other, as one person works), once by downloading the town's score sheets as one
 * XLSX, filling it and uploading it. Both over HTTP with HTTP Basic, both on the application as
 * shipped with its job executor grading behind them; the grading is awaited between the two so that
 * neither pays for the other's jobs. Not a test: {@code ./mvnw verify -Pbench -Dbench.decisions.skip
 * -Dbench.scale.skip -Dbench.bulk.skip=false}; the table goes to the console and to
 * {@code target/bench/bulk-scoring.md}.
 */
public final class BulkScoringBenchmark {

  private static final int WORKERS = Integer.getInteger("bench.bulk.workers", 500);
  private static final Duration TIMEOUT = Duration.ofMinutes(30);
  private static final int PAGE = 1000;

  public static void main(String[] args) throws IOException {
    Path directory = Files.createDirectories(Path.of("target", "bench"));
    BenchDatabase database = BenchDatabase.H2;
    database.empty();
    StringBuilder table = new StringBuilder("| how | workers | seconds | workers per second |\n|---|---:|---:|---:|\n");
    String started = OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString();
    try (BenchRun run = BenchRun.start(database, EngineSettings.SHIPPED); Crew crew = new Crew(4)) {
      List<String> towns = Cohort.towns(run);
      String town = towns.get(0);
      int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;

      // Warm-up: a small cohort both ways, so that neither measure pays for the first calls.
      ProcessInstance warm = atScoring(run, crew, town, "warm", 20, year - 2);
      byForm(run, town, year - 2);
      awaitGraded(run, warm, 20);
      ProcessInstance warmBulk = atScoring(run, crew, town, "warmbulk", 20, year - 3);
      byUpload(run, town, warmBulk);
      awaitGraded(run, warmBulk, 20);

      ProcessInstance forms = atScoring(run, crew, town, "form", WORKERS, year);
      double formSeconds = byForm(run, town, year);
      awaitGraded(run, forms, WORKERS);
      ProcessInstance bulk = atScoring(run, crew, town, "bulk", WORKERS, year - 1);
      double[] bulkSeconds = byUpload(run, town, bulk);
      awaitGraded(run, bulk, WORKERS);

      row(table, "form by form over the engine REST API (claim + submit-form, one after the other)", formSeconds);
      row(table, "bulk: upload of the filled XLSX (judged whole, then every task submitted)", bulkSeconds[1]);
      row(table, "bulk: download + fill + upload", bulkSeconds[0] + bulkSeconds[1]);
      table.append(String.format("%nupload ÷ form: %.1f× the workers per second; download of %,d sheets: %.2f s%n",
          formSeconds / bulkSeconds[1], WORKERS, bulkSeconds[0]));
    }
    table.append(String.format("%n- run %s on H2 (file, target/bench/h2), application as shipped, job executor on%n"
        + "- machine: %s, max heap %.0f MiB%n", started, Machine.describe(), HeapSampler.maxHeapMiB()));
    Files.writeString(directory.resolve("bulk-scoring.md"), table, StandardCharsets.UTF_8);
    System.out.println("\n" + table);
  }

  private static void row(StringBuilder table, String how, double seconds) {
    table.append(String.format("| %s | %,d | %.2f | %.1f |%n", how, WORKERS, seconds, WORKERS / seconds));
  }

  /** A fresh cohort of the town and its campaign, every self-report in: each worker at their scoring task. */
  private static ProcessInstance atScoring(BenchRun run, Crew crew, String town, String tag, int workers, int year) {
    JdbcTemplate jdbc = run.jdbc();
    Cohort.hire(jdbc, tag + year, workers, List.of(town));
    ProcessInstance campaign = run.bean(Forms.class).start(Campaigns.PROCESS_KEY, "office",
        Campaigns.startForm(year, "kunshan"));
    Progress.await("campaign " + year + " self-reports open", workers,
        () -> open(run, year, Campaigns.SELF_REPORT_TASK).size(), TIMEOUT);
    crew.each(open(run, year, Campaigns.SELF_REPORT_TASK),
        task -> run.bean(Forms.class).complete(task, Cohort.userOf(town), Campaigns.selfReport()));
    Progress.await("campaign " + year + " scoring open", workers,
        () -> open(run, year, Campaigns.EVALUATION_FORM_TASK).size(), TIMEOUT);
    return campaign;
  }

  /** As Tasklist: claim, then submit the form's variables, one worker after the other. */
  private static double byForm(BenchRun run, String town, int year) {
    Http http = new Http(run.port());
    String user = Cohort.userOf(town);
    List<Task> open = open(run, year, Campaigns.EVALUATION_FORM_TASK);
    long start = System.nanoTime();
    for (Task task : open) {
      HttpResponse<String> claim = http.postJson("/engine-rest/task/" + task.getId() + "/claim", user, Cohort.PASSWORD,
          "{\"userId\":\"" + user + "\"}");
      HttpResponse<String> submit = http.postJson("/engine-rest/task/" + task.getId() + "/submit-form", user,
          Cohort.PASSWORD, "{\"variables\":{" + Campaigns.evaluationForm(85).entrySet().stream()
              .map(item -> "\"" + item.getKey() + "\":{\"value\":" + item.getValue() + "}")
              .collect(Collectors.joining(",")) + "}}");
      if (claim.statusCode() >= 300 || submit.statusCode() >= 300) {
        throw new IllegalStateException("Form submission failed: " + claim.statusCode() + " " + submit.statusCode()
            + " " + submit.body());
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** Download the town's sheets, fill every row, upload: seconds of the download and fill, and of the upload. */
  private static double[] byUpload(BenchRun run, String town, ProcessInstance campaign) throws IOException {
    ScoreSheetFiles files = new ScoreSheetFiles(run.port());
    String user = Cohort.userOf(town);
    Long campaignId = run.jdbc().queryForObject("select id from assessment_campaign where process_instance_id = ?",
        Long.class, campaign.getId());
    long start = System.nanoTime();
    HttpResponse<byte[]> download = files.download("campaign=" + campaignId, user, Cohort.PASSWORD);
    if (download.statusCode() != 200) {
      throw new IllegalStateException("Download failed: " + download.statusCode() + " "
          + new String(download.body(), StandardCharsets.UTF_8));
    }
    byte[] filled = ScoreSheetFiles.fill(download.body(),
        (number, row) -> ScoreSheetFiles.items(row, Campaigns.evaluationForm(85)));
    long uploadStart = System.nanoTime();
    HttpResponse<String> upload = files.upload("campaign=" + campaignId, user, Cohort.PASSWORD, filled);
    long end = System.nanoTime();
    if (upload.statusCode() != 200) {
      throw new IllegalStateException("Upload failed: " + upload.statusCode() + " " + upload.body());
    }
    int scored = new ObjectMapper().readTree(upload.body()).get("scored").asInt();
    System.out.printf("[bench]   upload of %,d bytes scored %,d workers%n", filled.length, scored);
    return new double[] {(uploadStart - start) / 1e9, (end - uploadStart) / 1e9};
  }

  private static void awaitGraded(BenchRun run, ProcessInstance campaign, int workers) {
    JdbcTemplate jdbc = run.jdbc();
    Long campaignId = jdbc.queryForObject("select id from assessment_campaign where process_instance_id = ?",
        Long.class, campaign.getId());
    Progress.await("campaign graded", workers, () -> jdbc.queryForObject(
        "select count(*) from assessment where campaign_id = ? and grade is not null", Long.class, campaignId), TIMEOUT);
  }

  private static List<Task> open(BenchRun run, int year, String taskKey) {
    TaskService tasks = run.bean(TaskService.class);
    List<Task> all = new java.util.ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<Task> page = tasks.createTaskQuery().processDefinitionKey(Campaigns.ASSESSMENT_PROCESS_KEY)
          .taskDefinitionKey(taskKey).processInstanceBusinessKeyLike(year + "-%").listPage(first, PAGE);
      all.addAll(page);
      if (page.size() < PAGE) {
        return all;
      }
    }
  }

  private BulkScoringBenchmark() {
  }
}
