package org.partyaffairs.workforce.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.report.ReportFiles;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A town's result list as published (公示名单, 004 年度公示: 公示时间为7天；有异议的调查核实，记分有误的及时纠正),
 * as PDF and XLSX read back: the town, the period, each line as published, and what came of an
 * objection (a corrected line shows the published and the corrected value); the notice's own town
 * and the city read it, another town and an unknown notice get 404 in Chinese.
 */
@IntegrationTest
class NoticeListTest {

  @LocalServerPort int port;
  @Autowired PublishedNotices published;
  @Autowired Forms forms;
  @Autowired People people;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  Http http;
  ReportFiles files;
  ProcessInstance instance;
  Notice notice;

  @BeforeEach
  void publish() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-01T02:00:00Z")));
    http = new Http(port);
    files = new ReportFiles(port);
    instance = published.publish("kfq", "昆山开发区2026年度专职党务工作者考核结果公示", "list-" + System.nanoTime());
    notice = published.of(instance.getId());
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void theListAsPublishedPrintsWithTheTownThePeriodAndEachLine() {
    HttpResponse<byte[]> pdf = files.get(list(".pdf"), "kfq-org", "demo");

    assertThat(pdf.statusCode()).as(ReportFiles.text(pdf)).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(ReportFiles.pdfText(pdf.body())).contains("昆山开发区2026年度专职党务工作者考核结果公示", "昆山开发区",
        "公示编号：" + notice.getId(), "公示开始2026-12-0110:00", "公示截止2026-12-0810:00", "公示中",
        "李明2026年度考核", "85分合格", "004年度公示"); // the text as read back, without spaces
  }

  @Test
  void aCorrectedLineShowsWhatWasPublishedAndWhatItWasCorrectedTo() {
    HttpResponse<String> objection = http.postJson("/api/notices/" + notice.getId() + "/objections", "kfq-worker", "demo",
        "{\"entryId\":" + notice.getEntries().get(0).getId() + ",\"grounds\":\"第11项漏记\"}");
    assertThat(objection.statusCode()).as(objection.body()).isEqualTo(201);
    forms.complete(taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_InvestigateObjection").singleResult(), "kfq-org",
        Map.of("outcome", "CORRECTED", "correctedValue", "92", "reply", "第11项漏记，予以纠正"));
    people.actAsSystem();
    managementService.createJobQuery().processInstanceId(instance.getId()).executable().list()
        .forEach(job -> managementService.executeJob(job.getId()));

    HttpResponse<byte[]> xlsx = files.get(list(".xlsx"), "office", "demo");
    HttpResponse<byte[]> pdf = files.get(list(".pdf"), "kfq-committee", "demo");

    assertThat(xlsx.statusCode()).as(ReportFiles.text(xlsx)).isEqualTo(200);
    Workbook book = ReportFiles.open(xlsx.body());
    assertThat(ReportFiles.sheetNames(book)).containsExactly("公示情况", "公示名单");
    assertThat(ReportFiles.header(book, "公示名单")).containsExactly("序号", "公示对象", "公示内容", "异议", "核实结果");
    assertThat(book.getSheet("公示名单").getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1);
    assertThat(book.getSheet("公示名单").getRow(1).getCell(2).getStringCellValue()).isEqualTo("85分 合格");
    assertThat(book.getSheet("公示名单").getRow(1).getCell(4).getStringCellValue()).startsWith("已纠正为：92分");
    assertThat(ReportFiles.allText(book)).contains("昆山开发区", "2026-12-08 10:00").doesNotContain("kfq-worker");
    assertThat(ReportFiles.pdfText(pdf.body())).contains("85分合格", "已纠正为：92分", "1条（已纠正）")
        .doesNotContain("kfq-worker");
  }

  @Test
  void anotherTownOrAnUnknownNoticeIsNotFoundInChinese() {
    for (String suffix : List.of(".pdf", ".xlsx")) {
      for (HttpResponse<byte[]> refused : List.of(files.get(list(suffix), "huaqiao-org", "demo"),
          files.get(list(suffix), "huaqiao-worker", "demo"),
          files.get("/api/notices/99999999/list" + suffix, "office", "demo"))) {
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(ReportFiles.text(refused)).contains("公示", "不存在").doesNotContain("李明", "Exception");
      }
    }
  }

  private String list(String suffix) {
    return "/api/notices/" + notice.getId() + "/list" + suffix;
  }
}
