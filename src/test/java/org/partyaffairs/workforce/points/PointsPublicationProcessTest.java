package org.partyaffairs.workforce.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.partyaffairs.workforce.support.Refusals.assertRefused;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.notice.Notice;
import org.partyaffairs.workforce.notice.NoticeEntry;
import org.partyaffairs.workforce.notice.NoticeService;
import org.partyaffairs.workforce.notice.PublishedNotices;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The quarterly publication of a town's standings (004 附件1 二、考核流程: 定期公布——对每名党员得分及加减分项目考核情况
 * 每季度至少进行一次公布，充分接受监督，发现问题及时纠正) through PublicNoticeProcess; an objection found right is
 * corrected through the ledger, with its reason, and the notice shows the new standing. On Thursday
 * 2 April 2026, the first quarter just ended.
 */
@IntegrationTest
class PointsPublicationProcessTest {

  static final Instant THURSDAY = Instant.parse("2026-04-02T02:00:00Z");
  static final LocalDate IN_MARCH = LocalDate.of(2026, 3, 10);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired PointsFixtures fixtures;
  @Autowired PointsService points;
  @Autowired PointsPublications publications;
  @Autowired NoticeService notices;
  @Autowired PublishedNotices published;
  @Autowired Trail trail;

  @BeforeEach
  void onThursdaySecondApril() {
    init(engine);
    ClockUtil.setCurrentTime(Date.from(THURSDAY));
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void eachQuarterTheTownsStandingsGoOnNoticeAndAnObjectionIsCorrectedThroughTheLedger() {
    Worker worker = people.activeWorker("zhangpu", "𠮷季度公布");
    fixtures.record(worker.getId(), "zhangpu", 13, 1, "city", IN_MARCH);
    PointsEntry wrong = fixtures.record(worker.getId(), "zhangpu", 17, 2, null, IN_MARCH);

    PointsPublications.Started started = publications.start(fixtures.actor("zhangpu-org"), "zhangpu", "2026Q1");

    ProcessInstance publication = runtimeService.createProcessInstanceQuery()
        .processInstanceId(started.processInstanceId()).singleResult();
    assertThat(publication).hasBusinessKey("PTS-zhangpu-2026Q1").isWaitingAt("CallActivity_PublishStandings");
    Assertions.assertThat(publication.getTenantId()).isEqualTo("zhangpu");
    Assertions.assertThat(job(publication).getRetries()).isEqualTo(3);
    execute(job(publication));
    ProcessInstance noticeProcess = calledProcessInstance(publication);
    Notice notice = published.of(noticeProcess.getId());
    Assertions.assertThat(notice.getTitle()).isEqualTo("张浦镇2026年第一季度专职党务工作者积分情况公布");
    NoticeEntry entry = entryOf(notice, worker);
    Assertions.assertThat(entry.getCurrentValue()).startsWith("总分 104（加分 10，减分 6）：")
        .contains("第13项 ×1（市级表彰）", "第" + wrong.getId() + "条 第17项 ×2");
    assertRefused(() -> publications.start(fixtures.actor("office"), "zhangpu", "2026Q1"), "已经公布");
    assertRefused(() -> publications.start(fixtures.actor("office"), "zhangpu", "2026Q2"), "尚未结束");
    Assertions.assertThatThrownBy(() -> publications.start(fixtures.actor("kfq-org"), "zhangpu", "2025Q4"))
        .isInstanceOf(NotFoundException.class);

    notices.object(notice.getId(), entry.getId(), "第17项系误记：党费每月按时交纳", UUID.randomUUID().toString(),
        fixtures.actor(worker.getUserId()));
    Assertions.assertThat(task(noticeProcess).getName()).startsWith("调查核实异议：𠮷季度公布");
    assertThat(task(noticeProcess)).hasCandidateGroup("town-org-zhangpu");
    assertRefused(() -> forms.complete(task(noticeProcess), "zhangpu-org", Map.of("outcome", "CORRECTED",
        "correctedValue", "第" + wrong.getId() + "条 2 1", "reply", "改为否决")), "一票否决须经区镇党（工）委确认");
    assertRefused(() -> forms.complete(task(noticeProcess), "zhangpu-org", Map.of("outcome", "CORRECTED",
        "correctedValue", "减六分", "reply", "更正")), "更正的台账行应写作");
    forms.complete(task(noticeProcess), "zhangpu-org", Map.of("outcome", "CORRECTED",
        "correctedValue", "第" + wrong.getId() + "条 删除", "reply", "经核实党费按时交纳，第17项系误记"));
    execute(job("Task_ApplyCorrection", noticeProcess));

    List<PointsEntry> lines = points.lines(worker.getId(), 2026);
    Assertions.assertThat(lines).extracting(PointsEntry::getState).containsExactly(PointsEntryState.ACCEPTED,
        PointsEntryState.SUPERSEDED, PointsEntryState.ACCEPTED);
    Assertions.assertThat(lines.get(2).getSource()).isEqualTo(PointsEntrySource.CORRECTION);
    Assertions.assertThat(lines.get(2).getCorrects()).isEqualTo(wrong.getId());
    Assertions.assertThat(lines.get(2).getReason()).isEqualTo("经核实党费按时交纳，第17项系误记");
    Assertions.assertThat(points.standing(worker.getId(), 2026).total()).isEqualTo(110);
    Assertions.assertThat(entryOf(published.of(noticeProcess.getId()), worker).getCurrentValue())
        .isEqualTo("总分 110（加分 10，减分 0）");
    Assertions.assertThat(trail.of(worker)).filteredOn(line -> line.getEvent().equals("POINTS_CORRECTED"))
        .singleElement().extracting(TrailEntry::getDetail).asString()
        .contains("第" + wrong.getId() + "条「第17项 ×2」删除", "第17项系误记", "总分 110");
  }

  private static NoticeEntry entryOf(Notice notice, Worker worker) {
    return notice.getEntries().stream().filter(entry -> entry.getRecordId().equals(worker.getId() + "-2026"))
        .findFirst().orElseThrow();
  }
}
