package org.partyaffairs.workforce.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bulk scoring for a town over real HTTP (issue 22 item 4): the town organisation department downloads
 * its open score sheets of a campaign as one XLSX, fills it and uploads it; every cell is judged as the
 * form judges it, a refusal names row, column and reason and records nothing, and an accepted file
 * scores each worker through the very path of a Tasklist submission.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkScoringTest {

  private static final String PASSWORD = "demo";

  @LocalServerPort int port;
  @Autowired Campaigns campaigns;
  @Autowired CampaignService campaignService;
  @Autowired AssessmentService assessmentService;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ObjectMapper json;

  private ScoreSheetFiles files;
  private ProcessInstance campaign;
  private long campaignId;
  private Worker first;
  private Worker second;
  private Worker elsewhere;

  @BeforeAll
  void aCampaignAtItsScoring() {
    files = new ScoreSheetFiles(port);
    first = people.activeWorker("kfq", "批量甲");
    second = people.activeWorker("kfq", "批量乙");
    elsewhere = people.activeWorker("huaqiao", "批量丙");
    campaign = atScoring(2021);
    campaignId = campaignService.byProcess(campaign.getId()).getId();
  }

  @AfterEach
  void asSystem() {
    people.actAsSystem();
  }

  @Test
  void theDownloadHoldsTheTownsOpenScoreSheetsOnly() {
    HttpResponse<byte[]> download = files.download("campaign=" + campaignId, "kfq-org", PASSWORD);

    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith(ScoreSheetWorkbook.MEDIA_TYPE);
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment")
        .contains(".xlsx");
    List<Map<String, String>> rows = ScoreSheetFiles.rows(download.body());
    assertThat(rows.get(0)).containsEntry("A", "任务编号").containsEntry("B", "工作者编号").containsEntry("C", "工作者")
        .containsEntry("D", "区镇").containsEntry("E", "德·第1项（满分5分）").containsEntry("O", "绩·第11项（满分10分）")
        .containsEntry("T", "廉·第16项（满分5分）").hasSize(20);
    Set<String> inFile = rows.stream().skip(1).map(row -> row.get("A")).collect(Collectors.toSet());
    assertThat(inFile).isEqualTo(ids(openScoring(campaign, "kfq")));
    assertThat(inFile).doesNotContainAnyElementsOf(ids(openScoring(campaign, "huaqiao")));
    assertThat(rows).anySatisfy(row -> assertThat(row).containsEntry("A", scoringTaskOf(campaign, first).getId())
        .containsEntry("B", first.getId().toString()).containsEntry("C", "批量甲").containsEntry("D", "昆山开发区"));
    assertThat(rows).noneMatch(row -> "批量丙".equals(row.get("C")));

    List<Map<String, String>> huaqiao = ScoreSheetFiles.rows(files.download("campaign=" + campaignId, "huaqiao-org",
        PASSWORD).body());
    assertThat(huaqiao.stream().skip(1).map(row -> row.get("A")).collect(Collectors.toSet()))
        .isEqualTo(ids(openScoring(campaign, "huaqiao"))).doesNotContainAnyElementsOf(inFile);
  }

  @Test
  void onlyATownOrganisationDepartmentGetsScoreSheets() throws Exception {
    assertRefused(files.download("campaign=" + campaignId, "kfq-committee", PASSWORD), 403, "只有区镇组织部门");
    assertRefused(files.download("campaign=" + campaignId, first.getUserId(), "test"), 403, "只有区镇组织部门");
    assertRefused(files.download("campaign=" + campaignId, "office", PASSWORD), 403, "只有区镇组织部门");
    assertThat(files.download("campaign=" + campaignId, null, null).statusCode()).isEqualTo(401);
    assertRefused(files.download("campaign=987654", "kfq-org", PASSWORD), 404, "考核活动 987654 不存在");
    assertRefused(files.download("campaign=abc", "kfq-org", PASSWORD), 400, "campaign");
  }

  @Test
  void aRoundTripScoresEveryWorkerAsTheFormDoes() throws Exception {
    Worker byForm = people.activeWorker("kfq", "表单评分");
    Worker byUpload = people.activeWorker("kfq", "上传评分");
    ProcessInstance year = atScoring(2022);
    long yearId = campaignService.byProcess(year.getId()).getId();
    Task formTask = scoringTaskOf(year, byForm);
    forms.complete(formTask, "kfq-org", Campaigns.evaluationForm(85));

    byte[] sheet = files.download("campaign=" + yearId, "kfq-org", PASSWORD).body();
    List<String> uploaded = ScoreSheetFiles.rows(sheet).stream().skip(1).map(row -> row.get("A")).toList();
    HttpResponse<String> upload = files.upload("campaign=" + yearId, "kfq-org", PASSWORD,
        ScoreSheetFiles.fill(sheet, (number, row) -> ScoreSheetFiles.items(row, Campaigns.evaluationForm(85))));

    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
    JsonNode answer = json.readTree(upload.body());
    assertThat(answer.get("scored").asInt()).isEqualTo(uploaded.size());
    assertThat(answer.get("message").asText()).contains("已为 " + uploaded.size() + " 名工作者评分");
    assertThat(openScoring(year, "kfq")).isEmpty();
    for (String taskId : uploaded) {
      HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
      assertThat(done.getDeleteReason()).isEqualTo("completed");
      assertThat(done.getAssignee()).isEqualTo("kfq-org");
    }
    String uploadedTaskId = scoringTaskIdOf(year, byUpload);
    assertThat(uploaded).contains(uploadedTaskId);
    // The same operations by the same user, and the same variable updates, as the form's.
    String formInstance = formTask.getProcessInstanceId();
    String uploadInstance = history.createHistoricTaskInstanceQuery().taskId(uploadedTaskId).singleResult()
        .getProcessInstanceId();
    // Neither path leaves the items as process variables: the assessment keeps the score sheet
    // (process.RecordedFormValues, ScoreSheetKeptByTheAssessmentTest).
    assertThat(scoringVariables(uploadInstance)).isEmpty();
    assertThat(scoringVariables(formInstance)).isEmpty();
    assertThat(operations(uploadedTaskId)).isEqualTo(operations(formTask.getId())).contains("Claim by kfq-org", "Complete by kfq-org");
    assertThat(variableUpdates(uploadedTaskId)).isEqualTo(variableUpdates(formTask.getId()));

    campaigns.runJobs(year);
    Assessment viaForm = assessmentService.byProcess(formInstance);
    Assessment viaUpload = assessmentService.byProcess(uploadInstance);
    assertThat(viaUpload.getScore()).isEqualByComparingTo("85");
    assertThat(viaUpload.getGrade()).isEqualTo(viaForm.getGrade());
    assertThat(viaUpload.getScoreInput()).isEqualTo(viaForm.getScoreInput());
    assertThat(viaUpload.getStatus()).isEqualTo(viaForm.getStatus());
  }

  @Test
  void aLanzhouSheetHasTheWeightedScoreFormsColumnsAndItsRules() throws Exception {
    ProcessInstance year = campaigns.start(2024, "lanzhou");
    for (Task task : campaigns.tasks(year, Campaigns.SELF_REPORT_TASK)) {
      campaigns.complete(task, Campaigns.selfReport());
    }
    long yearId = campaignService.byProcess(year.getId()).getId();
    byte[] sheet = files.download("campaign=" + yearId, "kfq-org", PASSWORD).body();
    assertThat(ScoreSheetFiles.rows(sheet).get(0)).containsEntry("E", "平时考核成绩").containsEntry("F", "年度考核成绩")
        .containsEntry("G", "平时考核录入理由").hasSize(7);
    int row = rowOf(sheet, first);

    assertRefused(files.upload(null, "kfq-org", PASSWORD, ScoreSheetFiles.fill(sheet, (number, r) -> {
      r.createCell(4).setCellValue(80);
      r.createCell(5).setCellValue(number == row ? 100.5 : 90);
    })), 400, "第" + row + "行 F列：「年度考核成绩」不能大于 100");
    HttpResponse<String> upload = files.upload(null, "kfq-org", PASSWORD, ScoreSheetFiles.fill(sheet, (number, r) -> {
      r.createCell(4).setCellValue(80);
      r.createCell(5).setCellValue(90.25);
      r.createCell(6).setCellValue(Campaigns.MANUAL_ORDINARY_REASON); // no quarterly scores in 2024 (001 第二十一条)
    }));

    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
    campaigns.runJobs(year);
    String instance = history.createHistoricTaskInstanceQuery().taskId(scoringTaskIdOf(year, first, "Task_ScoreWeighted"))
        .singleResult().getProcessInstanceId();
    // 001 第二十一条: 0.4 × 80 + 0.6 × 90.25
    assertThat(assessmentService.byProcess(instance).getScore()).isEqualByComparingTo("86.15");
  }

  @Test
  void aBadCellIsRefusedNamingRowColumnAndReasonAndNothingIsRecorded() throws Exception {
    byte[] sheet = files.download("campaign=" + campaignId, "kfq-org", PASSWORD).body();
    Set<String> open = ids(openScoring(campaign, "kfq"));
    int row = rowOf(sheet, first);

    HttpResponse<String> tooHigh = files.upload(null, "kfq-org", PASSWORD, ScoreSheetFiles.fill(sheet, (number, r) -> {
      ScoreSheetFiles.items(r, Campaigns.evaluationForm(80));
      if (number == row) {
        r.getCell(6).setCellValue(6); // G: item 3, at most 5
      }
    }));
    assertRefused(tooHigh, 400, "第" + row + "行 G列：「能·第3项（满分5分）」不能大于 5");
    assertThat(tooHigh.body()).contains("未记录任何评分");
    JsonNode problem = json.readTree(tooHigh.body()).get("problems").get(0);
    assertThat(problem.get("row").asInt()).isEqualTo(row);
    assertThat(problem.get("column").asText()).isEqualTo("G");
    assertNothingRecorded(open);

    assertRefused(files.upload(null, "kfq-org", PASSWORD, ScoreSheetFiles.fill(sheet, (number, r) -> {
      ScoreSheetFiles.items(r, Campaigns.evaluationForm(80));
      if (number == row) {
        r.getCell(15).setCellFormula("5*2"); // P: item 12
      }
    })), 400, "第" + row + "行 P列：「绩·第12项（满分10分）」使用了公式");
    assertRefused(files.upload(null, "kfq-org", PASSWORD, ScoreSheetFiles.fill(sheet, (number, r) -> {
      ScoreSheetFiles.items(r, Campaigns.evaluationForm(80));
      if (number == row) {
        r.getCell(4).setCellValue(4.25); // E: item 1, one decimal place
        r.getCell(19).setCellValue("五"); // T: item 16
        r.removeCell(r.getCell(10)); // K: item 7
      }
    })), 400, "第" + row + "行 E列：「德·第1项（满分5分）」最多 1 位小数");
    HttpResponse<String> several = files.upload(null, "kfq-org", PASSWORD, ScoreSheetFiles.fill(sheet, (number, r) -> {
      ScoreSheetFiles.items(r, Campaigns.evaluationForm(80));
      if (number == row) {
        r.getCell(19).setCellValue("五");
        r.removeCell(r.getCell(10));
      }
    }));
    assertRefused(several, 400, "评分表有 2 处错误");
    assertThat(several.body()).contains("第" + row + "行 K列：请填写「能·第7项（满分5分）」")
        .contains("第" + row + "行 T列：「廉·第16项（满分5分）」应为数字，收到「五」");
    assertNothingRecorded(open);
  }

  @Test
  void anotherTownsTaskInTheFileIsRefusedAndNothingIsRecorded() throws Exception {
    byte[] sheet = files.download("campaign=" + campaignId, "kfq-org", PASSWORD).body();
    byte[] filled = ScoreSheetFiles.fill(sheet, (number, r) -> ScoreSheetFiles.items(r, Campaigns.evaluationForm(80)));
    Set<String> open = ids(openScoring(campaign, "kfq"));
    String foreign = scoringTaskOf(campaign, elsewhere).getId();

    HttpResponse<String> withForeign = files.upload(null, "kfq-org", PASSWORD,
        ScoreSheetFiles.withRow(filled, foreign, Campaigns.evaluationForm(80)));
    int lastRow = ScoreSheetFiles.rows(filled).size() + 1;
    assertRefused(withForeign, 404, "第" + lastRow + "行 A列：没有您可以办理的任务「" + foreign + "」");
    assertThat(withForeign.body()).doesNotContain("批量丙").doesNotContain("华桥").doesNotContain("花桥");
    assertNothingRecorded(open);

    // Another town's department uploading this town's file; the town's committee, who reads the tasks.
    HttpResponse<String> huaqiao = files.upload(null, "huaqiao-org", PASSWORD, filled);
    assertRefused(huaqiao, 404, "没有您可以办理的任务");
    assertThat(huaqiao.body()).doesNotContain("批量甲").doesNotContain("昆山开发区");
    assertRefused(files.upload(null, "kfq-committee", PASSWORD, filled), 403, "只有区镇组织部门");
    assertRefused(files.upload(null, first.getUserId(), "test", filled), 403, "只有区镇组织部门");
    // A task of the town that is not a score sheet of this campaign.
    assertRefused(files.upload("campaign=987654", "kfq-org", PASSWORD, filled), 404, "考核活动 987654 不存在");
    assertNothingRecorded(open);
  }

  @Test
  void aTaskCompletedMeanwhileIsAConflictAndNothingIsRecorded() throws Exception {
    byte[] sheet = files.download("campaign=" + campaignId, "kfq-org", PASSWORD).body();
    int row = rowOf(sheet, second);
    forms.complete(scoringTaskOf(campaign, second), "kfq-org", Campaigns.evaluationForm(75));
    Set<String> open = ids(openScoring(campaign, "kfq"));

    HttpResponse<String> late = files.upload("campaign=" + campaignId, "kfq-org", PASSWORD,
        ScoreSheetFiles.fill(sheet, (number, r) -> ScoreSheetFiles.items(r, Campaigns.evaluationForm(80))));

    assertRefused(late, 409, "第" + row + "行 A列：任务「按考核评价表评分：批量乙（昆山开发区）」已由 kfq-org 于");
    assertThat(late.body()).contains("办理完成").contains("未记录任何评分");
    assertNothingRecorded(open);
  }

  @Test
  void whatIsNotAScoreSheetIsRefused() throws Exception {
    assertRefused(files.upload(null, "kfq-org", PASSWORD, "任务编号,第1项\n1,5\n".getBytes()), 400,
        "不是有效的 Excel 工作簿");
    assertRefused(files.upload(null, "kfq-org", PASSWORD, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
        (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0}), 400, "不支持旧版 Excel（.xls）");
    assertRefused(files.upload(null, "kfq-org", PASSWORD, zipOf("[Content_Types].xml", new byte[10])), 400,
        "不是有效的 Excel 工作簿");
    assertRefused(files.upload(null, "kfq-org", PASSWORD, zipOf("xl/worksheets/sheet1.xml",
        new byte[80 * 1024 * 1024])), 400, "解压后过大");
    assertRefused(files.upload(null, "kfq-org", PASSWORD, new byte[0]), 400, "请在表单字段 file 中上传");
    byte[] large = new byte[5 * 1024 * 1024];
    new java.util.Random(7).nextBytes(large);
    assertRefused(files.upload(null, "kfq-org", PASSWORD, large), 413, "不能超过 4 MB");
    // Sent in chunks, with no length announced: bounded as well, and read when small.
    assertRefused(files.uploadChunked("kfq-org", PASSWORD, large), 413, "不能超过 4 MB");
    assertRefused(files.uploadChunked("kfq-org", PASSWORD, "a,b".getBytes()), 400, "不是有效的 Excel 工作簿");
    byte[] sheet = files.download("campaign=" + campaignId, "kfq-org", PASSWORD).body();
    assertRefused(files.upload(null, "kfq-org", PASSWORD, sheet, "https://elsewhere.example"), 403, "其他网站");
    assertRefused(files.upload(null, "kfq-org", PASSWORD, sheet), 400, "没有填写任何评分");
  }

  // ---------------------------------------------------------------------------------------------

  /** A campaign of the year whose self-reports are all in: every assessment at its scoring task. */
  private ProcessInstance atScoring(int year) {
    ProcessInstance started = campaigns.start(year, "kunshan");
    for (Task task : campaigns.tasks(started, Campaigns.SELF_REPORT_TASK)) {
      campaigns.complete(task, Campaigns.selfReport());
    }
    return started;
  }

  private List<Task> openScoring(ProcessInstance of, String town) {
    return campaigns.tasks(of, Campaigns.EVALUATION_FORM_TASK).stream().filter(task -> town.equals(task.getTenantId()))
        .toList();
  }

  private Task scoringTaskOf(ProcessInstance of, Worker worker) {
    return campaigns.tasks(of, Campaigns.EVALUATION_FORM_TASK).stream()
        .filter(task -> worker.getId().equals(runtime.getVariable(task.getProcessInstanceId(), "workerId")))
        .findFirst().orElseThrow();
  }

  private String scoringTaskIdOf(ProcessInstance of, Worker worker) {
    return scoringTaskIdOf(of, worker, Campaigns.EVALUATION_FORM_TASK);
  }

  private String scoringTaskIdOf(ProcessInstance of, Worker worker, String taskKey) {
    String instance = history.createHistoricProcessInstanceQuery().rootProcessInstanceId(of.getId())
        .processInstanceBusinessKeyLike("%-" + worker.getId()).processDefinitionKey(Campaigns.ASSESSMENT_PROCESS_KEY)
        .singleResult().getId();
    return history.createHistoricTaskInstanceQuery().processInstanceId(instance)
        .taskDefinitionKey(taskKey).singleResult().getId();
  }

  private static int rowOf(byte[] sheet, Worker worker) {
    List<Map<String, String>> rows = ScoreSheetFiles.rows(sheet);
    for (int i = 1; i < rows.size(); i++) {
      if (worker.getId().toString().equals(rows.get(i).get("B"))) {
        return i + 1;
      }
    }
    throw new AssertionError("worker " + worker.getId() + " not in the sheet");
  }

  private static Set<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).collect(Collectors.toSet());
  }

  /** Every task still open and held by nobody, none completed in history. */
  private void assertNothingRecorded(Set<String> open) {
    for (String taskId : open) {
      Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
      assertThat(task).as("task %s still open", taskId).isNotNull();
      assertThat(task.getAssignee()).as("task %s claimed by nobody", taskId).isNull();
      assertThat(runtime.getVariable(task.getProcessInstanceId(), "item1")).isNull();
    }
  }

  private Map<String, String> scoringVariables(String instance) {
    Map<String, String> variables = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .list()) {
      if (variable.getName().startsWith("item")) {
        variables.put(variable.getName(), variable.getTypeName() + ":" + variable.getValue());
      }
    }
    return variables;
  }

  private List<String> operations(String taskId) {
    return history.createUserOperationLogQuery().taskId(taskId).list().stream()
        .map(entry -> entry.getOperationType() + " by " + entry.getUserId()).distinct().sorted().toList();
  }

  private Set<String> variableUpdates(String taskId) {
    HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    return history.createHistoricDetailQuery().processInstanceId(task.getProcessInstanceId()).variableUpdates().list()
        .stream().map(detail -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName()
            + ":" + ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getTypeName())
        .filter(text -> text.startsWith("item")).collect(Collectors.toSet());
  }

  private void assertRefused(HttpResponse<?> response, int status, String message) throws Exception {
    String body = response.body() instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
        : String.valueOf(response.body());
    assertThat(response.statusCode()).as(body).isEqualTo(status);
    JsonNode answer = json.readTree(body);
    assertThat(answer.get("message").asText()).as(body).contains(message);
    assertThat(org.partyaffairs.workforce.web.Refusal.namesJavaClass(body)).as(body).isFalse();
  }

  private static byte[] zipOf(String name, byte[] content) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
