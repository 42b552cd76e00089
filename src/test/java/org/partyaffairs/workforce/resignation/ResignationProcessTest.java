package org.partyaffairs.workforce.resignation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyaffairs.workforce.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.deadline.WorkingDays;
import org.partyaffairs.workforce.post.PostRepository;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.support.Refusals;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of ResignationProcess (000 第十六条) on the real engine and database, each step taken by
 * the user of the role that owns it.
 */
@IntegrationTest
class ResignationProcessTest {

  @Autowired IdentityService identityService;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired Refusals refusals;
  @Autowired WorkerRepository workers;
  @Autowired PostRepository posts;
  @Autowired ResignationRepository resignations;
  @Autowired ResignationService resignationService;
  @Autowired Trail trail;
  @Autowired Clock clock;
  @Autowired WorkingDays workingDays;

  @BeforeEach
  void initAssertions() {
    init(engine);
  }

  @AfterEach
  void actAsSystem() {
    people.actAsSystem();
  }

  @Test
  void agreedResignationIsFiledAndTheWorkerResigns() {
    Worker worker = people.activeWorker("kfq", "赵辞");
    ProcessInstance instance = apply(worker, "家庭原因", nextWeek());

    assertThat(instance).isWaitingAt("Task_ReceiveResignation").hasBusinessKey(
        "RES-" + resignationService.of(instance.getId()).getId());
    assertThat(instance.getTenantId()).isEqualTo("kfq");
    assertThat(task(instance)).hasCandidateGroup("town-org-kfq");
    complete(instance, "kfq-org", Map.of("writtenApplicationReceived", true));

    assertThat(instance).isWaitingAt("Task_DecideResignation");
    assertThat(task(instance)).hasCandidateGroup("town-committee-kfq");
    complete(instance, "kfq-committee", Map.of("decision", "AGREE"));

    assertThat(instance).isWaitingAt("Task_FileResignation");
    assertThat(task(instance)).hasCandidateGroup("city-office");
    complete(instance, "office", Map.of("filingNumber", "昆两新备〔2026〕1号"));

    // The filing is recorded; the resignation takes effect when the agreed last working day has ended.
    assertThat(instance).isWaitingAt("Event_LastWorkingDayEnded");
    assertThat(job(instance).getDuedate().toInstant())
        .isEqualTo(nextWeek().plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
    assertThat(workers.findById(worker.getId()).orElseThrow().getStatus()).isEqualTo(WorkerStatus.ACTIVE);
    assertThat(posts.findByWorkerId(worker.getId())).isPresent();
    assertThat(identityService.checkPassword(worker.getUserId(), "test")).isTrue();
    execute(job(instance));

    assertThat(instance).isWaitingAt("Task_EndServiceByResignation");
    execute(job(instance));

    assertThat(instance).isEnded().hasPassed("EndEvent_WorkerResigned");
    assertThat(workers.findById(worker.getId()).orElseThrow().getStatus()).isEqualTo(WorkerStatus.RESIGNED);
    assertThat(posts.findByWorkerId(worker.getId())).isEmpty();
    assertThat(resignationService.of(instance.getId()).getStatus()).isEqualTo(ResignationStatus.FILED);
    List<TrailEntry> resignation = refusals.trailOf(worker, instance);
    assertThat(resignation).extracting(TrailEntry::getEvent).containsExactly("RESIGNATION_SUBMITTED",
        "RESIGNATION_RECEIVED", "RESIGNATION_AGREED", "RESIGNATION_FILED", "WORKER_RESIGNED", "ACCESS_ENDED");
    assertThat(identityService.checkPassword(worker.getUserId(), "test")).isFalse();
    assertThat(resignation).extracting(TrailEntry::getArticle).containsOnly("000 第十六条");
    assertThat(resignation).extracting(TrailEntry::getActor)
        .containsExactly(worker.getUserId(), "kfq-org", "kfq-committee", "office", "office", "system");
  }

  @Test
  void theResignationDecisionIsDueThirtyDaysAfterReceipt() { // 劳动合同法 第三十七条
    Worker worker = people.activeWorker("kfq", "严期");
    ProcessInstance instance = apply(worker, "个人原因", nextWeek());
    Task receipt = task(instance);
    assertThat(receipt.getName()).isEqualTo("接收辞职申请：严期（昆山开发区）");
    assertThat(receipt.getDueDate().toInstant()) // rules/calendar/service-levels.csv: 3 working days (demo value)
        .isEqualTo(workingDays.endOf(workingDays.plus(today(), 3)).toInstant());
    complete(instance, "kfq-org", Map.of("writtenApplicationReceived", true));

    LocalDate due = workingDays.onOrAfter(today().plusDays(30));
    Task decision = task(instance);
    assertThat(decision.getName()).isEqualTo("研究决定辞职申请：严期（昆山开发区）");
    assertThat(decision.getDueDate().toInstant()).isEqualTo(workingDays.endOf(due).toInstant());
    assertThat(runtimeService.getVariable(instance.getId(), "decisionDueOn")).isEqualTo(due.toString());
    assertThat(refusals.trailOf(worker, instance)).last().extracting(TrailEntry::getDetail).asString()
        .contains("劳动合同法》第三十七条", "满三十日（" + due + "）", "无论区镇党（工）委是否同意");
  }

  @Test
  void thirtyDaysEndingInTheNationalDayHolidayRunToTheNextWorkingDay() { // 劳动合同法 第三十七条; 民法典 第二百零三条
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-09-01T02:00:00Z"))); // 10:00 in Kunshan
    try {
      ProcessInstance instance = apply(people.activeWorker("huaqiao", "国庆"), "个人原因", nextWeek());
      complete(instance, "huaqiao-org", Map.of("writtenApplicationReceived", true));

      // 30 days after 1 September is 1 October, in 国庆节 (1–7 October 2026): the 8th is the last day
      assertThat(task(instance).getDueDate().toInstant()).isEqualTo(Instant.parse("2026-10-08T15:59:59Z"));
      assertThat(runtimeService.getVariable(instance.getId(), "decisionDueOn")).isEqualTo("2026-10-08");
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void aDecisionNotToAgreeSaysThatTheEmploymentMayEndAfterThirtyDaysAnyway() { // 劳动合同法 第三十七条
    Worker worker = people.activeWorker("kfq", "柳留");
    ProcessInstance instance = apply(worker, "个人原因", nextWeek());
    complete(instance, "kfq-org", Map.of("writtenApplicationReceived", true));
    String due = runtimeService.getVariable(instance.getId(), "decisionDueOn").toString();
    complete(instance, "kfq-committee", Map.of("decision", "DISAGREE", "decisionReason", "工作需要"));

    assertThat(trail.of(worker)).last().extracting(TrailEntry::getDetail).asString()
        .contains("不同意辞职：工作需要", "不同意不能阻止劳动合同的解除", "第三十七条", due, "工作者仍在岗");
  }

  @Test
  void aWorkerOnProbationMayResignToo() {
    Worker worker = people.workerOnProbation("zhangpu", "钱试");
    ProcessInstance instance = apply(worker, "另有发展", today());
    agreeAndFile(instance, "zhangpu");

    assertThat(instance).isEnded();
    assertThat(workers.findById(worker.getId()).orElseThrow().getStatus()).isEqualTo(WorkerStatus.RESIGNED);
  }

  @Test
  void resignationNotAgreedEndsWithTheWorkerStillInServiceAndTheReasonOnTheTrail() {
    Worker worker = people.activeWorker("huaqiao", "孙留");
    ProcessInstance instance = apply(worker, "想换工作", nextWeek());
    complete(instance, "huaqiao-org", Map.of("writtenApplicationReceived", true));
    complete(instance, "huaqiao-committee", Map.of("decision", "DISAGREE", "decisionReason", "年度重点任务未完成，暂缓"));

    assertThat(instance).isEnded().hasPassed("EndEvent_ResignationRejected").hasNotPassed("Task_FileResignation");
    assertThat(workers.findById(worker.getId()).orElseThrow().getStatus()).isEqualTo(WorkerStatus.ACTIVE);
    assertThat(resignationService.of(instance.getId()).getDecisionReason()).isEqualTo("年度重点任务未完成，暂缓");
    assertThat(trail.of(worker)).last().extracting(TrailEntry::getDetail).asString().contains("年度重点任务未完成");
  }

  @Test
  void aForgedGatewayVariableCannotOverrideTheCommitteesDecision() {
    Worker worker = people.activeWorker("kfq", "周伪");
    ProcessInstance instance = apply(worker, "个人原因", nextWeek());
    complete(instance, "kfq-org", Map.of("writtenApplicationReceived", true));
    complete(instance, "kfq-committee", Map.of("decision", "DISAGREE", "decisionReason", "不同意", "resignationAgreed", true));

    assertThat(instance).isEnded().hasPassed("EndEvent_ResignationRejected");
  }

  @Test
  void theTownOrgDeptMustConfirmTheWrittenApplication() {
    ProcessInstance instance = apply(people.activeWorker("kfq", "吴书"), "个人原因", nextWeek());

    assertRefused(() -> complete(instance, "kfq-org", Map.of("writtenApplicationReceived", false)), "书面");
    assertThat(instance).isWaitingAt("Task_ReceiveResignation");
    assertThat(resignationService.of(instance.getId()).getStatus()).isEqualTo(ResignationStatus.SUBMITTED);
  }

  @Test
  void aDecisionOutsideAgreeOrDisagreeIsRefusedAndChangesNothing() {
    Worker worker = people.activeWorker("kfq", "郑决");
    ProcessInstance instance = apply(worker, "个人原因", nextWeek());
    complete(instance, "kfq-org", Map.of("writtenApplicationReceived", true));

    assertRefused(() -> complete(instance, "kfq-committee", Map.of("decision", "MAYBE")), "AGREE, DISAGREE");
    assertRefused(() -> complete(instance, "kfq-committee", Map.of("decision", "DISAGREE")), "理由");

    assertThat(instance).isWaitingAt("Task_DecideResignation");
    assertThat(resignationService.of(instance.getId()).getStatus()).isEqualTo(ResignationStatus.RECEIVED);
    assertThat(refusals.trailOf(worker, instance)).hasSize(2);
  }

  @Test
  void theCityOfficeMustGiveAFilingNumber() {
    ProcessInstance instance = apply(people.activeWorker("kfq", "冯备"), "个人原因", nextWeek());
    complete(instance, "kfq-org", Map.of("writtenApplicationReceived", true));
    complete(instance, "kfq-committee", Map.of("decision", "AGREE"));

    assertRefused(() -> complete(instance, "office", Map.of("filingNumber", "  ")), "备案号");
    assertThat(instance).isWaitingAt("Task_FileResignation");
  }

  @Test
  void endingServiceTwiceChangesTheWorkerOnce() {
    Worker worker = people.activeWorker("kfq", "陈幂");
    ProcessInstance instance = apply(worker, "个人原因", nextWeek());
    agreeAndFile(instance, "kfq");

    resignationService.endService(instance.getId());

    assertThat(refusals.trailOf(worker, instance)).extracting(TrailEntry::getEvent).containsOnlyOnce("WORKER_RESIGNED");
  }

  @Test
  void theEndOfServiceRunsAsARetriedJobAfterTheFiling() {
    ProcessInstance instance = apply(people.activeWorker("kfq", "褚异"), "个人原因", nextWeek());
    complete(instance, "kfq-org", Map.of("writtenApplicationReceived", true));
    complete(instance, "kfq-committee", Map.of("decision", "AGREE"));
    complete(instance, "office", Map.of("filingNumber", "昆两新备〔2026〕2号"));
    execute(job(instance)); // the last working day has ended

    assertThat(instance).isWaitingAt("Task_EndServiceByResignation");
    assertThat(job(instance)).hasRetries(3);
  }

  @Test
  void aWorkerNoLongerInServiceCannotApply() {
    Worker worker = people.activeWorker("kfq", "卫已");
    agreeAndFile(apply(worker, "个人原因", nextWeek()), "kfq");

    refusals.assertNothingStarted(() -> apply(worker, "再次辞职", nextWeek()), "已辞职", resignations::count);
  }

  @Test
  void aLastWorkingDayInThePastIsRefused() {
    refusals.assertNothingStarted(() -> apply(people.activeWorker("kfq", "蒋昨"), "个人原因", today().minusDays(1)),
        "已过", resignations::count);
  }

  @Test
  void anEmptyReasonIsRefused() {
    refusals.assertNothingStarted(() -> apply(people.activeWorker("kfq", "沈空"), "   ", nextWeek()),
        "请填写辞职理由", resignations::count);
  }

  @Test
  void aMalformedDateIsRefused() {
    Worker worker = people.activeWorker("kfq", "韩格");
    refusals.assertNothingStarted(() -> start(worker.getUserId(), Map.of("reason", "个人原因", "lastWorkingDay", "下周五")),
        "yyyy-MM-dd", resignations::count);
  }

  @Test
  void aSecondApplicationWhileOneIsOpenIsRefused() {
    Worker worker = people.activeWorker("kfq", "杨重");
    apply(worker, "个人原因", nextWeek());

    assertThatThrownBy(() -> apply(worker, "个人原因", nextWeek())).hasMessageContaining("办理中");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike("RES-%")
        .variableValueEquals("workerId", worker.getId()).count()).isEqualTo(1);
  }

  @Test
  void theTownOrgDeptMayRegisterAWrittenApplicationForAWorkerOfItsTown() {
    Worker worker = people.activeWorker("kfq", "朱代");
    ProcessInstance instance = start("kfq-org",
        Map.of("workerId", worker.getId(), "reason", "本人提交纸质申请", "lastWorkingDay", nextWeek().toString()));

    assertThat(instance).isWaitingAt("Task_ReceiveResignation");
    assertThat(resignationService.of(instance.getId()).getApplicant()).isEqualTo("kfq-org");
  }

  @Test
  void aWorkerIdFromAnotherTownIsRefused() {
    Worker worker = people.activeWorker("huaqiao", "秦外");
    refusals.assertNothingStarted(() -> start("kfq-org",
        Map.of("workerId", worker.getId(), "reason", "代为提交", "lastWorkingDay", nextWeek().toString())), "无权",
        resignations::count);
  }

  @Test
  void aWorkerCannotResignForAnotherWorker() {
    Worker applicant = people.activeWorker("kfq", "尤甲");
    Worker other = people.activeWorker("kfq", "许乙");
    refusals.assertNothingStarted(() -> start(applicant.getUserId(),
        Map.of("workerId", other.getId(), "reason", "代为提交", "lastWorkingDay", nextWeek().toString())), "本人",
        resignations::count);
  }

  private ProcessInstance apply(Worker worker, String reason, LocalDate lastWorkingDay) {
    return start(worker.getUserId(), Map.of("reason", reason, "lastWorkingDay", lastWorkingDay.toString()));
  }

  private ProcessInstance start(String userId, Map<String, Object> form) {
    return forms.start(ResignationProcessVariables.PROCESS_KEY, userId, form);
  }

  /** Completes the single open task of the test's instance as the user, as Tasklist would. */
  private void complete(ProcessInstance instance, String userId, Map<String, Object> form) {
    forms.complete(task(instance), userId, form);
  }

  private void agreeAndFile(ProcessInstance instance, String town) {
    assertThat(instance).isWaitingAt("Task_ReceiveResignation");
    complete(instance, town + "-org", Map.of("writtenApplicationReceived", true));
    complete(instance, town + "-committee", Map.of("decision", "AGREE"));
    complete(instance, "office", Map.of("filingNumber", "昆两新备〔2026〕9号"));
    execute(job(instance)); // Event_LastWorkingDayEnded
    execute(job(instance)); // Task_EndServiceByResignation
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private LocalDate nextWeek() {
    return today().plusWeeks(1);
  }
}
