package org.partyaffairs.workforce.probation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The probation review shows whether the worker passed 任前培训 (000 第十一条), filled by the server
 * when the task is created and again whenever a 任前培训 list naming the worker is recorded; it flags
 * 未通过任前培训 and never blocks the review (001 第六条 decides by exam and vote), and the flag as it
 * stood is kept on the review's trail entry.
 */
@IntegrationTest
class ProbationTrainingFlagTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired Forms forms;
  @Autowired People people;
  @Autowired ProbationStart probationStart;
  @Autowired Trail trail;

  Http http;

  @BeforeEach
  void start() {
    init(engine);
    http = new Http(port);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T02:00:00Z")));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void aWorkerWithoutAPassedPrePostTrainingIsFlaggedAndTheFlagFollowsTheRecordsUntilTheReview() {
    Worker worker = people.workerOnProbation("kfq", "任前甲");
    ProcessInstance instance = probationStart.of(worker.getId(), LocalDate.parse("2026-03-02"));
    reachReview(instance, worker);

    assertThat(flag(instance)).isEqualTo("未通过任前培训：尚无任前培训记录（000 第十一条）");
    assertThat(runtimeService.getVariable(instance.getId(), "prePostTrainingPassed")).isEqualTo(false);

    long failed = training("PRE_POST");
    record(failed, worker, 50);
    assertThat(flag(instance)).startsWith("未通过任前培训：《").endsWith("》不合格（50 分，合格分 60）（000 第十一条）");

    record(training("REGULAR"), worker, null); // a regular training is no 任前培训
    assertThat(flag(instance)).startsWith("未通过任前培训");

    // A forged flag is refused: the field is the server's.
    String path = "/engine-rest/task/" + task(instance).getId() + "/submit-form";
    HttpResponse<String> forged = http.postJson(path, "kfq-org", "demo", "{\"variables\":{"
        + "\"examScore\":{\"value\":75},\"votesExcellent\":{\"value\":3},\"votesGood\":{\"value\":2},"
        + "\"votesFair\":{\"value\":1},\"votesPoor\":{\"value\":0},\"prePostTraining\":{\"value\":\"已通过\"}}}");
    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
    assertThat(forged.body()).contains("只读字段不能修改", "prePostTraining");

    record(training("PRE_POST"), worker, 75);
    assertThat(flag(instance)).startsWith("已通过：《").endsWith("（2026-03-06）合格（75 分）");
    assertThat(runtimeService.getVariable(instance.getId(), "prePostTrainingPassed")).isEqualTo(true);
  }

  @Test
  void theFlagOnlyFlagsTheReviewGoesOnAndItsTrailEntryKeepsIt() {
    Worker worker = people.workerOnProbation("kfq", "任前乙");
    ProcessInstance instance = probationStart.of(worker.getId(), LocalDate.parse("2026-03-02"));
    reachReview(instance, worker);
    assertThat(flag(instance)).startsWith("未通过任前培训");

    forms.complete(task(instance), "kfq-org", Map.of("examScore", 75, "votesExcellent", 3, "votesGood", 2,
        "votesFair", 1, "votesPoor", 0));
    execute(job(instance));

    assertThat(instance).isEnded().hasPassed("EndEvent_WorkerConfirmed");
    List<TrailEntry> entries = trail.of(worker);
    assertThat(entries).filteredOn(e -> e.getEvent().equals("PROBATION_REVIEWED")).singleElement()
        .satisfies(e -> assertThat(e.getDetail()).contains("任前培训：未通过任前培训：尚无任前培训记录"));
  }

  @Test
  void aWorkerWhoPassedBeforeTheReviewIsShownAsPassedWhenTheTaskIsCreated() {
    Worker worker = people.workerOnProbation("kfq", "任前丙");
    record(training("PRE_POST"), worker, 92.5);
    ProcessInstance instance = probationStart.of(worker.getId(), LocalDate.parse("2026-03-02"));
    assertThat(runtimeService.getVariable(instance.getId(), "prePostTraining")).isNull();
    reachReview(instance, worker);

    assertThat(flag(instance)).startsWith("已通过：《").endsWith("合格（92.5 分）");
  }

  private String flag(ProcessInstance instance) {
    return (String) taskService.getVariable(task(instance).getId(), "prePostTraining");
  }

  /** Registers a training of the kind as the city office (a test with pass mark 60 for 任前培训). */
  private long training(String kind) {
    HttpResponse<String> answer = http.postJson("/api/trainings", "office", "demo", "{\"kind\": \"" + kind
        + "\", \"title\": \"试用期标记培训\", \"startsOn\": \"2026-03-02\", \"endsOn\": \"2026-03-06\","
        + " \"organiser\": \"市委“两新”工委办公室\"" + (kind.equals("PRE_POST") ? ", \"passMark\": 60" : "") + "}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return Long.parseLong(answer.body().replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
  }

  private void record(long training, Worker worker, Number score) {
    HttpResponse<String> answer = http.postJson("/api/trainings/" + training + "/results", "office", "demo",
        "[{\"workerId\": " + worker.getId() + ", \"attended\": true" + (score == null ? "" : ", \"score\": " + score)
            + "}]");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  /** Mentor, commitment, then the end of the period: the review is due. */
  private void reachReview(ProcessInstance instance, Worker worker) {
    forms.complete(task(instance), "kfq-org", Map.of("mentorName", "王师傅", "mentorPosition", "组织委员"));
    forms.complete(task(instance), worker.getUserId(), Map.of("workCommitment", "每月走访所联系两新组织不少于4次",
        "integrityCommitment", "不收受服务对象任何财物", "commitmentMadeOn", "2026-03-02"));
    ClockUtil.setCurrentTime(job("Event_ProbationPeriodElapsed", instance).getDuedate());
    execute(job("Event_ProbationPeriodElapsed", instance));
    assertThat(instance).isWaitingAt("Task_RecordProbationReview");
  }
}
