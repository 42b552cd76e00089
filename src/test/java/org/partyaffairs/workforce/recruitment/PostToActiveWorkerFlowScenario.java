package org.partyaffairs.workforce.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.notice.PublishedNotices;
import org.partyaffairs.workforce.post.Post;
import org.partyaffairs.workforce.post.PostRepository;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From a town's application for a post to an ACTIVE worker in it, as the people involved take
 * each step: post establishment, recruitment with a published shortlist, contract, probation. Run
 * on H2 ({@link PostToActiveWorkerFlowTest}) and on MySQL ({@link PostToActiveWorkerFlowMySqlIT});
 * the candidate's name carries 𠮷, a 4-byte character, through every table.
 */
abstract class PostToActiveWorkerFlowScenario {

  static final String FOUR_BYTE_NAME = "𠮷小红";

  @LocalServerPort int port;
  @Autowired Forms forms;
  @Autowired People people;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RecruitmentService recruitment;
  @Autowired PostRepository posts;
  @Autowired WorkerRepository workers;
  @Autowired PublishedNotices published;
  @Autowired Trail trail;
  @Autowired Clock clock;

  @AfterEach
  void reset() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void aTownGetsAPostTheCityRecruitsOntoItAndTheHirePassesProbation() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-01T02:00:00Z")));
    ProcessInstance application = forms.start("PostEstablishmentProcess", "huaqiao-committee",
        Map.of("postCount", 1, "stations", "花桥国际商务城区域党建工作站", "reason", "商务城两新组织数量增加"));
    complete(application, "committee", Map.of("decision", "APPROVE"));
    runJobs(application);
    Post post = posts.findAll().stream().filter(p -> p.getStation().equals("花桥国际商务城区域党建工作站"))
        .filter(Post::isVacant).reduce((first, second) -> second).orElseThrow();

    ProcessInstance plan = forms.start("RecruitmentProcess", "office", Map.of("townCode", "huaqiao",
        "postsToFill", 1, "conditions", "中共党员，大专及以上学历", "schedule", "12月报名、笔试、面试"));
    Long planId = recruitment.planOf(plan.getId()).getId();
    assertThat(new Http(port).postCsv("/api/recruitments/" + planId + "/candidates", "office", "demo",
        "姓名,学历\n" + FOUR_BYTE_NAME + ",本科\n钱多多,大专").statusCode()).isEqualTo(201);
    complete(plan, "office", Map.of());
    for (Task review : tasks(plan)) {
      complete(review, "office", Map.of("qualification", "PASS"));
    }
    runJobs(plan);
    for (Task scoring : tasks(plan)) {
      boolean first = scoring.getName().contains(FOUR_BYTE_NAME);
      complete(scoring, "office", Map.of("examScore", first ? 91 : 75, "interviewScore", first ? 88 : 80));
    }
    runJobs(plan);
    ProcessInstance notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(plan.getId())
        .singleResult();
    ClockUtil.setCurrentTime(Date.from(published.of(notice.getId()).getClosesAt()));
    runJobs(notice);
    runJobs(plan);
    people.actAs("kfq-org");
    assertThat(taskService.createTaskQuery().processInstanceId(plan.getId()).count()).isZero();
    people.actAsSystem();
    Task contract = tasks(plan).get(0);
    assertThat(contract.getName()).isEqualTo("签订聘用合同：" + FOUR_BYTE_NAME + "（花桥经济开发区）");
    complete(contract, "huaqiao-org", Map.of("hire", "HIRE", "postId", post.getId().toString(),
        "contractNumber", "花桥聘〔2026〕1号", "contractSignedOn", LocalDate.now(clock).toString()));
    runJobs(plan);

    Worker worker = workers.findById(posts.findById(post.getId()).orElseThrow().getWorkerId()).orElseThrow();
    ProcessInstance probation = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey("PROB-huaqiao-" + worker.getId()).singleResult();
    complete(probation, "huaqiao-org", Map.of("mentorName", "郑师傅", "mentorPosition", "组织委员"));
    complete(probation, "huaqiao-org", Map.of("workCommitment", "每月走访所联系两新组织", "integrityCommitment",
        "不收受任何财物", "commitmentMadeOn", LocalDate.now(clock).toString()));
    ClockUtil.setCurrentTime(managementService.createJobQuery().processInstanceId(probation.getId()).singleResult()
        .getDuedate());
    runJobs(probation);
    complete(probation, "huaqiao-org", Map.of("examScore", 82, "votesExcellent", 6, "votesGood", 3, "votesFair", 1,
        "votesPoor", 0));
    runJobs(probation);

    Worker confirmed = workers.findById(worker.getId()).orElseThrow();
    assertThat(confirmed.getStatus()).isEqualTo(WorkerStatus.ACTIVE);
    assertThat(confirmed.getName()).isEqualTo(FOUR_BYTE_NAME);
    assertThat(trail.of(confirmed)).extracting(TrailEntry::getEvent).containsExactly("HIRED", "ACCOUNT_OPENED",
        "PROBATION_STARTED", "MENTOR_ASSIGNED", "COMMITMENT_MADE", "PROBATION_REVIEWED", "CONFIRMED");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceIds(java.util.Set.of(application.getId(),
        plan.getId(), probation.getId())).count()).isZero();
  }

  private List<Task> tasks(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).orderByTaskName().asc().list();
  }

  private void complete(ProcessInstance instance, String userId, Map<String, Object> form) {
    complete(tasks(instance).get(0), userId, form);
  }

  private void complete(Task task, String userId, Map<String, Object> form) {
    forms.complete(task, userId, new HashMap<>(form));
  }

  /** Runs the instance's due jobs, as the job executor would. */
  private void runJobs(ProcessInstance instance) {
    managementService.createJobQuery().processInstanceId(instance.getId()).executable().list()
        .forEach(job -> managementService.executeJob(job.getId()));
  }
}
