package org.partyaffairs.workforce.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.partyaffairs.workforce.report.HalfYearReportProcessVariables.*;
import static org.partyaffairs.workforce.support.Refusals.assertRefused;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.shared.IllegalTransitionException;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.support.Refusals;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every path of HalfYearReportProcess (001 第十五条: 区县委组织部每半年书面向市委组织部报告一次党建专干
 * 履职情况), each step taken by the role that owns it, and the refusals at its start. Each test
 * reports on a half year of its own (the half years before the current one), so that tests sharing
 * the database never meet one another's report.
 */
@IntegrationTest
class HalfYearReportProcessTest {

  private static final String FIRST_DRAFT = "本半年张浦镇党建专干按要求完成党组织覆盖和组织生活督促工作，整体履职情况良好。";
  private static final String REVISED = FIRST_DRAFT + "旷工情况：个别工作者存在未请假未到岗，已登记并按第十三条启动告诫，下半年加强考勤督促。";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired Forms forms;
  @Autowired People people;
  @Autowired Refusals refusals;
  @Autowired HalfYearReportRepository reports;
  @Autowired HalfYearReportService service;
  @Autowired WorkerRepository workers;
  @Autowired Clock clock;
  @Autowired WorkforceProperties properties;

  @BeforeEach
  void initAssertions() {
    init(engine);
  }

  @AfterEach
  void actAsSystem() {
    people.actAsSystem();
  }

  @Test
  void theTownWritesTheCommitteeReturnsItOnceThenSubmitsAndTheCityOfficeReceivesIt() {
    HalfYear half = halvesAgo(2);
    // In service at the half year's end: registered before it (none of these has left since).
    Instant end = half.lastDay().plusDays(1).atStartOfDay(properties.zone()).toInstant();
    long inService = workers.findAll().stream().filter(worker -> worker.getTownCode().equals("zhangpu")
        && worker.getCreatedAt().isBefore(end)
        && EnumSet.of(WorkerStatus.PROBATION, WorkerStatus.ACTIVE).contains(worker.getStatus())).count();

    ProcessInstance instance = forms.start(PROCESS_KEY, "zhangpu-org", Map.of(HALF_YEAR, half.code()));

    assertThat(instance).isWaitingAt(TASK_WRITE_ASSESSMENT).hasBusinessKey("HALFYEAR-zhangpu-" + half.code());
    assertThat(instance.getTenantId()).isEqualTo("zhangpu");
    assertThat(task(instance)).hasCandidateGroup("town-org-zhangpu").hasName("撰写半年履职情况报告：张浦镇" + half.label());
    assertThat(task(instance).getDueDate()).isNotNull();
    HalfYearReport report = reportOf(instance);
    HalfYearFigures figures = service.figuresOf(report);
    assertThat(figures.inService()).as("在职合计 as at the half year's end").isEqualTo(inService);
    assertThat(figures.periodStart()).isEqualTo(half.firstDay().toString());
    assertThat(runtimeService.getVariable(instance.getId(), FIGURES_SUMMARY).toString())
        .contains("张浦镇" + half.label(), "在职工作者 " + inService + " 人");
    assertThat(runtimeService.getVariable(instance.getId(), REPORT_XLSX))
        .isEqualTo("/api/reports/half-year/" + report.getId() + ".xlsx");

    assertRefused(() -> forms.complete(task(instance), "zhangpu-org", Map.of(PERFORMANCE_ASSESSMENT, "履职良好")), "至少写 20 个字");
    assertThat(instance).isWaitingAt(TASK_WRITE_ASSESSMENT);
    forms.complete(task(instance), "zhangpu-org", Map.of(PERFORMANCE_ASSESSMENT, FIRST_DRAFT));

    assertThat(instance).isWaitingAt(TASK_REVIEW_REPORT);
    assertThat(task(instance)).hasCandidateGroup("town-committee-zhangpu").hasName("审核报送半年报告：张浦镇" + half.label());
    assertRefused(() -> forms.complete(task(instance), "zhangpu-committee", Map.of(DECISION, "RETURN")), "退回修改时必须说明理由");
    assertRefused(() -> forms.complete(task(instance), "zhangpu-committee", Map.of(DECISION, "REJECT")), "审核意见");
    forms.complete(task(instance), "zhangpu-committee", Map.of(DECISION, "RETURN", DECISION_REASON, "请补充旷工情况的分析"));

    assertThat(instance).isWaitingAt(TASK_WRITE_ASSESSMENT);
    assertThat(runtimeService.getVariables(instance.getId())).containsEntry(RETURN_REASON, "请补充旷工情况的分析")
        .doesNotContainKeys(DECISION, DECISION_REASON);
    assertThat(reportOf(instance).getStatus()).isEqualTo(HalfYearReportStatus.RETURNED);
    forms.complete(task(instance), "zhangpu-org", Map.of(PERFORMANCE_ASSESSMENT, REVISED));
    forms.complete(task(instance), "zhangpu-committee", Map.of(DECISION, "APPROVE"));

    assertThat(instance).isWaitingAt(TASK_SUBMIT_REPORT);
    execute(job(instance));
    assertThat(reportOf(instance).getStatus()).isEqualTo(HalfYearReportStatus.SUBMITTED);
    assertThat(instance).isWaitingAt(TASK_RECEIVE_REPORT);
    assertThat(task(instance)).hasCandidateGroup("city-office").hasName("接收半年报告：张浦镇" + half.label());
    forms.complete(task(instance), "office", Map.of(RECEIPT_NOTE, "已阅，张浦镇半年报告收悉"));

    assertThat(instance).isEnded().hasPassed("EndEvent_ReportReceived");
    HalfYearReport received = reportOf(instance);
    assertThat(received.getStatus()).isEqualTo(HalfYearReportStatus.RECEIVED);
    assertThat(received.getRoundNumber()).isEqualTo(2);
    assertThat(received.getAssessment()).isEqualTo(REVISED);
    assertThat(received.getWrittenBy()).isEqualTo("zhangpu-org");
    assertThat(received.getReviewedBy()).isEqualTo("zhangpu-committee");
    assertThat(received.getReturnReason()).isNull();
    assertThat(received.getSubmittedAt()).isNotNull();
    assertThat(received.getReceivedBy()).isEqualTo("office");
    assertThat(received.getFigures()).as("the figures kept are those compiled at the start")
        .isEqualTo(report.getFigures());
  }

  @Test
  void submittingAgainAfterARetryChangesNothing() {
    ProcessInstance instance = forms.start(PROCESS_KEY, "huaqiao-org", Map.of(HALF_YEAR, halvesAgo(2).code()));
    forms.complete(task(instance), "huaqiao-org", Map.of(PERFORMANCE_ASSESSMENT, FIRST_DRAFT));
    forms.complete(task(instance), "huaqiao-committee", Map.of(DECISION, "APPROVE"));
    execute(job(instance));
    var submittedAt = reportOf(instance).getSubmittedAt();

    service.submit(instance.getId());

    assertThat(reportOf(instance).getSubmittedAt()).isEqualTo(submittedAt);
    assertThat(reportOf(instance).getStatus()).isEqualTo(HalfYearReportStatus.SUBMITTED);
  }

  @Test
  void aHalfYearNotYetBegunIsRefusedWith400AndStartsNothing() {
    HalfYear next = halvesAgo(0).next();
    refusals.assertNothingStarted(() -> forms.start(PROCESS_KEY, "zhangpu-org", Map.of(HALF_YEAR, next.code())),
        next.label() + "尚未开始", reports::count);

    HttpResponse<String> answer = new Http(port).postJson("/engine-rest/process-definition/key/" + PROCESS_KEY
        + "/submit-form", "zhangpu-org", "demo", "{\"variables\":{\"halfYear\":{\"value\":\"" + next.code() + "\"}}}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains("\"message\":\"" + next.label() + "尚未开始");
  }

  @Test
  void anUnreadableHalfYearIsRefusedNamingWhatWasSent() {
    refusals.assertNothingStarted(() -> forms.start(PROCESS_KEY, "zhangpu-org", Map.of(HALF_YEAR, "2025-H3")),
        "半年度应写作 2026-H1 或 2026年上半年，收到「2025-H3」", reports::count);
    refusals.assertNothingStarted(() -> forms.start(PROCESS_KEY, "zhangpu-org", Map.of()), "请选择报告的半年度",
        reports::count);
  }

  @Test
  void aSecondReportOfTheSameTownAndHalfYearIsRefusedNamingTheFirst() {
    HalfYear half = halvesAgo(3);
    ProcessInstance first = forms.start(PROCESS_KEY, "zhangpu-org", Map.of(HALF_YEAR, half.code()));
    long count = reports.count();

    assertThatThrownBy(() -> forms.start(PROCESS_KEY, "zhangpu-org", Map.of(HALF_YEAR, half.label())))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("张浦镇" + half.label() + "的半年报告已经发起")
        .hasMessageContaining("业务键 HALFYEAR-zhangpu-" + half.code())
        .hasMessageContaining("区镇组织部门撰写中")
        .hasMessageContaining("报告 " + reportOf(first).getId());
    assertThat(reports.count()).isEqualTo(count);

    HttpResponse<String> answer = new Http(port).postJson("/engine-rest/process-definition/key/" + PROCESS_KEY
        + "/submit-form", "zhangpu-org", "demo", "{\"variables\":{\"halfYear\":{\"value\":\"" + half.code() + "\"}}}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
    assertThat(answer.body()).contains("HALFYEAR-zhangpu-" + half.code());

    ProcessInstance otherTown = forms.start(PROCESS_KEY, "kfq-org", Map.of(HALF_YEAR, half.code()));
    assertThat(otherTown).as("another town reports on the same half year").isWaitingAt(TASK_WRITE_ASSESSMENT);
  }

  @Test
  void theCurrentHalfYearMayBeReportedAndTheStartFormOffersNoHalfYearNotYetBegun() {
    HalfYearChoices choices = new HalfYearChoices(clock, properties);
    assertThat(choices.options()).hasSize(HalfYearChoices.OFFERED);
    assertThat(choices.options().get(0).value()).isEqualTo(halvesAgo(0).code());
    assertThat(choices.options()).extracting(option -> HalfYear.parse(option.value()))
        .allMatch(half -> half.compareTo(halvesAgo(0)) <= 0);
  }

  private HalfYear halvesAgo(int halves) {
    HalfYear half = HalfYear.of(LocalDate.now(clock.withZone(properties.zone())));
    for (int i = 0; i < halves; i++) {
      half = half.previous();
    }
    return half;
  }

  private HalfYearReport reportOf(ProcessInstance instance) {
    return reports.findByProcessInstanceId(instance.getId()).orElseThrow();
  }
}
