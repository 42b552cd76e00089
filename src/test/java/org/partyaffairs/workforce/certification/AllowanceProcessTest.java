package org.partyaffairs.workforce.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.partyaffairs.workforce.support.Refusals.assertRefused;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.assessment.AssessmentGraded;
import org.partyaffairs.workforce.rules.facts.Grade;
import org.partyaffairs.workforce.rules.facts.CertificationLevel;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * RedCollarAllowanceProcess (002 专属待遇保障: 按资格等级，每年发放“红领津贴”; 对考核结果未达到“称职”的，取消当年度“红领津贴”):
 * the 2003 list compiled from the certificates and their 年检, exported with Chinese headers, confirmed
 * by the city office in Tasklist; a second list of the year refused.
 */
@IntegrationTest
class AllowanceProcessTest {

  static final int YEAR = 2003;

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired CertificationFixtures fixtures;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;
  @Autowired AllowanceService allowances;

  @BeforeEach
  void engine() {
    init(engine);
  }

  @Test
  void theYearsListPaysTheLevelsAmountToQualifiedWorkersAndNothingWithTheReasonToOthersThenTheOfficeConfirmsIt()
      throws Exception {
    Worker qualified = people.activeWorker("kfq", "津贴合格");
    Worker basic = people.activeWorker("huaqiao", "津贴基本");
    Worker ungraded = people.activeWorker("zhangpu", "津贴未考核");
    Worker later = people.activeWorker("kfq", "津贴次年发证");
    fixtures.certificate(qualified, CertificationLevel.SENIOR, LocalDate.of(2003, 2, 1));
    fixtures.certificate(basic, CertificationLevel.PRIMARY, LocalDate.of(2003, 2, 1));
    fixtures.certificate(ungraded, CertificationLevel.INTERMEDIATE, LocalDate.of(2003, 2, 1));
    fixtures.certificate(later, CertificationLevel.PRIMARY, LocalDate.of(2004, 2, 1));
    graded(qualified, "合格");
    graded(basic, "基本称职");

    Http http = new Http(port);
    HttpResponse<String> refused = http.postJson("/api/red-collar-allowances/" + YEAR, "kfq-org", "demo", "{}");
    assertThat(refused.statusCode()).isEqualTo(403);
    HttpResponse<String> started = http.postJson("/api/red-collar-allowances/" + YEAR, "office", "demo", "{}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    assertThat(started.body()).contains("津贴合格", "6000", "津贴基本", "取消当年度红领津贴", "津贴未考核",
        "没有2003年度考核等次，未年检，不发放").doesNotContain("津贴次年发证");

    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("RedCollarAllowanceProcess")
        .processInstanceBusinessKey("allowance-" + YEAR).singleResult();
    assertThat(instance.getTenantId()).as("the city's, no town's").isNull();
    assertThat(instance).isWaitingAt("Task_ConfirmAllowanceList");
    assertThat(task(instance)).hasCandidateGroup("city-office");
    assertThat(task(instance).getName()).startsWith("确认红领津贴发放名单：2003年度红领津贴：");
    assertThat(task(instance).getDueDate()).isNotNull();

    byte[] xlsx = download("/api/red-collar-allowances/" + YEAR + ".xlsx");
    List<List<String>> rows = rows(xlsx);
    assertThat(rows.get(0)).containsExactly("区镇", "工作者编号", "姓名", "资格等级", "证书编号", "年度考核等次", "红领津贴（元）", "说明");
    assertThat(rows).anySatisfy(row -> assertThat(row).contains("昆山开发区", "津贴合格", "高级", "合格", "6000"));
    assertThat(rows).anySatisfy(row -> assertThat(row).contains("津贴基本", "初级", "基本称职", "0"));

    assertRefused(() -> forms.complete(task(instance), "office", Map.of()), "请勾选「确认名单」");
    forms.complete(task(instance), "office", Map.of("allowanceConfirmed", true, "allowanceNote", "已与财政核对"));

    assertThat(instance).isEnded().hasPassed("EndEvent_AllowanceListConfirmed");
    AllowanceList list = allowances.of(YEAR).orElseThrow();
    assertThat(list.getStatus()).isEqualTo(AllowanceList.Status.CONFIRMED);
    assertThat(list.getConfirmedBy()).isEqualTo("office");
    HttpResponse<String> again = http.postJson("/api/red-collar-allowances/" + YEAR, "office", "demo", "{}");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("已汇总，不能重复汇总");
    HttpResponse<String> future = http.postJson("/api/red-collar-allowances/2999", "office", "demo", "{}");
    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(http.get("/api/red-collar-allowances/2001", "office", "demo").statusCode()).isEqualTo(404);
  }

  private void graded(Worker worker, String label) {
    transaction.executeWithoutResult(status -> events.publishEvent(
        new AssessmentGraded(worker.getId(), YEAR, GradeOfLabel.of(label), label, "assessment-" + worker.getId())));
  }

  private byte[] download(String path) throws Exception {
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + path)).header("Authorization", "Basic "
            + Base64.getEncoder().encodeToString("office:demo".getBytes(StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static List<List<String>> rows(byte[] xlsx) throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter format = new DataFormatter();
      List<List<String>> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(format.formatCellValue(cell)));
        rows.add(cells);
      }
      return rows;
    }
  }
}
