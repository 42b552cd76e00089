package org.partyaffairs.workforce.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyaffairs.workforce.training.Trainings.OFFICE;
import static org.partyaffairs.workforce.training.Trainings.PASSWORD;
import static org.partyaffairs.workforce.training.Trainings.assertRefused;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.assessment.ScoreSheetFiles;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Training lists over HTTP (000 第十一条): registered and recorded by the city office as JSON or as the
 * spreadsheet it downloads; a list with one wrong line or cell is refused naming row, column and
 * reason, and nothing of it is recorded; a correct one puts every line on its worker's trail, record
 * and dossier.
 */
@IntegrationTest
class TrainingUploadTest {

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired TrainingResultRepository results;
  @Autowired Trail trail;

  Http http;
  ScoreSheetFiles files;
  Trainings trainings;
  Worker li;
  Worker wang;

  @BeforeEach
  void twoWorkersOfKfq() {
    http = new Http(port);
    files = new ScoreSheetFiles(port);
    trainings = new Trainings(http);
    li = people.activeWorker("kfq", "培训李");
    wang = people.workerOnProbation("kfq", "培训王");
  }

  @Test
  void aJsonListWithOneBadLineIsRefusedNamingEveryProblemAndRecordsNothing() {
    long training = trainings.prePost();
    int trailBefore = trail.of(li).size();
    HttpResponse<String> answer = http.postJson(results(training), OFFICE, PASSWORD, "{\"results\": ["
        + line(li, true, "85") + ", " + line(wang, true, "101") + ", " + line(li, true, "70") + ", "
        + "{\"workerId\": 99999999, \"attended\": true, \"score\": 80}, " + line(wang, false, "50") + "]}");

    assertRefused(answer, 400, "培训名单有误，未登记任何结果");
    assertThat(answer.body()).contains("第2条 score：培训王：成绩须在 0 到 100 之间，收到 101",
        "第3条 workerId：培训李（编号 " + li.getId() + "）在名单中重复出现（第1条已有）",
        "第4条 workerId：工作者编号 99999999 不存在");
    JsonNode problems = trainings.read(answer).get("problems");
    assertThat(problems).hasSize(4);
    assertThat(problems.get(0).get("row").asInt()).isEqualTo(2);
    assertThat(problems.get(0).get("column").asText()).isEqualTo("score");
    assertThat(results.ofWorker(li.getId())).isEmpty();
    assertThat(results.ofWorker(wang.getId())).isEmpty();
    assertThat(trail.of(li)).hasSize(trailBefore);
  }

  @Test
  void aCorrectJsonListRecordsEveryLineWithATrailEntryCitingArticle11() throws Exception {
    long training = trainings.prePost();
    HttpResponse<String> answer = http.postJson(results(training), OFFICE, PASSWORD, "[" + line(li, true, "60") + ", "
        + line(wang, true, "59.5") + "]");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(trainings.read(answer).get("recorded").asInt()).isEqualTo(2);
    assertThat(trainings.read(answer).get("passed").asInt()).isEqualTo(1);
    TrailEntry entry = last(trail.of(li));
    assertThat(entry.getEvent()).isEqualTo("TRAINING_RECORDED");
    assertThat(entry.getArticle()).isEqualTo("000 第十一条");
    assertThat(entry.getActor()).isEqualTo(OFFICE);
    assertThat(entry.getOccurredAt()).isNotNull();
    assertThat(entry.getDetail()).contains("参加任前培训《", "合格（60 分）");
    assertThat(last(trail.of(wang)).getDetail()).contains("不合格（59.5 分，合格分 60）");

    // The worker's record, the town's reading of it, and the dossier in its three forms.
    HttpResponse<String> own = http.get("/api/workers/" + wang.getId() + "/trainings", wang.getUserId(), "test");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    assertThat(trainings.read(own).get("prePostTrainingPassed").asBoolean()).isFalse();
    assertThat(http.get("/api/workers/" + li.getId() + "/trainings", "kfq-org", PASSWORD).body())
        .contains("\"prePostTrainingPassed\":true", "合格（60 分）");
    assertThat(http.get("/api/workers/" + li.getId() + "/dossier", "kfq-committee", PASSWORD).body())
        .contains("\"trainings\":[{", "合格（60 分）", "登记培训结果");
    HttpResponse<byte[]> pdf = files.downloadFrom("/api/workers/" + li.getId() + "/dossier.pdf", "kfq-org", PASSWORD);
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      // Table cells wrap: the score breaks before 分.
      assertThat(new PDFTextStripper().getText(document)).contains("、培训（000 第十一条）", "合格（60", "登记培训");
    }
    HttpResponse<byte[]> xlsx = files.downloadFrom("/api/workers/" + li.getId() + "/dossier.xlsx", "kfq-org", PASSWORD);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertThat(book.getSheet("培训")).isNotNull();
    }
    assertThat(ScoreSheetFiles.text(xlsx.body())).contains("任前培训", "合格（60 分）", "000 第十一条");

    // Recorded once: the same list again is refused, naming the line.
    assertRefused(http.postJson(results(training), OFFICE, PASSWORD, "[" + line(li, true, "90") + "]"), 400,
        "第1条 workerId：培训李：已在本次培训的名单中登记过");
  }

  @Test
  void aTrainingWithoutATestTakesNoScore() {
    long training = trainings.regular();
    assertRefused(http.postJson(results(training), OFFICE, PASSWORD, "[" + line(li, true, "80") + "]"), 400,
        "第1条 score：培训李：本次培训没有测试，不能登记成绩");
    HttpResponse<String> answer = http.postJson(results(training), OFFICE, PASSWORD, "[" + line(li, true, null) + ", "
        + line(wang, false, null) + "]");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(last(trail.of(li)).getDetail()).contains("参加日常培训《", "已参加（无测试）");
    assertThat(last(trail.of(wang)).getDetail()).contains("未参加");
  }

  @Test
  void theTemplateListsTheTownsWorkersAndAFilledOneIsRecordedWhole() {
    long training = trainings.prePost();
    HttpResponse<byte[]> template = files.downloadFrom(template(training) + "?town=kfq", OFFICE, PASSWORD);
    assertThat(template.statusCode()).isEqualTo(200);
    List<Map<String, String>> rows = ScoreSheetFiles.rows(template.body());
    assertThat(rows.get(0)).containsValues("工作者编号", "姓名", "区镇", "是否参加", "成绩");
    assertThat(rows).anyMatch(row -> String.valueOf(li.getId()).equals(row.get("A")) && "培训李".equals(row.get("B"))
        && "昆山开发区".equals(row.get("C")));
    assertThat(rows).noneMatch(row -> "花桥经济开发区".equals(row.get("C")));
    assertThat(ScoreSheetFiles.text(files.downloadFrom(template(training), OFFICE, PASSWORD).body()))
        .contains("花桥经济开发区", "昆山开发区");

    // One bad cell among good ones: refused, naming row, column and reason; nothing recorded.
    int[] liRow = {0};
    int[] wangRow = {0};
    byte[] bad = ScoreSheetFiles.fill(template.body(), (number, row) -> {
      long id = (long) row.getCell(0).getNumericCellValue();
      if (id == li.getId()) {
        liRow[0] = number;
        row.getCell(3).setCellValue("是");
        row.getCell(4).setCellValue(88);
      } else if (id == wang.getId()) {
        wangRow[0] = number;
        row.getCell(3).setCellValue("是");
        row.getCell(4).setCellValue("八十");
      }
    });
    HttpResponse<String> refused = files.uploadTo(results(training), OFFICE, PASSWORD, bad, null);
    assertRefused(refused, 400, "第" + wangRow[0] + "行 E列：成绩须为数字（0–100），收到「八十」");
    assertThat(trainings.read(refused).get("problems").get(0).get("column").asText()).isEqualTo("E");
    assertThat(results.ofWorker(li.getId())).isEmpty();

    byte[] formula = ScoreSheetFiles.fill(template.body(), (number, row) -> {
      if ((long) row.getCell(0).getNumericCellValue() == li.getId()) {
        row.getCell(3).setCellValue("是");
        row.getCell(4).setCellFormula("50+40");
      }
    });
    assertRefused(files.uploadTo(results(training), OFFICE, PASSWORD, formula, null), 400,
        "第" + liRow[0] + "行 E列：使用了公式");

    byte[] good = ScoreSheetFiles.fill(template.body(), (number, row) -> {
      long id = (long) row.getCell(0).getNumericCellValue();
      if (id == li.getId() || id == wang.getId()) {
        row.getCell(3).setCellValue(id == li.getId() ? "是" : "否");
        if (id == li.getId()) {
          row.getCell(4).setCellValue(88);
        }
      }
    });
    HttpResponse<String> recorded = files.uploadTo(results(training), OFFICE, PASSWORD, good, null);
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
    assertThat(trainings.read(recorded).get("recorded").asInt()).isEqualTo(2);
    assertThat(trainings.read(recorded).get("skipped").asInt()).isEqualTo(rows.size() - 3);
    assertThat(results.ofWorker(li.getId())).singleElement().satisfies(r -> assertThat(r.isPassed()).isTrue());
    assertThat(results.ofWorker(wang.getId())).singleElement().satisfies(r -> assertThat(r.isAttended()).isFalse());
    assertThat(last(trail.of(li)).getArticle()).isEqualTo("000 第十一条");
    // The next template leaves out who is on the list already.
    assertThat(ScoreSheetFiles.rows(files.downloadFrom(template(training) + "?town=kfq", OFFICE, PASSWORD).body()))
        .noneMatch(row -> String.valueOf(li.getId()).equals(row.get("A")));
  }

  @Test
  void aFileThatIsNotTheTemplatesWorkbookIsRefusedInChinese() throws Exception {
    long training = trainings.prePost();
    assertRefused(files.uploadTo(results(training), OFFICE, PASSWORD, "工作者编号,是否参加\n1,是".getBytes(
        StandardCharsets.UTF_8), null), 400, "不是有效的 Excel 工作簿");
    ByteArrayOutputStream other = new ByteArrayOutputStream();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      book.createSheet("表").createRow(0).createCell(0).setCellValue("姓名");
      book.write(other);
    }
    assertRefused(files.uploadTo(results(training), OFFICE, PASSWORD, other.toByteArray(), null), 400,
        "第1行 A列应为「工作者编号」");
    assertRefused(files.uploadTo(results(training), OFFICE, PASSWORD, other.toByteArray(), "http://evil.example"), 403,
        "不接受来自其他网站的请求");
    assertRefused(http.postJson(results(99999999), OFFICE, PASSWORD, "[" + line(li, true, "80") + "]"), 404,
        "培训 99999999 不存在");
    assertRefused(http.postJson("/api/trainings", OFFICE, PASSWORD, "{\"kind\": \"PRE_POST\", \"title\": \"任前\","
        + " \"startsOn\": \"2026-03-02\", \"endsOn\": \"2026-03-02\", \"organiser\": \"办公室\", \"passMark\": 120}"), 400,
        "合格分（passMark）须在 0 到 100 之间");
  }

  static String results(long training) {
    return "/api/trainings/" + training + "/results";
  }

  static String template(long training) {
    return "/api/trainings/" + training + "/results.xlsx";
  }

  static String line(Worker worker, boolean attended, String score) {
    return "{\"workerId\": " + worker.getId() + ", \"attended\": " + attended + (score == null ? "" : ", \"score\": "
        + score) + "}";
  }

  private static TrailEntry last(List<TrailEntry> entries) {
    return entries.get(entries.size() - 1);
  }
}
