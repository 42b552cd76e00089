package org.partyaffairs.workforce.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
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
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.deadline.WorkingDays;
import org.partyaffairs.workforce.exchange.ExchangeFixtures;
import org.partyaffairs.workforce.notice.Notice;
import org.partyaffairs.workforce.notice.NoticeService;
import org.partyaffairs.workforce.notice.PublishedNotices;
import org.partyaffairs.workforce.rules.DecisionRecordRepository;
import org.partyaffairs.workforce.rules.facts.CertificationLevel;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.support.Refusals;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path of CertificationProcess (002 专职资格认证: 个人申报、组织审核、培训测试、实地走访、综合评定和结果公示……统一颁发
 * 等级证书) on the real engine and database, each step taken by the user of the role that owns it, in
 * the 2005 round opened on Monday 2 March 2026 (10:00 in Kunshan), applications due 20 March.
 */
@IntegrationTest
class CertificationProcessTest {

  static final Instant MONDAY = Instant.parse("2026-03-02T02:00:00Z");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired Refusals refusals;
  @Autowired CertificationFixtures fixtures;
  @Autowired ExchangeFixtures history;
  @Autowired CertificationService service;
  @Autowired CertificateRepository certificates;
  @Autowired CertificationApplicationRepository applications;
  @Autowired DecisionRecordRepository decisions;
  @Autowired NoticeService notices;
  @Autowired PublishedNotices published;
  @Autowired CurrentActor currentActor;
  @Autowired WorkingDays workingDays;
  @Autowired TransactionTemplate transaction;

  @BeforeEach
  void onMondaySecondMarch() {
    init(engine);
    ClockUtil.setCurrentTime(Date.from(MONDAY));
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void anEligibleWorkerAppliesAndAfterEveryStepIsIssuedANumberedCertificate() {
    Worker worker = eligible("认证甲");
    ProcessInstance instance = fixtures.start(worker);

    assertThat(instance).isWaitingAt("Task_ApplyForCertification").hasBusinessKey("cert-2005-" + worker.getId());
    Task apply = task(instance);
    assertThat(apply.getName()).isEqualTo("申报资格认证：认证甲（2005年度，可申报初级）");
    assertThat(apply.getAssignee()).as("the worker's own task, as their account can log in").isEqualTo(worker.getUserId());
    assertThat(engine.getTaskService().getIdentityLinksForTask(apply.getId()))
        .anyMatch(link -> "town-org-kfq".equals(link.getGroupId()));
    assertThat(apply.getDueDate().toInstant()).as("the round's deadline")
        .isEqualTo(workingDays.endOf(LocalDate.of(2026, 3, 20)).toInstant());
    forms.complete(apply, worker.getUserId(), Map.of("apply", "APPLY", "requestedLevel", "PRIMARY",
        "statement", "三年来牵头开展区域党建联建，指导12家企业建立党组织"));

    assertThat(instance).isWaitingAt("Task_CheckEligibility");
    assertThat(job(instance)).hasRetries(3);
    execute(job(instance));
    assertThat(instance).isWaitingAt("Task_ReviewApplication");
    assertThat(task(instance).getName()).isEqualTo("组织审核资格认证申报：认证甲（昆山开发区，申报初级）");
    assertThat(task(instance)).hasCandidateGroup("town-org-kfq");
    assertThat(task(instance).getDueDate().toInstant()).as("service-levels.csv: 10 working days (demo value)")
        .isEqualTo(workingDays.endOf(LocalDate.of(2026, 3, 16)).toInstant());
    assertThat(runtimeService.getVariable(instance.getId(), "eligibility")).isEqualTo("符合初级申报条件");
    assertThat(runtimeService.getVariable(instance.getId(), "trainingTest").toString()).startsWith("已通过");
    assertThat(runtimeService.getVariable(instance.getId(), "yearsInService")).isEqualTo(6);
    CertificationApplication checked = service.byProcess(instance.getId());
    assertThat(decisions.findById(checked.getDecisionRecordId())).hasValueSatisfying(record ->
        assertThat(record.getDecision()).isEqualTo("certification-eligibility"));
    forms.work(instance, "kfq-org", "huaqiao-org", Map.of("reviewDecision", "PASS"));

    assertThat(instance).isWaitingAt("Task_RecordFieldVisit");
    assertThat(task(instance).getName()).isEqualTo("实地走访：认证甲（昆山开发区，申报初级）");
    assertRefused(() -> forms.complete(task(instance), "kfq-org", Map.of("visitedOn", "2026-03-03",
        "visitors", "孙丽", "visitFindings", "所联系企业党组织评价良好")), "走访日期不能晚于今天");
    forms.complete(task(instance), "kfq-org", Map.of("visitedOn", "2026-03-02", "visitors", "孙丽、钱志强",
        "visitFindings", "所联系企业党组织和职工评价良好，台账完整"));

    assertThat(instance).isWaitingAt("Task_EvaluateApplication");
    assertThat(task(instance)).hasCandidateGroup("city-office");
    assertRefused(() -> forms.complete(task(instance), "office", Map.of("panelScore", 100.5,
        "recommendation", "RECOMMEND", "panelOpinion", "优")), "0 到 100");
    forms.complete(task(instance), "office", Map.of("panelScore", 88.5, "recommendation", "RECOMMEND",
        "panelOpinion", "业绩突出，建议认定为初级"));

    assertThat(instance).isWaitingAt("CallActivity_PublishResult");
    execute(job(instance));
    ProcessInstance notice = noticeOf(instance);
    assertThat(notice.getTenantId()).isEqualTo("kfq");
    assertThat(notice(notice).getEntries()).singleElement().satisfies(entry -> {
      assertThat(entry.getPublishedValue()).isEqualTo("拟认定为初级");
    });
    elapse(notice);

    assertThat(instance).isWaitingAt("Task_IssueCertificate");
    execute(job(instance));
    assertThat(instance).isEnded().hasPassed("EndEvent_Certified");
    Certificate certificate = certificates.findByWorkerIdOrderByIdDesc(worker.getId()).get(0);
    assertThat(certificate.getLevel()).isEqualTo(CertificationLevel.PRIMARY);
    assertThat(certificate.getStatus()).isEqualTo(CertificateStatus.ISSUED);
    assertThat(certificate.getNumber()).matches("两新认证〔2026〕第\\d{5}号");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(service.byProcess(instance.getId()).getStatus()).isEqualTo(ApplicationStatus.CERTIFIED);
    List<TrailEntry> trail = refusals.trailOf(worker, instance);
    assertThat(trail).extracting(TrailEntry::getEvent).containsExactly("CERTIFICATION_APPLIED",
        "CERTIFICATION_CHECKED", "CERTIFICATION_REVIEWED", "CERTIFICATION_VISITED", "CERTIFICATION_EVALUATED",
        "CERTIFICATE_ISSUED");
    assertThat(trail).extracting(TrailEntry::getArticle).containsOnly("002 专职资格认证");
    assertThat(trail).extracting(TrailEntry::getActor).containsExactly(worker.getUserId(), "system", "kfq-org",
        "kfq-org", "office", "system");
  }

  @Test
  void theIssueJobRunTwiceIssuesOneCertificate() {
    Worker worker = eligible("重试");
    ProcessInstance instance = throughThePanel(worker, "RECOMMEND");
    execute(job(instance));
    elapse(noticeOf(instance));

    Certificate first = transaction.execute(status -> service.issue(instance.getId()).orElseThrow());
    execute(job(instance));

    assertThat(instance).isEnded().hasPassed("EndEvent_Certified");
    assertThat(certificates.findByWorkerIdOrderByIdDesc(worker.getId())).singleElement()
        .extracting(Certificate::getId).isEqualTo(first.getId());
  }

  @Test
  void aWorkerWithoutALoginHasTheTownOrganisationDepartmentAnswerThatTheyDoNotApplyThisYear() {
    Worker worker = people.activeWorker("kfq", "不申报");
    engine.getIdentityService().deleteUser(worker.getUserId());
    ProcessInstance instance = fixtures.start(worker);

    assertThat(task(instance).getAssignee()).isNull();
    assertThat(task(instance)).hasCandidateGroup("town-org-kfq");
    forms.complete(task(instance), "kfq-org", Map.of("apply", "DECLINE"));

    assertThat(instance).isEnded().hasPassed("EndEvent_NotApplied").hasNotPassed("Task_CheckEligibility");
    assertThat(service.byProcess(instance.getId()).getStatus()).isEqualTo(ApplicationStatus.NOT_APPLIED);
    assertThat(refusals.trailOf(worker, instance)).extracting(TrailEntry::getDetail)
        .containsExactly("2005年度不申报资格认证");
  }

  @Test
  void theDeadlinePassingEndsAnUnansweredInvitation() {
    Worker worker = people.activeWorker("kfq", "逾期");
    ProcessInstance instance = fixtures.start(worker);

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-20T16:00:00Z")));
    execute(job(instance));

    assertThat(instance).isEnded().hasPassed("EndEvent_DeadlinePassed").hasNotPassed("Task_CheckEligibility");
    assertThat(service.byProcess(instance.getId()).getStatus()).isEqualTo(ApplicationStatus.NOT_APPLIED);
    assertThat(refusals.trailOf(worker, instance)).extracting(TrailEntry::getDetail).singleElement().asString()
        .contains("申报截止（2026-03-20），未申报");
  }

  @Test
  void aLevelOtherThanTheNextOrAnApplicationWithoutItsStatementIsRefusedAndNothingIsWritten() {
    Worker worker = people.activeWorker("kfq", "越级");
    ProcessInstance instance = fixtures.start(worker);

    String self = worker.getUserId();
    assertRefused(() -> forms.complete(task(instance), self, Map.of("apply", "APPLY", "requestedLevel", "SENIOR",
        "statement", "申报高级")), "申报等级须为初级（首次申报从初级开始），收到高级");
    assertRefused(() -> forms.complete(task(instance), self, Map.of("apply", "APPLY", "requestedLevel", "PRIMARY")),
        "请填写个人申报材料");
    assertRefused(() -> forms.complete(task(instance), self, Map.of("apply", "MAYBE")), "APPLY, DECLINE");
    assertRefused(() -> forms.complete(task(instance), self, Map.of("apply", "APPLY", "requestedLevel", "GOLD",
        "statement", "x")), "申报等级");

    assertThat(instance).isWaitingAt("Task_ApplyForCertification");
    assertThat(service.byProcess(instance.getId()).getStatus()).isEqualTo(ApplicationStatus.INVITED);
    assertThat(refusals.trailOf(worker, instance)).isEmpty();
  }

  @Test
  void anIneligibleApplicationCannotPassTheReviewAndIsRejectedWithItsReason() {
    Worker worker = people.activeWorker("kfq", "条件不足");
    ProcessInstance instance = fixtures.start(worker);
    forms.complete(task(instance), worker.getUserId(), Map.of("apply", "APPLY", "requestedLevel", "PRIMARY",
        "statement", "新任工作者"));
    execute(job(instance));

    assertThat(runtimeService.getVariable(instance.getId(), "eligibility").toString())
        .contains("不符合初级申报条件", "尚无合格的培训测试记录", "任职年限不足", "最近年度考核记录不全");
    assertRefused(() -> forms.complete(task(instance), "kfq-org", Map.of("reviewDecision", "PASS")),
        "不能通过组织审核");
    assertRefused(() -> forms.complete(task(instance), "kfq-org", Map.of("reviewDecision", "REJECT")),
        "请填写不通过的理由");
    forms.complete(task(instance), "kfq-org", Map.of("reviewDecision", "REJECT", "reviewNote", "任职不满1年，未参加培训测试",
        "reviewPassed", true));

    assertThat(instance).as("the gateway reads the validated decision, not a forged variable").isEnded()
        .hasPassed("EndEvent_ApplicationRejected").hasNotPassed("Task_RecordFieldVisit");
    assertThat(service.byProcess(instance.getId()).getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(refusals.trailOf(worker, instance)).last().extracting(TrailEntry::getDetail).asString()
        .contains("组织审核不通过：任职不满1年");
  }

  @Test
  void aPanelThatDoesNotRecommendEndsWithoutANotice() {
    Worker worker = eligible("不予认定");
    ProcessInstance instance = throughThePanel(worker, "NOT_RECOMMEND");

    assertThat(instance).isEnded().hasPassed("EndEvent_NotRecommended").hasNotPassed("CallActivity_PublishResult");
    assertThat(certificates.findByWorkerIdOrderByIdDesc(worker.getId())).isEmpty();
    assertThat(service.byProcess(instance.getId()).getStatus()).isEqualTo(ApplicationStatus.NOT_RECOMMENDED);
  }

  @Test
  void anUpheldObjectionToTheNoticeMeansNoCertificate() {
    Worker worker = eligible("异议成立");
    ProcessInstance instance = throughThePanel(worker, "RECOMMEND");
    execute(job(instance));
    ProcessInstance notice = noticeOf(instance);
    Notice open = notice(notice);
    people.actAs("kfq-worker");
    try {
      notices.object(open.getId(), open.getEntries().get(0).getId(), "其所联系企业党组织实际未开展活动",
          UUID.randomUUID().toString(), currentActor.get());
    } finally {
      people.actAsSystem();
    }
    Task investigation = engine.getTaskService().createTaskQuery().processInstanceId(notice.getId())
        .taskDefinitionKey("Task_InvestigateObjection").singleResult();
    assertRefused(() -> forms.complete(investigation, "office", Map.of("outcome", "CORRECTED", "correctedValue", "特级",
        "reply", "x")), "不予认定");
    forms.complete(investigation, "office", Map.of("outcome", "CORRECTED", "correctedValue", "不予认定",
        "reply", "经核实，所联系企业党组织未开展活动"));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(notice.getId())
        .activityId("Task_ApplyCorrection").singleResult().getId());
    elapse(notice);

    assertThat(instance).isWaitingAt("Task_IssueCertificate");
    execute(job(instance));
    assertThat(instance).isEnded().hasPassed("EndEvent_NotCertifiedAfterNotice");
    assertThat(certificates.findByWorkerIdOrderByIdDesc(worker.getId())).isEmpty();
    assertThat(service.byProcess(instance.getId()).getPanelOpinion()).contains("公示异议核实后不予认定");
  }

  @Test
  void aCertifiedWorkerIsInvitedForTheLevelAboveAndTheHigherCertificateReplacesTheLowerOne() {
    Worker worker = eligible("晋级");
    certify(worker);
    Certificate primary = certificates.findByWorkerIdOrderByIdDesc(worker.getId()).get(0);
    transaction.executeWithoutResult(status -> applications.findAll().stream()
        .filter(application -> application.getWorker().getId().equals(worker.getId()))
        .forEach(application -> applications.delete(application))); // next year's round, as a fresh application
    ProcessInstance next = fixtures.start(worker);

    assertThat(task(next).getName()).isEqualTo("申报资格认证：晋级（2005年度，可申报中级）");
    assertRefused(() -> forms.complete(task(next), worker.getUserId(), Map.of("apply", "APPLY",
        "requestedLevel", "PRIMARY", "statement", "再申报初级")), "现持初级证书，逐级申报");
    assertThat(primary.getStatus()).isEqualTo(CertificateStatus.ISSUED);
  }

  /** A worker who meets 初级's demo conditions in the 2005 round: hired 2020, 2004 合格, a passed test. */
  private Worker eligible(String name) {
    Worker worker = people.activeWorker("kfq", name);
    fixtures.hiredOn(worker, LocalDate.of(2020, 3, 2));
    fixtures.passedTrainingTest(worker);
    history.graded(worker, Map.of(2004, "QUALIFIED"));
    return worker;
  }

  private ProcessInstance throughThePanel(Worker worker, String recommendation) {
    ProcessInstance instance = fixtures.start(worker);
    forms.complete(task(instance), worker.getUserId(), Map.of("apply", "APPLY", "requestedLevel", "PRIMARY",
        "statement", "牵头开展区域党建联建"));
    execute(job(instance));
    forms.complete(task(instance), "kfq-org", Map.of("reviewDecision", "PASS"));
    forms.complete(task(instance), "kfq-org", Map.of("visitedOn", "2026-03-02", "visitors", "孙丽",
        "visitFindings", "评价良好"));
    forms.complete(task(instance), "office", Map.of("panelScore", 80, "recommendation", recommendation,
        "panelOpinion", "综合评定意见"));
    return instance;
  }

  /** The whole way to a 初级 certificate. */
  Certificate certify(Worker worker) {
    ProcessInstance instance = throughThePanel(worker, "RECOMMEND");
    execute(job(instance));
    elapse(noticeOf(instance));
    execute(job(instance));
    assertThat(instance).isEnded().hasPassed("EndEvent_Certified");
    return certificates.findByWorkerIdOrderByIdDesc(worker.getId()).get(0);
  }

  private ProcessInstance noticeOf(ProcessInstance caller) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
  }

  private Notice notice(ProcessInstance notice) {
    return published.of(notice.getId());
  }

  /** Moves the clock to the end of the notice's period and lets its timer fire. */
  private void elapse(ProcessInstance notice) {
    ClockUtil.setCurrentTime(Date.from(notice(notice).getClosesAt()));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(notice.getId())
        .activityId("Event_NoticePeriodElapsed").singleResult().getId());
  }
}
