package org.partyaffairs.workforce.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.notice.Notice;
import org.partyaffairs.workforce.notice.NoticeService;
import org.partyaffairs.workforce.notice.PublishedNotices;
import org.partyaffairs.workforce.post.Post;
import org.partyaffairs.workforce.post.PostRepository;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Every path of RecruitmentProcess (000 第五、六条), each step taken by the role that owns it. */
@IntegrationTest
class RecruitmentProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired Forms forms;
  @Autowired People people;
  @Autowired CurrentActor currentActor;
  @Autowired PostRepository posts;
  @Autowired WorkerRepository workers;
  @Autowired CandidateRepository candidates;
  @Autowired RecruitmentPlanRepository plans;
  @Autowired NoticeService notices;
  @Autowired PublishedNotices published;
  @Autowired Trail trail;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;

  @BeforeEach
  void start() {
    init(engine);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void theCityOfficeRecruitsThroughAPublishedShortlistIntoProbationOnTheTownsPosts() {
    List<Post> vacant = vacantPosts("zhangpu", 2);
    ProcessInstance instance = plan("office", "zhangpu", 2);

    assertThat(instance).isWaitingAt("Task_RegisterCandidates")
        .hasBusinessKey("REC-zhangpu-" + planOf(instance).getId());
    assertThat(task(instance)).hasCandidateGroup("city-office");
    forms.complete(task(instance), "office", Map.of("candidateList", "姓名,学历\n张三,本科\n李四，硕士\n王五,大专"));
    reviewAll(instance, name -> name.equals("王五") ? fail("无党员身份") : pass());
    execute(job("Task_CollectQualified", instance));
    scoreAll(instance, name -> name.equals("张三") ? scores(88, 90) : scores(80, 81));
    execute(job("Task_RankCandidates", instance));

    Notice notice = noticeOf(instance);
    assertThat(notice.getEntries()).extracting(entry -> entry.getSummary() + " " + entry.getPublishedValue())
        .containsExactly("张三（本科） 笔试 88，面试 90，总成绩 89，第 1 名", "李四（硕士） 笔试 80，面试 81，总成绩 80.5，第 2 名");
    elapse(notice, instance);
    assertThat(instance).isWaitingAt("Task_SignContract");
    List<Task> contracts = tasks(instance, "Task_SignContract");
    assertThat(contracts).extracting(Task::getName).containsExactlyInAnyOrder("签订聘用合同：张三（张浦镇）", "签订聘用合同：李四（张浦镇）");
    assertThat(contracts.get(0).getTenantId()).isEqualTo("zhangpu");
    for (int i = 0; i < 2; i++) {
      forms.complete(contracts.get(i), "zhangpu-org", contract(vacant.get(i), "张浦聘〔2026〕" + i + "号"));
    }
    execute(job("Task_CompleteRecruitment", instance));

    assertThat(instance).isEnded().hasPassed("EndEvent_RecruitmentCompleted");
    assertThat(planOf(instance).getStatus()).isEqualTo(PlanStatus.COMPLETED);
    List<Candidate> hired = candidatesOf(instance).stream().filter(c -> c.getWorkerId() != null).toList();
    assertThat(hired).extracting(Candidate::getName).containsExactlyInAnyOrder("张三", "李四");
    for (Candidate candidate : hired) {
      Worker worker = workers.findById(candidate.getWorkerId()).orElseThrow();
      assertThat(worker.getStatus()).isEqualTo(WorkerStatus.PROBATION);
      assertThat(posts.findByWorkerId(worker.getId()).orElseThrow().getId()).isEqualTo(candidate.getPostId());
      assertThat(trail.of(worker)).extracting(entry -> entry.getEvent() + " " + entry.getArticle())
          .contains("HIRED 000 第六条", "PROBATION_STARTED 001 第六条");
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("PROB-zhangpu-" + worker.getId())
          .singleResult()).isNotNull();
    }
  }

  @Test
  void aTownsOwnRecruitmentNeedsTheCityCommitteesConsentFirst() {
    vacantPosts("kfq", 2);
    ProcessInstance refused = plan("kfq-org", null, 1);
    ProcessInstance agreed = plan("kfq-org", null, 1);

    assertThat(refused).isWaitingAt("Task_ConsentToPlan");
    assertThat(task(refused)).hasCandidateGroup("city-committee");
    assertThatThrownBy(() -> forms.complete(task(refused), "committee", Map.of("consent", "DISAGREE")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("理由");
    forms.complete(task(refused), "committee", Map.of("consent", "DISAGREE", "consentReason", "缺额由全市统一招录"));
    forms.complete(task(agreed), "committee", Map.of("consent", "AGREE"));

    assertThat(refused).isEnded().hasPassed("EndEvent_PlanRefused");
    assertThat(planOf(refused).getStatus()).isEqualTo(PlanStatus.REFUSED);
    assertThat(agreed).isWaitingAt("Task_RegisterCandidates");
    assertThat(task(agreed)).hasCandidateGroup("town-org-kfq");
    assertThat(planOf(agreed).getOrganiser()).isEqualTo(Organiser.TOWN);
  }

  @Test
  void whenNobodyPassesTheQualificationReviewTheRecruitmentEnds() {
    vacantPosts("huaqiao", 1);
    ProcessInstance instance = plan("office", "huaqiao", 1);
    forms.complete(task(instance), "office", Map.of("candidateList", "赵六,高中"));

    assertThatThrownBy(() -> forms.complete(task(instance), "office", Map.of("qualification", "FAIL")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("未通过的理由");
    reviewAll(instance, name -> fail("学历不符合大专以上要求"));
    execute(job("Task_CollectQualified", instance));

    assertThat(instance).isEnded().hasPassed("EndEvent_NoOneQualified");
    assertThat(planOf(instance).getStatus()).isEqualTo(PlanStatus.NO_ONE_QUALIFIED);
    assertThat(candidatesOf(instance)).singleElement()
        .satisfies(c -> assertThat(c.getQualificationReason()).isEqualTo("学历不符合大专以上要求"));
  }

  @Test
  void candidatesTiedInEverythingAreBothShortlistedButThePlanHiresNoMoreThanItsPosts() {
    List<Post> vacant = vacantPosts("zhangpu", 2);
    ProcessInstance instance = throughScores("zhangpu", 1, "甲,本科\n乙,本科", name -> scores(85, 85));
    elapse(noticeOf(instance), instance);

    List<Task> contracts = tasks(instance, "Task_SignContract");
    assertThat(contracts).hasSize(2);
    forms.complete(contracts.get(0), "zhangpu-org", contract(vacant.get(0), "张浦聘〔2026〕10号"));
    assertThatThrownBy(() -> forms.complete(contracts.get(1), "zhangpu-org", contract(vacant.get(1), "张浦聘〔2026〕11号")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("已全部聘用");
    forms.complete(contracts.get(1), "zhangpu-org", Map.of("hire", "NOT_HIRE"));
    execute(job("Task_CompleteRecruitment", instance));

    assertThat(instance).isEnded();
    assertThat(posts.findById(vacant.get(1).getId()).orElseThrow().isVacant()).isTrue();
  }

  @Test
  void aPostCannotBeFilledTwice() {
    List<Post> vacant = vacantPosts("zhangpu", 2);
    ProcessInstance instance = throughScores("zhangpu", 2, "丙,本科\n丁,本科", name -> scores(name.equals("丙") ? 90 : 80, 80));
    elapse(noticeOf(instance), instance);
    List<Task> contracts = tasks(instance, "Task_SignContract");
    forms.complete(contracts.get(0), "zhangpu-org", contract(vacant.get(0), "张浦聘〔2026〕20号"));

    assertThatThrownBy(() -> forms.complete(contracts.get(1), "zhangpu-org", contract(vacant.get(0), "张浦聘〔2026〕21号")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("已有在岗人员");
    assertThat(candidates.findById(candidateIdOf(contracts.get(1))).orElseThrow().getWorkerId()).isNull();
  }

  @Test
  void aCorrectedObjectionThatChangesTheShortlistPutsTheNewShortlistOnNoticeAgain() {
    vacantPosts("zhangpu", 1);
    ProcessInstance instance = throughScores("zhangpu", 1, "戊,本科\n己,硕士", name -> name.equals("戊") ? scores(80, 80) : scores(70, 70));
    Notice first = noticeOf(instance);
    people.actAs("zhangpu-worker");
    notices.object(first.getId(), first.getEntries().get(0).getId(), "戊的笔试成绩登记有误", "rec-1", currentActor.get());
    people.actAsSystem();
    ProcessInstance noticeInstance = noticeInstanceOf(instance);
    forms.complete(task("Task_InvestigateObjection", noticeInstance), "office",
        Map.of("outcome", "CORRECTED", "reply", "经核实，笔试成绩应为60分", "correctedValue", "60/60"));
    execute(job("Task_ApplyCorrection", noticeInstance));
    elapse(published.of(noticeInstance.getId()), instance);

    Notice second = noticeOf(instance);
    assertThat(second.getId()).isNotEqualTo(first.getId());
    assertThat(second.getEntries()).extracting(entry -> entry.getSummary()).containsExactly("己（硕士）");
    elapse(second, instance);
    assertThat(tasks(instance, "Task_SignContract")).extracting(Task::getName).containsExactly("签订聘用合同：己（张浦镇）");
  }

  @Test
  void aPlanForMorePostsThanTheTownHasVacantStartsNothing() {
    vacantPosts("jinxi", 1);
    long instances = historyService.createHistoricProcessInstanceQuery().count();

    assertThatThrownBy(() -> plan("office", "jinxi", 5)).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("不能再招录 5 个");
    assertThatThrownBy(() -> plan("huaqiao-org", "kfq", 1)).isInstanceOf(InvalidRequestException.class);
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
  }

  private ProcessInstance plan(String userId, String town, int posts) {
    Map<String, Object> form = new HashMap<>();
    if (town != null) {
      form.put("townCode", town);
    }
    form.put("postsToFill", posts);
    form.put("conditions", "中共党员，大专及以上学历，年龄35周岁以下");
    form.put("schedule", "12月1日至7日报名，12月14日笔试，12月21日面试");
    return forms.start(RecruitmentProcessVariables.PROCESS_KEY, userId, form);
  }

  /** A city-office plan up to the shortlist's notice, everyone qualified. */
  private ProcessInstance throughScores(String town, int posts, String list,
      Function<String, Map<String, Object>> scores) {
    ProcessInstance instance = plan("office", town, posts);
    forms.complete(task(instance), "office", Map.of("candidateList", list));
    reviewAll(instance, name -> pass());
    execute(job("Task_CollectQualified", instance));
    scoreAll(instance, scores);
    execute(job("Task_RankCandidates", instance));
    return instance;
  }

  private void reviewAll(ProcessInstance instance, Function<String, Map<String, Object>> finding) {
    for (Task review : tasks(instance, "Task_ReviewQualification")) {
      forms.complete(review, "office", finding.apply(nameOf(review)));
    }
  }

  private void scoreAll(ProcessInstance instance, Function<String, Map<String, Object>> scores) {
    for (Task scoring : tasks(instance, "Task_EnterScores")) {
      forms.complete(scoring, "office", scores.apply(nameOf(scoring)));
    }
  }

  /** The notice period ends; the recruitment checks the shortlist and goes on. */
  private void elapse(Notice notice, ProcessInstance instance) {
    ClockUtil.setCurrentTime(Date.from(notice.getClosesAt()));
    execute(job("Event_NoticePeriodElapsed", runtimeService.createProcessInstanceQuery()
        .processInstanceId(notice.getProcessInstanceId()).singleResult()));
    execute(job("Task_CheckShortlist", instance));
  }

  private ProcessInstance noticeInstanceOf(ProcessInstance instance) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).singleResult();
  }

  private Notice noticeOf(ProcessInstance instance) {
    return published.of(noticeInstanceOf(instance).getId());
  }

  private List<Post> vacantPosts(String town, int count) {
    return transaction.execute(status -> java.util.stream.IntStream.range(0, count)
        .mapToObj(i -> posts.save(new Post(town, town + "测试区域党建工作站", clock.instant()))).toList());
  }

  private List<Task> tasks(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
        .orderByTaskName().asc().list();
  }

  private String nameOf(Task task) {
    return (String) taskService.getVariable(task.getId(), "candidateName");
  }

  private Long candidateIdOf(Task task) {
    return ((Number) taskService.getVariable(task.getId(), "candidateId")).longValue();
  }

  private RecruitmentPlan planOf(ProcessInstance instance) {
    return plans.findByProcessInstanceId(instance.getId()).orElseThrow();
  }

  private List<Candidate> candidatesOf(ProcessInstance instance) {
    return transaction.execute(status -> candidates.findByPlanOrderById(planOf(instance)));
  }

  private static Map<String, Object> pass() {
    return Map.of("qualification", "PASS");
  }

  private static Map<String, Object> fail(String reason) {
    return Map.of("qualification", "FAIL", "qualificationReason", reason);
  }

  private static Map<String, Object> scores(double exam, double interview) {
    return Map.of("examScore", exam, "interviewScore", interview);
  }

  private static Map<String, Object> contract(Post post, String number) {
    return Map.of("hire", "HIRE", "postId", post.getId().toString(), "contractNumber", number,
        "contractSignedOn", "2026-12-28");
  }
}
