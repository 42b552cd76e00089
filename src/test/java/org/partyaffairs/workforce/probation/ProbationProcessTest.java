package org.partyaffairs.workforce.probation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyaffairs.workforce.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.post.PostRepository;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.support.Refusals;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every path of ProbationProcess (001 第六条, 第十八条(一)(六)) with the engine's clock moved. */
@IntegrationTest
class ProbationProcessTest {

  private static final LocalDate HIRED_ON = LocalDate.parse("2026-03-02");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired Forms forms;
  @Autowired Refusals refusals;
  @Autowired People people;
  @Autowired CurrentActor currentActor;
  @Autowired ProbationService service;
  @Autowired ProbationStart probationStart;
  @Autowired ProbationRepository probations;
  @Autowired WorkerRepository workers;
  @Autowired PostRepository posts;

  @BeforeEach
  void start() {
    init(engine);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T02:00:00Z")));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void aPassedProbationMakesTheWorkerActiveWithEveryStepOnTheTrail() {
    Worker worker = people.workerOnProbation("kfq", "试用甲");
    ProcessInstance instance = hire(worker, HIRED_ON);

    assertThat(instance).hasBusinessKey("PROB-kfq-" + worker.getId()).isWaitingAt("Task_AssignMentor",
        "Event_ProbationPeriodElapsed");
    assertThat(instance.getTenantId()).isEqualTo("kfq");
    assertThat(task(instance)).hasCandidateGroup("town-org-kfq");
    reachReview(instance, worker);
    forms.complete(task(instance), "kfq-org", review(75, 3, 2, 4, 1));
    execute(job(instance));

    assertThat(instance).isEnded().hasPassed("EndEvent_WorkerConfirmed");
    assertThat(workers.findById(worker.getId()).orElseThrow().getStatus()).isEqualTo(WorkerStatus.ACTIVE);
    Probation probation = probationOf(instance);
    assertThat(probation.getStatus()).isEqualTo(ProbationStatus.PASSED);
    assertThat(probation.getMentor().name()).isEqualTo("王师傅");
    assertThat(probation.getDecisionRecordId()).isNotNull();
    assertThat(refusals.trailOf(worker, instance)).extracting(TrailEntry::getEvent, TrailEntry::getArticle).containsExactly(
        tuple("PROBATION_STARTED", "001 第六条"),
        tuple("MENTOR_ASSIGNED", "001 第十八条(六)"),
        tuple("COMMITMENT_MADE", "001 第十八条(一)"),
        tuple("PROBATION_REVIEWED", "001 第六条"),
        tuple("CONFIRMED", "001 第六条"));
  }

  @Test
  void aFailedExamDisqualifiesTheWorkerFreesThePostAndIsFiledWithTheCityOffice() {
    Worker worker = people.workerOnProbation("kfq", "试用乙");
    ProcessInstance instance = hire(worker, HIRED_ON);
    reachReview(instance, worker);
    forms.complete(task(instance), "kfq-org", review(59.5, 5, 5, 0, 0));
    execute(job(instance));

    assertThat(instance).isWaitingAt("Task_FileDisqualification");
    assertThat(task(instance)).hasCandidateGroup("city-office");
    assertThat(runtimeService.getVariable(instance.getId(), "disqualificationReasons")).isEqualTo("试用期满考试不及格");
    assertThat(workers.findById(worker.getId()).orElseThrow().getStatus()).isEqualTo(WorkerStatus.DISQUALIFIED);
    assertThat(posts.findByWorkerId(worker.getId())).isEmpty();
    forms.complete(task(instance), "office", Map.of("filingNumber", "昆两新备〔2026〕21号"));

    assertThat(instance).isEnded().hasPassed("EndEvent_WorkerDisqualified");
    assertThat(probationOf(instance).getReasons()).containsExactly(ProbationReason.EXAM_FAILED);
    assertThat(probationOf(instance).getFilingNumber()).isEqualTo("昆两新备〔2026〕21号");
  }

  @Test
  void aVoteOfFortyNinePointNinePercentFailsAndExactlyHalfPasses() {
    Worker below = people.workerOnProbation("kfq", "试用丙");
    ProcessInstance belowHalf = hire(below, HIRED_ON);
    reachReview(belowHalf, below);
    forms.complete(task(belowHalf), "kfq-org", review(80, 200, 299, 401, 100));
    execute(job(belowHalf));

    Worker exact = people.workerOnProbation("kfq", "试用丁");
    ProcessInstance exactlyHalf = hire(exact, HIRED_ON);
    reachReview(exactlyHalf, exact);
    forms.complete(task(exactlyHalf), "kfq-org", review(80, 200, 300, 400, 100));
    execute(job(exactlyHalf));

    assertThat(probationOf(belowHalf).getReasons()).containsExactly(ProbationReason.VOTE_BELOW_HALF);
    assertThat(belowHalf).isWaitingAt("Task_FileDisqualification");
    assertThat(exactlyHalf).isEnded().hasPassed("EndEvent_WorkerConfirmed");
  }

  @Test
  void thePeriodFromThirtyFirstDecemberEndsWithTheLastDayOfFebruary() throws Exception {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-31T02:00:00Z")));
    ProcessInstance common = hire(people.workerOnProbation("kfq", "试用戊"), LocalDate.parse("2026-12-31"));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-12-31T02:00:00Z")));
    ProcessInstance leap = hire(people.workerOnProbation("kfq", "试用己"), LocalDate.parse("2027-12-31"));

    // 24:00 of 28 February (29 in 2028) in Asia/Shanghai, i.e. 16:00 UTC that day.
    assertThat(job("Event_ProbationPeriodElapsed", common).getDuedate())
        .isEqualTo(Date.from(Instant.parse("2027-02-28T16:00:00Z")));
    assertThat(job("Event_ProbationPeriodElapsed", leap).getDuedate())
        .isEqualTo(Date.from(Instant.parse("2028-02-29T16:00:00Z")));
    // The engine's own P2M lands on the same last day, at the hour of the start, in the JVM's zone.
    assertThat(new DurationHelper("P2M", Date.from(Instant.parse("2026-12-31T02:00:00Z"))).getDateAfter())
        .isEqualTo(Date.from(Instant.parse("2027-02-28T02:00:00Z")));
  }

  @Test
  void aQualificationProblemFoundMidProbationDisqualifiesAtOnceAndEndsTheWaiting() {
    Worker worker = people.workerOnProbation("kfq", "试用庚");
    ProcessInstance instance = hire(worker, HIRED_ON);
    forms.complete(task(instance), "kfq-org", Map.of("mentorName", "王师傅", "mentorPosition", "组织委员"));
    Http http = new Http(port);
    long probationId = probationOf(instance).getId();

    assertThat(http.postJson("/api/probations/" + probationId + "/qualification-problems", "huaqiao-org", "demo",
        "{\"problem\":\"学历证书不实\"}").statusCode()).isEqualTo(404);
    assertThat(http.postJson("/api/probations/" + probationId + "/qualification-problems", "kfq-org", "demo",
        "{\"problem\":\" \"}").statusCode()).isEqualTo(400);
    var reported = http.postJson("/api/probations/" + probationId + "/qualification-problems", "kfq-org", "demo",
        "{\"problem\":\"学历证书不实\"}");

    assertThat(reported.statusCode()).isEqualTo(200);
    assertThat(reported.body()).contains("\"status\":\"DISQUALIFIED\"", "QUALIFICATIONS_NOT_MET");
    assertThat(instance).isWaitingAt("Task_FileEarlyDisqualification");
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(workers.findById(worker.getId()).orElseThrow().getStatus()).isEqualTo(WorkerStatus.DISQUALIFIED);
    assertThat(http.postJson("/api/probations/" + probationId + "/qualification-problems", "kfq-org", "demo",
        "{\"problem\":\"再次报告\"}").statusCode()).isEqualTo(409);
    forms.complete(task(instance), "office", Map.of("filingNumber", "昆两新备〔2026〕22号"));
    assertThat(instance).isEnded().hasPassed("EndEvent_DisqualifiedEarly");
  }

  @Test
  void invalidReviewsAreRefusedAndTheTaskStays() {
    Worker worker = people.workerOnProbation("kfq", "试用辛");
    ProcessInstance instance = hire(worker, HIRED_ON);
    reachReview(instance, worker);

    assertRefused(() -> forms.complete(task(instance), "kfq-org", review(70, 0, 0, 0, 0)), "没有选票");
    assertRefused(() -> forms.complete(task(instance), "kfq-org", review(101, 1, 1, 1, 1)), "0 至 100");
    assertRefused(() -> forms.complete(task(instance), "kfq-org", review(70, -1, 1, 1, 1)), "“优秀”票数");
    assertThat(instance).isWaitingAt("Task_RecordProbationReview");
    assertThat(probationOf(instance).getReview()).isNull();
  }

  @Test
  void aCommitmentDatedInTheFutureOrByAnotherTownIsRefused() {
    Worker worker = people.workerOnProbation("kfq", "试用壬");
    ProcessInstance instance = hire(worker, HIRED_ON);
    forms.complete(task(instance), "kfq-org", Map.of("mentorName", "王师傅", "mentorPosition", "组织委员"));

    assertRefused(() -> forms.complete(task(instance), worker.getUserId(), commitment("2026-03-03")), "承诺日期");
    people.actAs("huaqiao-org");
    Actor otherTown = currentActor.get();
    people.actAsSystem();
    assertRefused(() -> service.commit(instance.getId(), otherTown, "承诺", "承诺", HIRED_ON), "区镇组织部门");
    assertThat(instance).isWaitingAt("Task_MakeCommitment");
  }

  @Test
  void onlyAWorkerOnProbationCanStartOne() {
    Worker active = people.activeWorker("kfq", "在岗者");
    long instances = historyService.createHistoricProcessInstanceQuery().count();

    assertRefused(() -> hire(active, HIRED_ON), "不在试用期");
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
    assertThatThrownBy(() -> service.visible(-1L, Actor.system())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void decidingAgainAfterARetryChangesNothing() {
    Worker worker = people.workerOnProbation("kfq", "试用癸");
    ProcessInstance instance = hire(worker, HIRED_ON);
    reachReview(instance, worker);
    forms.complete(task(instance), "kfq-org", review(90, 8, 1, 1, 0));
    execute(job(instance));

    assertThat(service.decide(instance.getId()).getStatus()).isEqualTo(ProbationStatus.PASSED);
    assertThat(refusals.trailOf(worker, instance)).filteredOn(entry -> entry.getEvent().equals("CONFIRMED")).hasSize(1);
  }

  private ProcessInstance hire(Worker worker, LocalDate hiredOn) {
    return probationStart.of(worker.getId(), hiredOn);
  }

  /** Mentor, commitment, then the end of the period: the review is due. */
  private void reachReview(ProcessInstance instance, Worker worker) {
    forms.complete(task(instance), "kfq-org", Map.of("mentorName", "王师傅", "mentorPosition", "组织委员"));
    assertThat(task(instance)).isAssignedTo(worker.getUserId());
    forms.complete(task(instance), worker.getUserId(), commitment("2026-03-02"));
    assertThat(instance).isWaitingAt("Event_ProbationPeriodElapsed");
    ClockUtil.setCurrentTime(job("Event_ProbationPeriodElapsed", instance).getDuedate());
    execute(job("Event_ProbationPeriodElapsed", instance));
    assertThat(instance).isWaitingAt("Task_RecordProbationReview");
    assertThat(task(instance)).hasCandidateGroup("town-org-kfq");
  }

  private static Map<String, Object> commitment(String madeOn) {
    return Map.of("workCommitment", "每月走访所联系两新组织不少于4次", "integrityCommitment", "不收受服务对象任何财物",
        "commitmentMadeOn", madeOn);
  }

  private static Map<String, Object> review(double exam, int excellent, int good, int fair, int poor) {
    Map<String, Object> form = new HashMap<>();
    form.put("examScore", exam);
    form.put("votesExcellent", excellent);
    form.put("votesGood", good);
    form.put("votesFair", fair);
    form.put("votesPoor", poor);
    return form;
  }

  private Probation probationOf(ProcessInstance instance) {
    return probations.findByProcessInstanceId(instance.getId()).orElseThrow();
  }
}
