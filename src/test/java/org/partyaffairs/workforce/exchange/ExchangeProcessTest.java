package org.partyaffairs.workforce.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.partyaffairs.workforce.support.Refusals.assertRefused;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.deadline.WorkingDays;
import org.partyaffairs.workforce.post.Post;
import org.partyaffairs.workforce.post.PostRepository;
import org.partyaffairs.workforce.post.Staffing;
import org.partyaffairs.workforce.rules.DecisionRecordRepository;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.support.Refusals;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path of ExchangeProcess (000 第十二条: 工作满5年，表现突出的，优先在本区镇内交流使用或重用；交流使用的，须经
 * 市委“两新”工委办公室审核同意) on the real engine and database, each step taken by the user of the role
 * that owns it, on Monday 2 March 2026 (10:00 in Kunshan).
 */
@IntegrationTest
class ExchangeProcessTest {

  /** Monday 2 March 2026, 10:00 in Kunshan. */
  static final Instant MONDAY = Instant.parse("2026-03-02T02:00:00Z");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired Refusals refusals;
  @Autowired ExchangeFixtures fixtures;
  @Autowired ExchangeService exchangeService;
  @Autowired ExchangeRepository exchanges;
  @Autowired PostRepository posts;
  @Autowired Staffing staffing;
  @Autowired DecisionRecordRepository decisions;
  @Autowired WorkingDays workingDays;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

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
  void anEligibleWorkerGoesStraightToTheCityOfficeAndMovesToTheNewPostOnItsConsent() {
    Worker worker = people.activeWorker("kfq", "满五年");
    fixtures.eligible(worker);
    Post old = posts.findByWorkerId(worker.getId()).orElseThrow();
    Post target = fixtures.vacantPost("kfq", "周市区域党建工作站");

    ProcessInstance instance = propose(worker, target, "站长");

    ExchangeProposal proposal = exchangeService.of(instance.getId());
    assertThat(instance).isWaitingAt("Task_ReviewExchange").hasBusinessKey(proposal.businessKey())
        .hasNotPassed("Task_JustifyExchange");
    assertThat(proposal.isEligible()).isTrue();
    assertThat(proposal.getFullYearsInPost()).isEqualTo(6);
    assertThat(proposal.getPostTakenUpOn()).isEqualTo(LocalDate.of(2020, 3, 2));
    assertThat(decisions.findById(proposal.getDecisionRecordId())).hasValueSatisfying(record ->
        assertThat(record.getDecision()).isEqualTo("exchange-eligibility"));
    assertThat(task(instance)).hasCandidateGroup("city-office");
    assertThat(task(instance).getName()).isEqualTo("审核交流：满五年（昆山开发区，测试区域党建工作站 → 周市区域党建工作站）");
    assertThat(task(instance).getDueDate().toInstant()).as("service-levels.csv: 10 working days (demo value)")
        .isEqualTo(workingDays.endOf(LocalDate.parse("2026-03-16")).toInstant());
    assertThat(runtimeService.getVariable(instance.getId(), "eligibility").toString()).startsWith("符合优先交流条件");
    assertThat(runtimeService.getVariable(instance.getId(), "recentGrades"))
        .isEqualTo("2002 合格、2003 优秀、2004 合格");

    complete(instance, "office", Map.of("decision", "APPROVE"));
    assertThat(instance).isWaitingAt("Task_MoveWorker");
    assertThat(job(instance)).hasRetries(3);
    assertThat(posts.findByWorkerId(worker.getId())).get().extracting(Post::getId).as("not before the job")
        .isEqualTo(old.getId());
    execute(job(instance));

    assertThat(instance).isEnded().hasPassed("EndEvent_WorkerExchanged");
    assertThat(posts.findById(old.getId())).get().satisfies(post -> assertThat(post.isVacant()).isTrue());
    Post now = posts.findByWorkerId(worker.getId()).orElseThrow();
    assertThat(now.getId()).isEqualTo(target.getId());
    assertThat(now.getFilledAt()).isEqualTo(MONDAY);
    assertThat(exchangeService.of(instance.getId()).getStatus()).isEqualTo(ExchangeStatus.EXCHANGED);
    List<TrailEntry> trail = refusals.trailOf(worker, instance);
    assertThat(trail).extracting(TrailEntry::getEvent).containsExactly("EXCHANGE_PROPOSED", "EXCHANGE_APPROVED",
        "WORKER_EXCHANGED");
    assertThat(trail).extracting(TrailEntry::getArticle).containsOnly("000 第十二条");
    assertThat(trail).extracting(TrailEntry::getActor).containsExactly("kfq-committee", "office", "system");
    assertThat(trail.get(2).getDetail()).contains("交流到「周市区域党建工作站」，任站长", "原岗位「测试区域党建工作站」空出");
  }

  @Test
  void aWorkerWhoIsNotAPriorityGoesOnOnlyWithTheCommitteesWrittenReason() {
    Worker worker = people.activeWorker("kfq", "未满");
    ProcessInstance instance = propose(worker, fixtures.vacantPost("kfq", "千灯区域党建工作站"), null);

    assertThat(instance).isWaitingAt("Task_JustifyExchange");
    assertThat(task(instance)).hasCandidateGroup("town-committee-kfq");
    assertThat(task(instance).getName()).isEqualTo("说明交流理由：未满（昆山开发区，不符合优先交流条件）");
    assertThat(task(instance).getDueDate().toInstant()).as("service-levels.csv: 5 working days (demo value)")
        .isEqualTo(workingDays.endOf(LocalDate.parse("2026-03-09")).toInstant());
    assertThat(runtimeService.getVariable(instance.getId(), "eligibility").toString())
        .contains("不符合优先交流条件", "在现岗位工作不满5年", "最近年度考核记录不全");
    assertRefused(() -> complete(instance, "kfq-committee", Map.of("continuation", "PROCEED")), "请填写继续报请的理由");
    assertRefused(() -> complete(instance, "kfq-committee", Map.of("continuation", "MAYBE")), "PROCEED, WITHDRAW");
    assertThat(exchangeService.of(instance.getId()).getJustification()).isNull();

    complete(instance, "kfq-committee", Map.of("continuation", "PROCEED", "justification", "该站急需有经验的同志，本人熟悉情况"));

    assertThat(instance).isWaitingAt("Task_ReviewExchange");
    assertThat(runtimeService.getVariable(instance.getId(), "committeeJustification")).isEqualTo("该站急需有经验的同志，本人熟悉情况");
    assertThat(refusals.trailOf(worker, instance)).extracting(TrailEntry::getEvent)
        .containsExactly("EXCHANGE_PROPOSED", "EXCHANGE_JUSTIFIED");
  }

  @Test
  void aProposalOfAWorkerWhoIsNotAPriorityMayBeWithdrawnAndChangesNothing() {
    Worker worker = people.activeWorker("kfq", "撤回");
    Post old = posts.findByWorkerId(worker.getId()).orElseThrow();
    Post target = fixtures.vacantPost("kfq", "淀山湖区域党建工作站");
    ProcessInstance instance = propose(worker, target, null);

    complete(instance, "kfq-committee", Map.of("continuation", "WITHDRAW"));

    assertThat(instance).isEnded().hasPassed("EndEvent_ExchangeWithdrawn").hasNotPassed("Task_ReviewExchange");
    assertThat(exchangeService.of(instance.getId()).getStatus()).isEqualTo(ExchangeStatus.WITHDRAWN);
    assertThat(posts.findByWorkerId(worker.getId())).get().extracting(Post::getId).isEqualTo(old.getId());
    assertThat(posts.findById(target.getId())).get().satisfies(post -> assertThat(post.isVacant()).isTrue());
    // Withdrawn holds nothing: the committee may propose again.
    assertThat(propose(worker, target, null)).isWaitingAt("Task_JustifyExchange");
  }

  @Test
  void aRefusalNeedsItsReasonChangesNothingAndTheTownCommitteeReadsIt() {
    Worker worker = people.activeWorker("kfq", "不同意");
    fixtures.eligible(worker);
    Post old = posts.findByWorkerId(worker.getId()).orElseThrow();
    Post target = fixtures.vacantPost("kfq", "锦溪区域党建工作站");
    ProcessInstance instance = propose(worker, target, null);

    assertRefused(() -> complete(instance, "office", Map.of("decision", "REFUSE")), "不同意交流时必须说明理由");
    assertRefused(() -> complete(instance, "office", Map.of("decision", "LATER")), "APPROVE, REFUSE");
    assertThat(exchangeService.of(instance.getId()).getStatus()).isEqualTo(ExchangeStatus.PROPOSED);
    complete(instance, "office", Map.of("decision", "REFUSE", "reviewNote", "该站年内撤并，暂缓交流"));

    assertThat(instance).isWaitingAt("Task_NoteRefusal");
    assertThat(task(instance)).hasCandidateGroup("town-committee-kfq");
    assertThat(task(instance).getName()).isEqualTo("交流未获同意：不同意（昆山开发区）");
    assertThat(runtimeService.getVariable(instance.getId(), "reviewNote")).isEqualTo("该站年内撤并，暂缓交流");
    assertRefused(() -> complete(instance, "kfq-committee", Map.of()), "已阅");
    complete(instance, "kfq-committee", Map.of("acknowledged", true));

    assertThat(instance).isEnded().hasPassed("EndEvent_ExchangeRefused").hasNotPassed("Task_MoveWorker");
    assertThat(exchangeService.of(instance.getId()).getStatus()).isEqualTo(ExchangeStatus.REFUSED);
    assertThat(posts.findByWorkerId(worker.getId())).get().extracting(Post::getId).isEqualTo(old.getId());
    assertThat(posts.findById(target.getId())).get().satisfies(post -> assertThat(post.isVacant()).isTrue());
    assertThat(refusals.trailOf(worker, instance)).last().extracting(TrailEntry::getDetail).asString()
        .contains("不同意交流", "该站年内撤并", "岗位不变");
  }

  @Test
  void forgedGatewayVariablesCannotOverrideTheDecisionOrThePeople() {
    Worker worker = people.activeWorker("kfq", "伪造");
    ProcessInstance instance = start("kfq-committee", form(worker, fixtures.vacantPost("kfq", "伪造站"), null,
        Map.of("eligible", true)));
    assertThat(instance).as("exchange-eligibility, not the form, says whether the worker is a priority")
        .isWaitingAt("Task_JustifyExchange");
    complete(instance, "kfq-committee", Map.of("continuation", "PROCEED", "justification", "工作需要"));

    complete(instance, "office", Map.of("decision", "REFUSE", "reviewNote", "不同意", "exchangeApproved", true));

    assertThat(instance).isWaitingAt("Task_NoteRefusal");
  }

  @Test
  void onlyTheTownCommitteeProposesAndOnlyTheCityOfficeConsents() {
    Worker worker = people.activeWorker("kfq", "越权");
    Post target = fixtures.vacantPost("kfq", "越权站");
    assertThatThrownBy(() -> start("kfq-org", form(worker, target, null, Map.of())))
        .isInstanceOf(AuthorizationException.class);
    fixtures.eligible(worker);
    ProcessInstance instance = propose(worker, target, null);

    assertThatThrownBy(() -> complete(instance, "kfq-committee", Map.of("decision", "APPROVE")))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> complete(instance, "committee", Map.of("decision", "APPROVE")))
        .isInstanceOf(AuthorizationException.class);
    assertThat(instance).isWaitingAt("Task_ReviewExchange");
  }

  @Test
  void proposalsTheRegulationOrTheRecordsDoNotAllowAreRefusedAndLeaveNothingBehind() {
    Worker worker = people.activeWorker("kfq", "核对");
    Post own = posts.findByWorkerId(worker.getId()).orElseThrow();
    Post vacant = fixtures.vacantPost("kfq", "核对站");
    Post otherTowns = fixtures.vacantPost("huaqiao", "花桥外镇站");
    Post occupied = posts.findByWorkerId(people.activeWorker("kfq", "在岗者").getId()).orElseThrow();
    Worker probationer = people.workerOnProbation("kfq", "试用者");
    Worker huaqiaos = people.activeWorker("huaqiao", "外镇人");

    refusals.assertNothingStarted(() -> propose(worker, otherTowns, null), "不属于本区镇", exchanges::count);
    refusals.assertNothingStarted(() -> propose(worker, occupied, null), "已有在岗人员", exchanges::count);
    refusals.assertNothingStarted(() -> propose(worker, own, null), "就是工作者 核对 的现岗位", exchanges::count);
    refusals.assertNothingStarted(() -> propose(probationer, vacant, null), "只有在岗的工作者可以交流", exchanges::count);
    refusals.assertNothingStarted(() -> propose(huaqiaos, vacant, null), "您无权在其他区镇（花桥经济开发区）发起流程",
        exchanges::count);
    refusals.assertNothingStarted(() -> start("kfq-committee", Map.of("workerId", worker.getId(), "postId", vacant.getId(),
        "reason", "  ")), "请填写交流理由", exchanges::count);
    refusals.assertNothingStarted(() -> start("kfq-committee", Map.of("workerId", worker.getId(), "reason", "工作需要")),
        "请选择拟交流到的岗位", exchanges::count);
    refusals.assertNothingStarted(() -> start("kfq-committee", Map.of("workerId", "李明", "postId", vacant.getId(),
        "reason", "工作需要")), "工作者编号应为整数", exchanges::count);
    refusals.assertNothingStarted(() -> start("kfq-committee", form(worker, vacant, "站".repeat(201), Map.of())),
        "拟任职务不能超过 200 个字", exchanges::count);

    ProcessInstance open = propose(worker, vacant, null);
    String key = exchangeService.of(open.getId()).businessKey();
    refusals.assertNothingStarted(() -> propose(worker, fixtures.vacantPost("kfq", "第二站"), null),
        "已有进行中的交流建议 " + key + "（待审核）", exchanges::count);
  }

  @Test
  void theCityOfficeCannotConsentToAPostFilledMeanwhileAndRefusesInstead() {
    Worker worker = people.activeWorker("kfq", "先占");
    fixtures.eligible(worker);
    Post target = fixtures.vacantPost("kfq", "先占站");
    ProcessInstance instance = propose(worker, target, null);
    transaction.executeWithoutResult(status -> staffing.hireOnto("新录用", null, posts.findById(target.getId()).orElseThrow(),
        "聘用合同", "test", null));

    assertRefused(() -> complete(instance, "office", Map.of("decision", "APPROVE")), "现已有在岗人员");
    assertThat(instance).isWaitingAt("Task_ReviewExchange");
    complete(instance, "office", Map.of("decision", "REFUSE", "reviewNote", "岗位已由新录用人员到岗"));
    assertThat(instance).isWaitingAt("Task_NoteRefusal");
  }

  @Test
  void movingTheWorkerTwiceMovesThemOnce() {
    Worker worker = people.activeWorker("kfq", "幂等");
    fixtures.eligible(worker);
    Post target = fixtures.vacantPost("kfq", "幂等站");
    ProcessInstance instance = propose(worker, target, null);
    complete(instance, "office", Map.of("decision", "APPROVE", "reviewNote", "同意"));

    transaction.executeWithoutResult(status -> exchangeService.move(instance.getId()));
    execute(job(instance));

    assertThat(instance).isEnded();
    assertThat(posts.findByWorkerId(worker.getId())).get().extracting(Post::getId).isEqualTo(target.getId());
    assertThat(refusals.trailOf(worker, instance)).extracting(TrailEntry::getEvent).containsOnlyOnce("WORKER_EXCHANGED");
  }

  @Test
  void aWorkerWhoLeftServiceAfterTheConsentIsNeverPutIntoTheNewPost() {
    Worker worker = people.activeWorker("kfq", "离岗");
    fixtures.eligible(worker);
    Post target = fixtures.vacantPost("kfq", "离岗站");
    ProcessInstance instance = propose(worker, target, null);
    complete(instance, "office", Map.of("decision", "APPROVE"));
    transaction.executeWithoutResult(status -> { // resigned meanwhile: 000 第十六条, the post falls vacant
      jdbc.update("update worker set status = 'RESIGNED' where id = ?", worker.getId());
      jdbc.update("update post set worker_id = null, filled_at = null where worker_id = ?", worker.getId());
    });

    assertThatThrownBy(() -> execute(job(instance))).hasStackTraceContaining("现为「已辞职」，不能交流到「离岗站」");

    assertThat(instance).isWaitingAt("Task_MoveWorker");
    assertThat(posts.findById(target.getId())).get().satisfies(post -> assertThat(post.isVacant()).isTrue());
    assertThat(exchangeService.of(instance.getId()).getStatus()).isEqualTo(ExchangeStatus.APPROVED);
  }

  private ProcessInstance propose(Worker worker, Post target, String newRole) {
    return start("kfq-committee", form(worker, target, newRole, Map.of()));
  }

  private static Map<String, Object> form(Worker worker, Post target, String newRole, Map<String, Object> extra) {
    Map<String, Object> form = new HashMap<>(extra);
    form.put("workerId", worker.getId());
    form.put("postId", target.getId());
    form.put("reason", "在现岗位工作表现突出，交流使用");
    if (newRole != null) {
      form.put("newRole", newRole);
    }
    return form;
  }

  private ProcessInstance start(String userId, Map<String, Object> form) {
    return forms.start(ExchangeProcessVariables.PROCESS_KEY, userId, new HashMap<>(form));
  }

  private void complete(ProcessInstance instance, String userId, Map<String, Object> form) {
    forms.complete(task(instance), userId, form);
  }
}
