package org.partyaffairs.workforce.dismissal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyaffairs.workforce.support.Refusals.assertRefused;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.post.PostRepository;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.support.Refusals;
import org.partyaffairs.workforce.worker.Article;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path of DismissalProcess (000 第十四、十五条; 001 第十九条) on the real engine and
 * database, each step taken by the user of the role that owns it.
 */
@IntegrationTest
class DismissalProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired Refusals refusals;
  @Autowired WorkerRepository workers;
  @Autowired DismissalGrounds dismissalGrounds;
  @Autowired PostRepository posts;
  @Autowired DismissalRepository dismissals;
  @Autowired DismissalService dismissalService;
  @Autowired DismissalGroundRepository grounds;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;

  @BeforeEach
  void initAssertions() {
    init(engine);
  }

  @AfterEach
  void actAsSystem() {
    people.actAsSystem();
  }

  @Test
  void aKunshanDismissalIsDecidedByTheTownCommitteeAndFiledWithTheCity() {
    Worker worker = people.activeWorker("kfq", "赵解");
    ProcessInstance instance = propose(worker, Map.of("seriousIncident", true, "evidence", "责任事故调查报告〔2026〕3号"));

    assertThat(instance).isWaitingAt("Task_DraftDismissalOpinion")
        .hasBusinessKey(dismissalService.of(instance.getId()).businessKey());
    assertThat(instance.getTenantId()).isEqualTo("kfq");
    assertThat(task(instance)).hasCandidateGroup("town-org-kfq");
    assertThat(runtimeService.getVariable(instance.getId(), "grounds").toString()).contains("第十四条 2");
    complete(instance, "kfq-org", Map.of("opinion", "事故造成严重后果，建议解聘"));

    assertThat(task(instance)).hasCandidateGroup("town-committee-kfq");
    complete(instance, "kfq-committee", Map.of("decision", "DISMISS"));

    assertThat(instance).isWaitingAt("Task_EndEmployment").hasNotPassed("Task_ApproveDismissal");
    assertThat(job(instance)).hasRetries(3);
    assertThat(reload(worker).getStatus()).isEqualTo(WorkerStatus.ACTIVE);
    execute(job(instance));

    assertThat(reload(worker).getStatus()).isEqualTo(WorkerStatus.DISMISSED);
    assertThat(posts.findByWorkerId(worker.getId())).isEmpty();
    assertThat(dismissalService.of(instance.getId()).getBenefitsEndOn()).isEqualTo(LocalDate.now(clock));
    assertThat(instance).isWaitingAt("Task_FileDismissal");
    assertThat(task(instance)).hasCandidateGroup("city-committee");
    complete(instance, "committee", Map.of("filingNumber", "昆两新备〔2026〕21号"));

    assertThat(instance).isEnded().hasPassed("EndEvent_WorkerDismissed");
    assertThat(dismissalService.of(instance.getId()).getStatus()).isEqualTo(DismissalStatus.FILED);
    List<TrailEntry> entries = refusals.trailOf(worker, instance);
    assertThat(entries).extracting(TrailEntry::getEvent).containsExactly("DISMISSAL_GROUND", "DISMISSAL_PROPOSED",
        "DISMISSAL_OPINION", "DISMISSAL_DECIDED", "WORKER_DISMISSED", "ACCESS_ENDED", "DISMISSAL_FILED");
    assertThat(entries).extracting(TrailEntry::getActor)
        .containsExactly("kfq-org", "kfq-org", "kfq-org", "kfq-committee", "system", "system", "committee");
    assertThat(entries).extracting(TrailEntry::getArticle).containsExactly("000 第十四条", "000 第十四条",
        "000 第十五条", "000 第十五条", "000 第十四条", "000 第十四条", "000 第十五条");
  }

  @Test
  void aLanzhouDismissalNeedsTheCityOrganisationDeptsApproval() {
    Worker worker = people.activeWorker("kfq", "钱兰");
    ProcessInstance instance = startAsApplication(worker, "lanzhou");
    complete(instance, "kfq-org", Map.of("opinion", "年度考核不称职，初步意见解聘"));
    complete(instance, "kfq-committee", Map.of("decision", "DISMISS"));

    assertThat(instance).isWaitingAt("Task_ApproveDismissal");
    assertThat(task(instance)).hasCandidateGroup("city-committee");
    complete(instance, "committee", Map.of("approval", "APPROVE"));
    execute(job(instance));
    complete(instance, "committee", Map.of("filingNumber", "兰组备〔2026〕5号"));

    assertThat(instance).isEnded().hasPassed("Task_ApproveDismissal", "EndEvent_WorkerDismissed");
    assertThat(reload(worker).getStatus()).isEqualTo(WorkerStatus.DISMISSED);
    assertThat(refusals.trailOf(worker, instance)).filteredOn(entry -> entry.getEvent().equals("DISMISSAL_APPROVED"))
        .extracting(TrailEntry::getArticle).containsExactly("001 第十九条");
  }

  @Test
  void withoutTheCitysApprovalALanzhouWorkerStays() {
    Worker worker = people.activeWorker("kfq", "孙留");
    ProcessInstance instance = startAsApplication(worker, "lanzhou");
    complete(instance, "kfq-org", Map.of("opinion", "初步意见解聘"));
    complete(instance, "kfq-committee", Map.of("decision", "DISMISS"));

    assertRefused(() -> complete(instance, "committee", Map.of("approval", "DISAPPROVE")), "理由");
    complete(instance, "committee", Map.of("approval", "DISAPPROVE", "approvalReason", "情节较轻，先行约谈"));

    assertThat(instance).isEnded().hasPassed("EndEvent_DismissalNotApproved").hasNotPassed("Task_EndEmployment");
    assertThat(reload(worker).getStatus()).isEqualTo(WorkerStatus.ACTIVE);
    assertThat(dismissalService.of(instance.getId()).getStatus()).isEqualTo(DismissalStatus.NOT_APPROVED);
  }

  @Test
  void theTownCommitteeMayRetainTheWorkerSayingWhy() {
    Worker worker = people.activeWorker("kfq", "李续");
    ProcessInstance instance = propose(worker, Map.of("publicSecurityPenalty", true, "evidence", "治安处罚决定书"));
    complete(instance, "kfq-org", Map.of("opinion", "建议解聘"));

    assertRefused(() -> complete(instance, "kfq-committee", Map.of("decision", "RETAIN")), "理由");
    assertRefused(() -> complete(instance, "kfq-committee", Map.of("decision", "MAYBE")), "DISMISS, RETAIN");
    complete(instance, "kfq-committee", Map.of("decision", "RETAIN", "decisionReason", "处罚系误会，已撤销",
        "dismissalDecided", true));

    assertThat(instance).isEnded().hasPassed("EndEvent_WorkerRetained");
    assertThat(reload(worker).getStatus()).isEqualTo(WorkerStatus.ACTIVE);
    assertThat(dismissalService.of(instance.getId()).getDecisionReason()).isEqualTo("处罚系误会，已撤销");
  }

  @Test
  void groundsFoundBeforeAreTakenUpByTheDismissal() {
    Worker worker = people.activeWorker("kfq", "周考");
    transaction.executeWithoutResult(status -> dismissalGrounds.record(worker.getId(), "ANNUAL_FAIL", 2025,
        "年度考核不合格", "system", null, Article.KUNSHAN_14));
    ProcessInstance instance = propose(worker, Map.of("evidence", "2025 年度考核结果通报"));

    Dismissal dismissal = dismissalService.of(instance.getId());
    assertThat(dismissal.getGrounds()).containsExactly("ANNUAL_FAIL");
    assertThat(grounds.findByWorkerIdOrderById(worker.getId())).extracting(DismissalGround::getDismissalId)
        .containsExactly(dismissal.getId());
  }

  @Test
  void theOtherGroundNeedsAReason() {
    Worker worker = people.activeWorker("kfq", "吴他");
    refusals.assertNothingStarted(() -> propose(worker, Map.of("otherGround", true, "evidence", "材料")),
        "须写明理由", dismissals::count);

    ProcessInstance instance = propose(worker,
        Map.of("otherGround", true, "otherReason", "长期在外兼职经商", "evidence", "调查笔录"));
    assertThat(dismissalService.of(instance.getId()).getGrounds()).containsExactly("OTHER");
  }

  @Test
  void noGroundNoDismissal() {
    refusals.assertNothingStarted(() -> propose(people.activeWorker("kfq", "郑清"), Map.of("evidence", "无")),
        "没有", dismissals::count);
  }

  @Test
  void aWorkerNoLongerInServiceOrOnProbationCannotBeDismissed() {
    Worker resigned = people.activeWorker("kfq", "王辞");
    transaction.executeWithoutResult(status -> workers.findById(resigned.getId()).orElseThrow().resign());

    refusals.assertNothingStarted(() -> propose(resigned, Map.of("seriousIncident", true, "evidence", "报告")),
        "已辞职」，不能解聘", dismissals::count);
    refusals.assertNothingStarted(() -> propose(people.workerOnProbation("kfq", "冯试"),
        Map.of("seriousIncident", true, "evidence", "报告")), "试用期", dismissals::count);
  }

  @Test
  void aSecondDismissalWhileOneIsOpenIsRefused() {
    Worker worker = people.activeWorker("kfq", "陈二");
    propose(worker, Map.of("seriousIncident", true, "evidence", "报告"));

    refusals.assertNothingStarted(() -> propose(worker, Map.of("criminalPenalty", true, "evidence", "判决书")),
        "办理中", dismissals::count);
  }

  @Test
  void aPersonCannotChooseThePolicyThatSkipsTheCitysApproval() {
    refusals.assertNothingStarted(() -> propose(people.activeWorker("kfq", "褚策"),
        Map.of("seriousIncident", true, "evidence", "报告", "policy", "kunshan")), "不能在申请中指定", dismissals::count);
  }

  @Test
  void endingEmploymentTwiceDismissesOnce() {
    Worker worker = people.activeWorker("kfq", "卫幂");
    ProcessInstance instance = propose(worker, Map.of("seriousIncident", true, "evidence", "报告"));
    complete(instance, "kfq-org", Map.of("opinion", "建议解聘"));
    complete(instance, "kfq-committee", Map.of("decision", "DISMISS"));
    execute(job(instance));

    dismissalService.endEmployment(instance.getId());

    assertThat(refusals.trailOf(worker, instance)).extracting(TrailEntry::getEvent)
        .containsOnlyOnce("WORKER_DISMISSED");
  }

  private ProcessInstance propose(Worker worker, Map<String, Object> form) {
    Map<String, Object> variables = new HashMap<>(form);
    variables.put("workerId", worker.getId());
    return forms.start(DismissalProcessVariables.PROCESS_KEY, "kfq-org", variables);
  }

  /** As the application starts it for a ground on the record, here a failed warning period. */
  private ProcessInstance startAsApplication(Worker worker, String policy) {
    transaction.executeWithoutResult(status -> {
      workers.findById(worker.getId()).orElseThrow().revokeAssessmentEligibility();
      dismissalGrounds.record(worker.getId(), "ELIGIBILITY_REVOKED", 2026, "告诫期满不合格", "system", null,
          Article.KUNSHAN_14);
    });
    String id = transaction.execute(status -> dismissalService.startFor(worker.getId(), "告诫期满不合格", policy))
        .orElseThrow();
    return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private void complete(ProcessInstance instance, String userId, Map<String, Object> form) {
    forms.complete(task(instance), userId, form);
  }

  private Worker reload(Worker worker) {
    return workers.findById(worker.getId()).orElseThrow();
  }
}
