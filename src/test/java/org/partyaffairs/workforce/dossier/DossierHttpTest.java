package org.partyaffairs.workforce.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.assessment.ScoreSheetFiles;
import org.partyaffairs.workforce.document.Screenshots;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A worker's dossier over HTTP, read as the town official, the city office and the worker
 * themself would: a resignation from application to filing (000 第十六条) shows on one timeline,
 * oldest first, with who did each step and the article it rests on; the PDF and the XLSX are read
 * back and hold the same; the resignation's filing sheet carries its filing number. Another town's
 * or an unknown worker is 404, bad paging 400, both in Chinese.
 */
@IntegrationTest
class DossierHttpTest {

  static final String FILING_NUMBER = "昆两新备〔2026〕档7号";
  static final String REASON = "回老家照顾父母";

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired Clock clock;
  @Autowired ObjectMapper json;

  Http http;
  ScoreSheetFiles files;
  Worker resigned;

  @BeforeEach
  void aWorkerWhoResignedAndWasFiled() {
    http = new Http(port);
    files = new ScoreSheetFiles(port);
    resigned = people.activeWorker("kfq", "档案王");
    ProcessInstance instance = forms.start("ResignationProcess", resigned.getUserId(),
        Map.of("reason", REASON, "lastWorkingDay", LocalDate.now(clock).plusDays(14).toString()));
    forms.work(instance, "kfq-org", "huaqiao-org", Map.of("writtenApplicationReceived", true, "receiptNote", "原件已存档"));
    forms.work(instance, "kfq-committee", "huaqiao-committee", Map.of("decision", "AGREE"));
    forms.work(instance, "office", "huaqiao-org", Map.of("filingNumber", FILING_NUMBER));
    people.actAsSystem();
    // Event_LastWorkingDayEnded, then Task_EndServiceByResignation
    for (int job = 0; job < 2; job++) {
      managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId()).singleResult()
          .getId());
    }
  }

  @AfterEach
  void actAsSystem() {
    people.actAsSystem();
  }

  @Test
  void theTownReadsOneTimelineOldestFirstWithWhoDidEachStepAndTheArticle() throws Exception {
    HttpResponse<String> response = http.get(dossierPath(resigned) + "?size=200", "kfq-org", "demo");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode dossier = json.readTree(response.body());
    assertThat(dossier.at("/facts/name").asText()).isEqualTo("档案王");
    assertThat(dossier.at("/facts/town").asText()).isEqualTo("昆山开发区");
    assertThat(dossier.at("/facts/status").asText()).isEqualTo("已辞职");
    List<JsonNode> timeline = new ArrayList<>();
    dossier.get("timeline").forEach(timeline::add);
    assertThat(timeline).extracting(line -> line.get("at").asText()).isSorted();
    assertThat(timeline).extracting(line -> line.get("kind").asText()).contains("记录", "办理");
    // Every completed task of the resignation, with who completed it, under the resignation's article.
    assertThat(timeline).filteredOn(line -> line.get("kind").asText().equals("办理"))
        .extracting(line -> line.get("by").asText() + "|" + line.get("stage").asText() + "|" + line.get("article").asText())
        .anyMatch(s -> s.contains("kfq-org") && s.endsWith("|辞职|000 第十六条"))
        .anyMatch(s -> s.contains("kfq-committee") && s.endsWith("|辞职|000 第十六条"))
        .anyMatch(s -> s.contains("office") && s.endsWith("|辞职|000 第十六条"));
    assertThat(timeline).extracting(line -> line.get("event").asText())
        .containsSubsequence("HIRED", "RESIGNATION_SUBMITTED", "RESIGNATION_FILED", "WORKER_RESIGNED");
    assertThat(timeline).extracting(line -> line.get("title").asText()).contains("录用", "提交辞职申请", "辞职备案");
    assertThat(timeline).allSatisfy(line -> assertThat(line.get("article").asText()).isNotBlank());
    // The hire's notice first (000 第六条), then the resignation's filing with its number and sheet.
    assertThat(dossier.get("filings")).extracting(f -> f.get("kind").asText() + "|" + f.get("filingNumber").asText()
        + "|" + f.get("sheet").asText()).containsExactly("聘用通知|—|appointment.pdf",
            "辞职备案|" + FILING_NUMBER + "|resignation.pdf");
    assertThat(dossier.get("inFlight")).isEmpty();
    assertThat(response.headers().firstValue("X-Total-Count")).hasValue(Integer.toString(timeline.size()));
  }

  @Test
  void theTimelineComesAPageAtATime() throws Exception {
    JsonNode all = json.readTree(http.get(dossierPath(resigned) + "?size=200", "office", "demo").body());
    int total = all.get("timelineTotal").asInt();

    JsonNode second = json.readTree(http.get(dossierPath(resigned) + "?page=1&size=2", "office", "demo").body());
    JsonNode beyond = json.readTree(http.get(dossierPath(resigned) + "?page=99&size=2", "office", "demo").body());

    assertThat(total).isGreaterThan(4);
    assertThat(second.get("timeline")).hasSize(2);
    assertThat(second.get("timeline").get(0)).isEqualTo(all.get("timeline").get(2));
    assertThat(second.get("timelineTotal").asInt()).isEqualTo(total);
    assertThat(beyond.get("timeline")).isEmpty();
  }

  @Test
  void aWorkerSeesTheirOwnApplicationStillInFlightAndWhoseMoveItIs() throws Exception {
    Worker applicant = people.activeWorker("kfq", "在办人");
    forms.start("ResignationProcess", applicant.getUserId(),
        Map.of("reason", "个人原因", "lastWorkingDay", LocalDate.now(clock).plusDays(30).toString()));
    people.actAsSystem();

    HttpResponse<String> response = http.get(dossierPath(applicant), applicant.getUserId(), "test");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode inFlight = json.readTree(response.body()).get("inFlight");
    assertThat(inFlight).hasSize(1);
    assertThat(inFlight.get(0).get("stage").asText()).isEqualTo("辞职");
    assertThat(inFlight.get(0).get("businessKey").asText()).startsWith("RES-");
    assertThat(inFlight.get(0).get("waitingAt").get(0).asText()).contains("待", "昆山开发区");
  }

  @Test
  void anotherTownsOrAnUnknownWorkerIsNotFoundAndBadPagingIsRefusedInChinese() {
    Worker other = people.activeWorker("kfq", "旁人");
    for (String path : List.of("/dossier", "/dossier.pdf", "/dossier.xlsx", "/filings/resignation.pdf")) {
      assertRefused(http.get("/api/workers/" + resigned.getId() + path, "huaqiao-org", "demo"), 404, "不存在");
      assertRefused(http.get("/api/workers/" + resigned.getId() + path, other.getUserId(), "test"), 404, "不存在");
      assertRefused(http.get("/api/workers/99999999" + path, "office", "demo"), 404, "不存在");
    }
    assertRefused(http.get(dossierPath(resigned) + "?page=-1", "kfq-org", "demo"), 400, "页码");
    assertRefused(http.get(dossierPath(resigned) + "?size=0", "kfq-org", "demo"), 400, "每页条数");
    assertRefused(http.get(dossierPath(resigned) + "?size=201", "kfq-org", "demo"), 400, "每页条数");
    assertRefused(http.get(dossierPath(resigned) + "?size=abc", "kfq-org", "demo"), 400, "");
    assertRefused(http.get("/api/workers/" + resigned.getId() + "/filings/dismissal.pdf", "kfq-org", "demo"), 404,
        "没有解聘记录");
  }

  @Test
  void thePdfReadsBackWithTheWorkerTheOfficeTheStagesAndTheirArticles() throws Exception {
    HttpResponse<byte[]> response = files.downloadFrom("/api/workers/" + resigned.getId() + "/dossier.pdf", "kfq-org",
        "demo");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("filename*=UTF-8''");
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("专职党务工作者档案", "昆山开发区组织部门", "档案王", "已辞职", "辞职（000 第十六条）",
          "提交辞职申请", "辞职备案", "钱志强", FILING_NUMBER, "000 第十六条", "年度考核结果");
      assertThat(text).doesNotContain("RESIGNATION_FILED");
    }
    Screenshots.firstPage(response.body(), "dossier-pdf");
  }

  @Test
  void theXlsxHasOneSheetPerSectionWithTheSameContent() throws Exception {
    // The worker's own account closed with their service (issue 25): the town reads the dossier.
    HttpResponse<byte[]> response = files.downloadFrom("/api/workers/" + resigned.getId() + "/dossier.xlsx",
        "kfq-org", "demo");

    assertThat(response.statusCode()).isEqualTo(200);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      List<String> sheets = new ArrayList<>();
      book.forEach(sheet -> sheets.add(sheet.getSheetName()));
      assertThat(sheets).contains("基本情况", "在办事项", "时间线", "辞职", "年度考核", "缺勤", "告诫", "备案");
      assertThat(cells(book.getSheet("基本情况"))).contains("档案王", "已辞职", "昆山开发区组织部门");
      assertThat(cells(book.getSheet("辞职"))).contains("000 第十六条", "同意辞职")
          .anyMatch(cell -> cell.contains("（kfq-committee）"));
      assertThat(cells(book.getSheet("备案"))).contains(FILING_NUMBER, "辞职备案");
    }
  }

  @Test
  void theResignationFilingSheetCarriesItsNumberReasonAndSteps() throws Exception {
    HttpResponse<byte[]> response = files.downloadFrom(
        "/api/workers/" + resigned.getId() + "/filings/resignation.pdf", "office", "demo");

    assertThat(response.statusCode()).isEqualTo(200);
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      String text = new PDFTextStripper().getText(pdf);
      // Who did each step, by name (孙丽 of kfq-org, 钱志强 of kfq-committee; a narrow column may wrap the id).
      assertThat(text).contains("辞职备案表", "档案王", "备案号：" + FILING_NUMBER, REASON, "孙丽", "钱志强",
          "000 第十六条", "区镇党（工）委研究同意辞职").doesNotContain("尚未研究");
    }
    Screenshots.firstPage(response.body(), "resignation-filing-sheet");
  }

  @Test
  void theDismissalFilingSheetShowsTheGroundsAndTheEvidenceBeforeItIsFiled() throws Exception {
    Worker dismissed = people.activeWorker("kfq", "解聘甲");
    forms.start("DismissalProcess", "kfq-org", Map.of("workerId", dismissed.getId(), "seriousIncident", true,
        "evidence", "责任事故调查报告（2026）"));
    people.actAsSystem();

    HttpResponse<byte[]> response = files.downloadFrom("/api/workers/" + dismissed.getId() + "/filings/dismissal.pdf",
        "kfq-committee", "demo");

    assertThat(response.statusCode()).isEqualTo(200);
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("解聘备案表", "解聘甲", "解聘情形（000 第十四条）", "责任事故调查报告（2026）",
          "备案号：尚未备案", "（尚未决定）");
    }
    assertThat(files.downloadFrom("/api/workers/" + dismissed.getId() + "/filings/dismissal.pdf", "huaqiao-org",
        "demo").statusCode()).isEqualTo(404);
  }

  private static void assertRefused(HttpResponse<String> response, int status, String words) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.body()).contains(words).doesNotContain("Exception", "org.");
    assertThat(response.body()).containsPattern("[\\u4e00-\\u9fa5]");
  }

  private static List<String> cells(Sheet sheet) {
    List<String> values = new ArrayList<>();
    for (Row row : sheet) {
      row.forEach(cell -> values.add(cell.toString()));
    }
    return values;
  }

  private static String dossierPath(Worker worker) {
    return "/api/workers/" + worker.getId() + "/dossier";
  }

  static String utf8(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }
}
