package org.partyaffairs.workforce.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.support.GradedScoreOwner;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** PublicNoticeProcess (004 年度公示) on the real engine, with the engine's clock moved. */
@IntegrationTest
class PublicNoticeProcessTest {

  private static final AtomicInteger RECORDS = new AtomicInteger();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired NoticeService notices;
  @Autowired CurrentActor currentActor;
  @Autowired People people;
  @Autowired GradedScoreOwner scores;
  @Autowired TransactionTemplate transaction;
  @Autowired PublishedNotices published;

  String recordId;

  @BeforeEach
  void start() {
    init(engine);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-01T02:00:00Z")));
    recordId = "w" + RECORDS.incrementAndGet();
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void withoutObjectionsTheNoticeClosesWhenItsSevenDaysAreOverAndHandsBackItsEntries() {
    ProcessInstance instance = publish();
    Notice notice = noticeOf(instance);
    assertThat(notice.getClosesAt()).isEqualTo(Instant.parse("2026-12-08T02:00:00Z"));
    assertThat(instance).isWaitingAt("Event_NoticePeriodElapsed");

    elapse(notice);

    assertThat(instance).isEnded().hasPassed("Task_CloseNotice");
    assertThat(noticeOf(instance).getStatus()).isEqualTo(NoticeStatus.CLOSED);
    assertThat(finalEntries(instance)).singleElement()
        .satisfies(entry -> assertThat(entry).containsEntry("value", "85分 合格").containsEntry("recordId", recordId));
  }

  @Test
  void aCallingProcessPublishesForAPeriodOfItsChoiceAndContinuesWithTheFinalEntries() {
    engine.getRepositoryService().createDeployment().addClasspathResource("bpmn/NoticeCallerProcess.bpmn").deploy();
    Map<String, Object> variables = new HashMap<>();
    variables.put("townCode", "kfq");
    variables.put("noticeTitle", "招录拟录用人员公示");
    variables.put("noticeOwnerGroup", "town-org-kfq");
    variables.put("noticeEntries", List.of(Map.of("recordType", GradedScoreOwner.TYPE, "recordId", recordId,
        "summary", "候选人王五", "value", "88分 合格")));
    ProcessInstance caller = runtimeService.startProcessInstanceByKey("NoticeCallerProcess", variables);
    ProcessInstance notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId())
        .singleResult();

    assertThat(notice.getTenantId()).isEqualTo("kfq");
    assertThat(noticeOf(notice).getClosesAt()).isEqualTo(Instant.parse("2026-12-04T02:00:00Z"));
    elapse(noticeOf(notice));

    assertThat(caller).isWaitingAt("Task_ConfirmResults");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> published = (List<Map<String, Object>>) runtimeService.getVariable(caller.getId(),
        "publishedEntries");
    assertThat(published).singleElement().satisfies(entry -> assertThat(entry).containsEntry("value", "88分 合格"));
  }

  @Test
  void anObjectionOneSecondBeforeTheEndCountsAndOneAtTheEndDoesNot() {
    ProcessInstance instance = publish();
    Notice notice = noticeOf(instance);

    ClockUtil.setCurrentTime(Date.from(notice.getClosesAt().minusSeconds(1)));
    object(notice, "得分有误", UUID.randomUUID().toString());
    assertThat(task(instance)).isNotNull().hasCandidateGroup("town-org-kfq");

    ClockUtil.setCurrentTime(Date.from(notice.getClosesAt()));
    assertThatThrownBy(() -> object(notice, "晚到的异议", UUID.randomUUID().toString()))
        .isInstanceOf(NoticeClosedException.class).hasMessageContaining("期满");
    assertThat(noticeOf(instance).getObjections()).hasSize(1);
  }

  @Test
  void anObjectionsInvestigationIsDueBeforeTheNoticeCloses() { // 004 年度公示：有异议的，应及时调查核实
    ProcessInstance instance = publish();
    Notice notice = noticeOf(instance);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-03T06:00:00Z")));
    object(notice, "本人认为评分偏低", UUID.randomUUID().toString());

    org.camunda.bpm.engine.task.Task investigation = task("Task_InvestigateObjection", instance);
    assertThat(investigation.getDueDate().toInstant()).isEqualTo(notice.getClosesAt())
        .isEqualTo(Instant.parse("2026-12-08T02:00:00Z"));
    assertThat(investigation.getName()).isEqualTo("调查核实异议：李明 2026年度考核（2026年度考核结果公示）");
  }

  @Test
  void theNoticeWaitsForTheOpenObjectionAndClosesOnceItIsExplained() {
    ProcessInstance instance = publish();
    Notice notice = noticeOf(instance);
    object(notice, "本人认为评分偏低", UUID.randomUUID().toString());

    elapse(notice);
    assertThat(instance).isWaitingAt("Event_NoObjectionOpen", "Task_InvestigateObjection");

    investigate(instance, Map.of("outcome", "EXPLAINED", "reply", "经核实，评分依据充分"));

    assertThat(instance).isEnded();
    Objection objection = noticeOf(instance).getObjections().get(0);
    assertThat(objection.getStatus()).isEqualTo(ObjectionStatus.EXPLAINED);
    assertThat(objection.getReply()).isEqualTo("经核实，评分依据充分");
    assertThat(finalEntries(instance).get(0)).containsEntry("value", "85分 合格");
  }

  @Test
  void aCorrectionReGradesTheRecordOnceAndTheFinalEntriesShowIt() {
    ProcessInstance instance = publish();
    Notice notice = noticeOf(instance);
    object(notice, "第11项漏记", UUID.randomUUID().toString());
    investigate(instance, Map.of("outcome", "CORRECTED", "correctedValue", "92", "reply", "第11项漏记，予以纠正"));

    assertThat(instance).isWaitingAt("Task_ApplyCorrection");
    managementService.executeJob(job("Task_ApplyCorrection", instance).getId());
    notices.applyCorrection(noticeOf(instance).getObjections().get(0).getId(), instance.getId(), Actor.system());
    elapse(notice);

    assertThat(instance).isEnded();
    assertThat(scores.correctionsOf(recordId)).isEqualTo(1);
    NoticeEntry entry = noticeOf(instance).getEntries().get(0);
    assertThat(entry.getPublishedValue()).isEqualTo("85分 合格");
    assertThat(entry.getCurrentValue()).isEqualTo("92分 优秀");
    assertThat(finalEntries(instance).get(0)).containsEntry("value", "92分 优秀");
  }

  @Test
  void anObjectionRegisteredAsTheTimerFiresKeepsTheNoticeOpenUntilItIsResolved() throws Exception {
    ProcessInstance instance = publish();
    Notice notice = noticeOf(instance);
    people.actAs("kfq-worker");
    Actor objector = currentActor.get();
    people.actAsSystem();
    String timer = job("Event_NoticePeriodElapsed", instance).getId();
    CountDownLatch registered = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      ClockUtil.setCurrentTime(Date.from(notice.getClosesAt().minusSeconds(1)));
      Future<?> objection = threads.submit(() -> transaction.executeWithoutResult(status -> {
        notices.object(notice.getId(), entryId(notice), "期满前一秒的异议", "race", objector);
        registered.countDown();
        awaitQuietly(commit);
      }));
      assertThat(registered.await(10, TimeUnit.SECONDS)).isTrue();
      ClockUtil.setCurrentTime(Date.from(notice.getClosesAt()));
      Future<?> periodEnds = threads.submit(() -> managementService.executeJob(timer));
      Thread.sleep(300);
      commit.countDown();
      objection.get(30, TimeUnit.SECONDS);
      try {
        periodEnds.get(30, TimeUnit.SECONDS);
      } catch (ExecutionException lostTheRace) {
        // The period's end met the uncommitted objection and rolled back; the job runs again.
        managementService.executeJob(timer);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(instance).isWaitingAt("Event_NoObjectionOpen", "Task_InvestigateObjection");
    assertThat(noticeOf(instance).getStatus()).isEqualTo(NoticeStatus.OPEN);
    assertThat(noticeOf(instance).getObjections()).hasSize(1);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void theSameObjectionSentTwiceIsRecordedOnce() {
    ProcessInstance instance = publish();
    Notice notice = noticeOf(instance);
    String key = UUID.randomUUID().toString();

    NoticeService.Raised first = object(notice, "得分有误", key);
    NoticeService.Raised again = object(notice, "得分有误", key);

    assertThat(first.isNew()).isTrue();
    assertThat(again.isNew()).isFalse();
    assertThat(again.objection().getId()).isEqualTo(first.objection().getId());
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
  }

  @Test
  void twoInvestigatorsCannotBothResolveTheSameObjection() {
    ProcessInstance instance = publish();
    object(noticeOf(instance), "得分有误", UUID.randomUUID().toString());
    String taskId = task(instance).getId();
    investigate(instance, Map.of("outcome", "EXPLAINED", "reply", "已核实"));

    people.actAs("kfq-org");
    assertThatThrownBy(() -> formService.submitTaskForm(taskId, Map.of("outcome", "CORRECTED", "reply", "再次处理",
        "correctedValue", "99"))).isInstanceOf(RuntimeException.class);
    people.actAsSystem();
    assertThat(noticeOf(instance).getObjections().get(0).getStatus()).isEqualTo(ObjectionStatus.EXPLAINED);
    assertThat(scores.correctionsOf(recordId)).isZero();
  }

  @Test
  void aCorrectionWithoutTheCorrectedValueOrAnUnknownOutcomeIsRefused() {
    ProcessInstance instance = publish();
    object(noticeOf(instance), "得分有误", UUID.randomUUID().toString());

    assertThatThrownBy(() -> investigate(instance, Map.of("outcome", "CORRECTED", "reply", "纠正")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("纠正后的内容");
    assertThatThrownBy(() -> investigate(instance, Map.of("outcome", "IGNORED", "reply", "不理")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("EXPLAINED, CORRECTED");
    assertThat(instance).isWaitingAt("Task_InvestigateObjection");
  }

  @Test
  void objectionsToUnknownEntriesOrFromAnotherTownAreRefusedAndNothingIsRecorded() {
    Notice notice = noticeOf(publish());
    people.actAs("kfq-worker");
    Actor kfqWorker = currentActor.get();
    people.actAs("huaqiao-worker");
    Actor huaqiaoWorker = currentActor.get();
    people.actAsSystem();

    assertThatThrownBy(() -> notices.object(notice.getId(), -1L, "理由", "k1", kfqWorker))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> notices.object(notice.getId(), entryId(notice), "理由", "k2", huaqiaoWorker))
        .isInstanceOf(NotFoundException.class);
    assertThat(noticeOf(notice.getProcessInstanceId()).getObjections()).isEmpty();
  }

  private ProcessInstance publish() {
    return published.publish("kfq", recordId);
  }

  private NoticeService.Raised object(Notice notice, String grounds, String key) {
    people.actAs("kfq-worker");
    try {
      return notices.object(notice.getId(), entryId(notice), grounds, key, currentActor.get());
    } finally {
      people.actAsSystem();
    }
  }

  private void investigate(ProcessInstance instance, Map<String, Object> form) {
    String taskId = task("Task_InvestigateObjection", instance).getId();
    people.actAs("kfq-org");
    try {
      taskService.claim(taskId, "kfq-org");
      formService.submitTaskForm(taskId, new HashMap<>(form));
    } finally {
      people.actAsSystem();
    }
  }

  /** Moves the clock to the end of the period and lets the timer fire. */
  private void elapse(Notice notice) {
    ClockUtil.setCurrentTime(Date.from(notice.getClosesAt()));
    managementService.executeJob(job("Event_NoticePeriodElapsed",
        runtimeService.createProcessInstanceQuery().processInstanceId(notice.getProcessInstanceId()).singleResult())
        .getId());
  }

  private Notice noticeOf(ProcessInstance instance) {
    return noticeOf(instance.getId());
  }

  private Notice noticeOf(String processInstanceId) {
    return published.of(processInstanceId);
  }

  private static Long entryId(Notice notice) {
    return notice.getEntries().get(0).getId();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> finalEntries(ProcessInstance instance) {
    return (List<Map<String, Object>>) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName("finalEntries").singleResult().getValue();
  }
}
