package org.partyaffairs.workforce.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.partyaffairs.workforce.report.HalfYearReportProcessVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.report.HalfYearFigures.Count;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The half-year report over HTTP: one report as JSON and XLSX for its town and the city (404 for
 * another town and for workers), and every town side by side for the city office. The files are
 * read back with POI and their figures compared with the figures kept with the report.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HalfYearReportApiTest {

  private static final String ASSESSMENT = "本半年昆山开发区党建专干履职情况总体良好，按时完成组织生活督促和党建工作站日常运行。";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired Forms forms;
  @Autowired People people;
  @Autowired HalfYearReportRepository reports;
  @Autowired HalfYearReportService service;
  @Autowired ObjectMapper json;
  @Autowired Clock clock;
  @Autowired WorkforceProperties properties;

  private ReportFiles files;
  private HalfYear half;
  private HalfYearReport kfq;
  private HalfYearFigures kfqFigures;

  /** kfq's report of four half years ago, submitted to the city; huaqiao's still being written. */
  @BeforeAll
  void reportsOfTwoTowns() {
    init(engine);
    files = new ReportFiles(port);
    half = HalfYear.of(LocalDate.now(clock.withZone(properties.zone()))).previous().previous().previous().previous();
    ProcessInstance instance = forms.start(PROCESS_KEY, "kfq-org", Map.of(HALF_YEAR, half.code()));
    forms.complete(task(instance), "kfq-org", Map.of(PERFORMANCE_ASSESSMENT, ASSESSMENT));
    forms.complete(task(instance), "kfq-committee", Map.of(DECISION, "APPROVE"));
    execute(job(instance));
    kfq = reports.findByProcessInstanceId(instance.getId()).orElseThrow();
    kfqFigures = service.figuresOf(kfq);
    forms.start(PROCESS_KEY, "huaqiao-org", Map.of(HALF_YEAR, half.code()));
  }

  @AfterEach
  void actAsSystem() {
    people.actAsSystem();
  }

  @Test
  void aReportIsReadByItsTownAndTheCityAndByNobodyElse() throws IOException {
    String path = ReportFiles.BASE + "/" + kfq.getId();
    for (String reader : List.of("kfq-org", "kfq-committee", "office", "committee", "admin")) {
      HttpResponse<byte[]> answer = files.get(path, reader, "demo");
      assertThat(answer.statusCode()).as("%s reads kfq's report", reader).isEqualTo(200);
      JsonNode report = json.readTree(answer.body());
      assertThat(report.path("businessKey").asText()).isEqualTo("HALFYEAR-kfq-" + half.code());
      assertThat(report.path("statusLabel").asText()).isEqualTo("已报送，待市委接收");
      assertThat(report.path("assessment").asText()).isEqualTo(ASSESSMENT);
      assertThat(report.path("figures").path("inService").asInt()).isEqualTo(kfqFigures.inService());
    }
    for (String outsider : List.of("huaqiao-org", "huaqiao-committee", "kfq-worker", "huaqiao-worker")) {
      for (String suffix : List.of("", ".xlsx")) {
        HttpResponse<byte[]> answer = files.get(path + suffix, outsider, "demo");
        assertThat(answer.statusCode()).as("%s reads kfq's report%s", outsider, suffix).isEqualTo(404);
        assertThat(ReportFiles.text(answer)).contains("半年报告 " + kfq.getId() + " 不存在")
            .doesNotContain("HALFYEAR-kfq");
      }
    }
    assertThat(files.get(ReportFiles.BASE + "/999999", "office", "demo").statusCode()).isEqualTo(404);
    assertThat(files.get(ReportFiles.BASE + "/abc", "office", "demo").statusCode()).isEqualTo(400);
  }

  @Test
  void theReportsWorkbookHoldsTheFiguresKeptWithTheReportOneSheetPerSection() {
    HttpResponse<byte[]> answer = files.get(ReportFiles.BASE + "/" + kfq.getId() + ".xlsx", "kfq-committee", "demo");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue(HalfYearReportController.XLSX);

    Workbook workbook = ReportFiles.open(answer.body());
    assertThat(ReportFiles.sheetNames(workbook))
        .containsExactly("概况", "工作者状态", "聘用与离岗", "告诫", "旷工", "考核等次", "岗位与任务", "在职人数");
    assertThat(ReportFiles.allText(workbook)).contains("昆山开发区", half.label(), ASSESSMENT, "001 第十五条",
        "HALFYEAR-kfq-" + half.code(), "kfq-committee");

    Map<String, Integer> workers = ReportFiles.column(workbook, "工作者状态", 1);
    assertThat(workers).containsEntry("在职合计（试用期与在岗）", kfqFigures.inService());
    for (Count status : kfqFigures.workersByStatus()) {
      assertThat(workers).containsEntry(status.label(), status.count());
    }
    assertThat(ReportFiles.column(workbook, "岗位与任务", 1)).containsEntry("岗位数", kfqFigures.posts())
        .containsEntry("空缺岗位数", kfqFigures.vacancies()).containsEntry("待办任务", kfqFigures.openTasks());
    Map<String, Integer> headcount = ReportFiles.column(workbook, "在职人数", 1);
    assertThat(headcount).as("a month-end headcount for each month of a past half year").hasSize(6)
        .containsKeys(half.firstDay().getMonthValue() + "月", half.lastDay().getMonthValue() + "月");
    kfqFigures.headcount().forEach(month -> assertThat(headcount).containsEntry(month.label(), month.count()));
  }

  @Test
  void theReportsPdfPrintsTheAssessmentTheFiguresAndTheChartsInChinese() {
    HttpResponse<byte[]> answer = files.get(ReportFiles.BASE + "/" + kfq.getId() + ".pdf", "office", "demo");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(files.get(ReportFiles.BASE + "/" + kfq.getId() + ".pdf", "huaqiao-org", "demo").statusCode())
        .isEqualTo(404);

    String text = ReportFiles.pdfText(answer.body());
    assertThat(text).contains("党建专干履职情况半年报告", "昆山开发区组织部门", half.label(), "HALFYEAR-kfq-" + half.code(),
        "第十五条", ASSESSMENT.replaceAll("\\s+", ""), "已报送，待市委接收", "各月末在职人数", "区镇党（工）委负责人");
    assertThat(text).as("a figure with its count, as the table prints it")
        .contains("在职合计（试用期与在岗）" + kfqFigures.inService())
        .contains("空缺岗位数" + kfqFigures.vacancies())
        .contains("本半年新聘" + kfqFigures.hires());
    for (Count month : kfqFigures.headcount()) {
      assertThat(text).contains(month.label() + month.count());
    }
    if (kfqFigures.campaign() != null) {
      assertThat(text).contains("考核等次分布");
    }
  }

  @Test
  void theCitysPdfPutsTheTownsSideBySide() {
    HttpResponse<byte[]> answer = files.get(ReportFiles.BASE + ".pdf?half=" + half.code(), "office", "demo");
    assertThat(answer.statusCode()).isEqualTo(200);
    String text = ReportFiles.pdfText(answer.body());
    assertThat(text).contains("党建专干履职情况半年报告汇总", half.label(), "昆山开发区已报送，待市委接收", "张浦镇未发起",
        "花桥经济开发区区镇组织部门撰写中", "各区镇在职人数", "昆山开发区" + kfqFigures.inService(),
        ASSESSMENT.replaceAll("\\s+", ""));
    assertThat(files.get(ReportFiles.BASE + ".pdf?half=" + half.code(), "kfq-worker", "demo").statusCode())
        .isEqualTo(403);
    String own = ReportFiles.pdfText(files.get(ReportFiles.BASE + ".pdf?half=" + half.code(), "kfq-org", "demo").body());
    assertThat(own).contains("昆山开发区").doesNotContain("花桥", "张浦");
  }

  @Test
  void theCityReadsEveryTownSideBySideATownItsOwnAndWorkersNothing() throws IOException {
    String path = ReportFiles.BASE + "?half=" + half.code();
    JsonNode city = json.readTree(files.get(path, "office", "demo").body());
    assertThat(city.path("halfYearLabel").asText()).isEqualTo(half.label());
    List<String> towns = new ArrayList<>();
    city.path("towns").forEach(town -> towns.add(town.path("town").asText() + " " + town.path("statusLabel").asText()));
    assertThat(towns).contains("kfq 已报送，待市委接收", "huaqiao 区镇组织部门撰写中", "zhangpu 未发起");
    JsonNode kfqColumn = column(city, "kfq");
    assertThat(kfqColumn.path("reportId").asLong()).isEqualTo(kfq.getId());
    assertThat(kfqColumn.path("figures").path("vacancies").asInt()).isEqualTo(kfqFigures.vacancies());

    HttpResponse<byte[]> own = files.get(path, "kfq-org", "demo");
    assertThat(own.statusCode()).isEqualTo(200);
    JsonNode town = json.readTree(own.body());
    assertThat(town.path("towns")).hasSize(1);
    assertThat(town.path("towns").get(0).path("town").asText()).isEqualTo("kfq");
    assertThat(ReportFiles.text(own)).doesNotContain("huaqiao", "花桥");

    HttpResponse<byte[]> worker = files.get(path, "kfq-worker", "demo");
    assertThat(worker.statusCode()).isEqualTo(403);
    assertThat(ReportFiles.text(worker)).doesNotContain("HALFYEAR");
    assertThat(files.get(ReportFiles.BASE + ".xlsx?half=" + half.code(), "kfq-worker", "demo").statusCode()).isEqualTo(403);
  }

  @Test
  void theCitysWorkbookPutsTheTownsThatReportedInColumns() {
    HttpResponse<byte[]> answer = files.get(ReportFiles.BASE + ".xlsx?half=" + half.code(), "committee", "demo");
    assertThat(answer.statusCode()).isEqualTo(200);
    Workbook workbook = ReportFiles.open(answer.body());
    assertThat(ReportFiles.sheetNames(workbook)).startsWith("各区镇报送情况", "工作者状态");
    assertThat(ReportFiles.allText(workbook)).contains("张浦镇\t未发起", "HALFYEAR-kfq-" + half.code(), ASSESSMENT);

    List<String> header = ReportFiles.header(workbook, "工作者状态");
    assertThat(header).contains("昆山开发区", "花桥经济开发区").doesNotContain("张浦镇");
    int kfqColumn = header.indexOf("昆山开发区");
    assertThat(ReportFiles.column(workbook, "工作者状态", kfqColumn))
        .containsEntry("在职合计（试用期与在岗）", kfqFigures.inService());
    assertThat(ReportFiles.column(workbook, "岗位与任务", kfqColumn)).containsEntry("空缺岗位数", kfqFigures.vacancies());
  }

  @Test
  void aHalfYearThatIsMissingUnreadableOrNotYetBegunIsA400InChinese() {
    HalfYear next = HalfYear.of(LocalDate.now(clock.withZone(properties.zone()))).next();
    Map<String, String> asked = Map.of(
        ReportFiles.BASE, "请用参数 half 指定半年度",
        ReportFiles.BASE + "?half=2026-H3", "半年度应写作 2026-H1 或 2026年上半年",
        ReportFiles.BASE + "?half=" + next.code(), next.label() + "尚未开始",
        ReportFiles.BASE + ".xlsx?half=" + next.code(), next.label() + "尚未开始");
    asked.forEach((path, message) -> {
      HttpResponse<byte[]> answer = files.get(path, "office", "demo");
      assertThat(answer.statusCode()).as(path).isEqualTo(400);
      assertThat(ReportFiles.text(answer)).as(path).contains(message).doesNotContain("Exception");
    });
  }

  private static JsonNode column(JsonNode view, String town) {
    for (JsonNode column : view.path("towns")) {
      if (column.path("town").asText().equals(town)) {
        return column;
      }
    }
    throw new AssertionError("no column of " + town);
  }
}
