package org.partyaffairs.workforce.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.post.Post;
import org.partyaffairs.workforce.post.PostRepository;
import org.partyaffairs.workforce.support.AtOnce;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An exchange from the town committee's proposal to the worker in the new post as the people
 * involved take it (000 第十二条), each seeing only their own work; two proposals for one worker
 * arriving at the same moment, which the database must put one after the other. Run on H2 ({@link
 * ExchangeFlowTest}) and on MySQL ({@link ExchangeFlowMySqlIT}). Names and reasons carry 𠮷, a
 * 4-byte character.
 */
abstract class ExchangeFlowScenario {

  @Autowired People people;
  @Autowired Forms forms;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired ExchangeService exchangeService;
  @Autowired ExchangeFixtures fixtures;
  @Autowired PostRepository posts;
  @Autowired Trail trail;

  @BeforeEach
  void onMondaySecondMarch() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T02:00:00Z")));
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void aWorkerNotYetAPriorityIsProposedWithAReasonApprovedByTheCityAndMovedWhileOtherTownsSeeNothing() {
    Worker worker = people.activeWorker("kfq", "𠮷交流");
    Post old = posts.findByWorkerId(worker.getId()).orElseThrow();
    Post target = fixtures.vacantPost("kfq", "𠮷城区域党建工作站");
    ProcessInstance instance = forms.start("ExchangeProcess", "kfq-committee", Map.of("workerId", worker.getId(),
        "postId", target.getId(), "reason", "熟悉𠮷城片区情况"));

    forms.work(instance, "kfq-committee", "huaqiao-committee",
        Map.of("continuation", "PROCEED", "justification", "𠮷城站空缺已久，急需熟手"));
    forms.work(instance, "office", "huaqiao-committee", Map.of("decision", "APPROVE"));
    runJobs(instance);

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getEndActivityId()).isEqualTo("EndEvent_WorkerExchanged");
    assertThat(posts.findByWorkerId(worker.getId())).get().extracting(Post::getStation).isEqualTo("𠮷城区域党建工作站");
    assertThat(posts.findById(old.getId())).get().extracting(Post::isVacant).isEqualTo(true);
    assertThat(trail.of(worker)).extracting(TrailEntry::getEvent).containsExactly("HIRED", "CONFIRMED",
        "EXCHANGE_PROPOSED", "EXCHANGE_JUSTIFIED", "EXCHANGE_APPROVED", "WORKER_EXCHANGED");
    assertThat(trail.of(worker).get(3).getDetail()).contains("𠮷城站空缺已久");
    assertThat(exchangeService.of(worker)).singleElement().extracting(ExchangeProposal::getStatus)
        .isEqualTo(ExchangeStatus.EXCHANGED);
  }

  @Test
  void twoProposalsForOneWorkerAtTheSameMomentLandOnce() throws Exception {
    Worker worker = people.activeWorker("huaqiao", "𠮷并发");
    Post first = fixtures.vacantPost("huaqiao", "𠮷一站");
    Post second = fixtures.vacantPost("huaqiao", "𠮷二站");

    List<Throwable> refused = AtOnce.failures(List.of(
        () -> propose(worker, first), () -> propose(worker, second)));

    assertThat(refused).singleElement().extracting(Throwable::getMessage).asString().contains("已有进行中的交流建议");
    assertThat(exchangeService.of(worker)).hasSize(1);
  }

  private void propose(Worker worker, Post post) {
    forms.start("ExchangeProcess", worker.getTownCode() + "-committee", Map.of("workerId", worker.getId(),
        "postId", post.getId(), "reason", "工作需要"));
  }

  /** Runs the instance's due jobs as the job executor would. */
  private void runJobs(ProcessInstance instance) {
    people.actAsSystem();
    List<Job> due = managementService.createJobQuery().processInstanceId(instance.getId()).executable().list();
    assertThat(due).isNotEmpty();
    due.forEach(job -> managementService.executeJob(job.getId()));
  }
}
