package org.partyaffairs.workforce.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.notice.Notice;
import org.partyaffairs.workforce.notice.NoticeEntry;
import org.partyaffairs.workforce.notice.NoticeService;
import org.partyaffairs.workforce.notice.PublishedNotices;
import org.partyaffairs.workforce.support.AtOnce;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The points ledger through a quarter as the people involved take it (004 附件1 二、考核流程): the
 * worker claims a bonus with two witnesses, the department accepts it and records a deduction, the
 * quarter's standings go on notice, the worker objects and the department corrects the ledger; two
 * first lines for one worker written at the same moment open one ledger. Run on H2 ({@link
 * PointsFlowTest}) and on MySQL ({@link PointsFlowMySqlIT}). Names and reasons carry 𠮷, a 4-byte
 * character. On Thursday 2 April 2026, the first quarter just ended.
 */
abstract class PointsFlowScenario {

  @Autowired People people;
  @Autowired Forms forms;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired PointsFixtures fixtures;
  @Autowired PointsService points;
  @Autowired PointsPublications publications;
  @Autowired NoticeService notices;
  @Autowired PublishedNotices published;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void onThursdaySecondApril() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-02T02:00:00Z")));
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void aClaimWithTwoWitnessesIsAcceptedPublishedObjectedToAndCorrectedThroughTheLedger() {
    Worker worker = people.activeWorker("huaqiao", "𠮷积分");
    ProcessInstance claim = forms.start("PointsClaimProcess", worker.getUserId(), Map.of("item", "11", "count", 1L,
        "occurredOn", "2026-03-20", "witness1", "huaqiao-worker", "witness2", "huaqiao-org"));
    forms.work(claim, "huaqiao-org", "kfq-org", Map.of("decision", "ACCEPT"));
    PointsEntry deduction = fixtures.record(worker.getId(), "huaqiao", 20, 1, null, LocalDate.of(2026, 3, 25));
    assertThat(points.standing(worker.getId(), 2026).describe()).isEqualTo("总分 105（加分 10，减分 5）");

    PointsPublications.Started started = publications.start(fixtures.actor("office"), "huaqiao", "2026Q1");
    ProcessInstance noticeProcess = runJobsThenNotice(started.processInstanceId());
    Notice notice = published.of(noticeProcess.getId());
    NoticeEntry entry = notice.getEntries().stream()
        .filter(candidate -> candidate.getRecordId().equals(worker.getId() + "-2026")).findFirst().orElseThrow();
    assertThat(entry.getSummary()).isEqualTo("𠮷积分");
    notices.object(notice.getId(), entry.getId(), "第20项的投诉已撤回（𠮷）", UUID.randomUUID().toString(),
        fixtures.actor(worker.getUserId()));
    forms.work(noticeProcess, "huaqiao-org", "kfq-org", Map.of("outcome", "CORRECTED",
        "correctedValue", "第" + deduction.getId() + "条 删除", "reply", "投诉人已书面撤回投诉（𠮷）"));
    runJobs(noticeProcess);

    assertThat(points.lines(worker.getId(), 2026)).extracting(PointsEntry::getState).containsExactly(
        PointsEntryState.ACCEPTED, PointsEntryState.SUPERSEDED, PointsEntryState.ACCEPTED);
    assertThat(points.lines(worker.getId(), 2026).get(2).getReason()).isEqualTo("投诉人已书面撤回投诉（𠮷）");
    assertThat(points.standing(worker.getId(), 2026).total()).isEqualTo(110);
    assertThat(points.ledgerText(worker.getId(), 2026)).isEqualTo("11 1");
  }

  @Test
  void twoFirstLinesForOneWorkerAtTheSameMomentOpenOneLedger() throws Exception {
    Worker worker = people.activeWorker("kfq", "𠮷并发积分");

    List<Throwable> refused = AtOnce.failures(List.of(
        () -> fixtures.record(worker.getId(), "kfq", 7, 1, null, LocalDate.of(2026, 3, 2)),
        () -> fixtures.record(worker.getId(), "kfq", 8, 1, null, LocalDate.of(2026, 3, 3))));

    assertThat(refused).isEmpty();
    assertThat(points.lines(worker.getId(), 2026)).hasSize(2);
    assertThat(jdbc.queryForObject("select count(*) from points_ledger where worker_id = ?", Long.class,
        worker.getId())).isOne();
    assertThat(points.standing(worker.getId(), 2026).total()).isEqualTo(105);
  }

  /** Runs the publication's job; answers the notice it called. */
  private ProcessInstance runJobsThenNotice(String publicationId) {
    ProcessInstance publication = runtimeService.createProcessInstanceQuery().processInstanceId(publicationId)
        .singleResult();
    runJobs(publication);
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(publicationId).singleResult();
  }

  /** Runs the instance's due jobs as the job executor would. */
  private void runJobs(ProcessInstance instance) {
    people.actAsSystem();
    List<Job> due = managementService.createJobQuery().processInstanceId(instance.getId()).executable().list();
    assertThat(due).isNotEmpty();
    due.forEach(job -> managementService.executeJob(job.getId()));
  }
}
