package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.partyaffairs.workforce.post.Staffing;
import org.partyaffairs.workforce.probation.ProbationStart;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Jobs and incidents join the isolation matrix (issue 28): a kfq probation waiting at its two-month
 * timer (001 第六条), the timer's retries spent so that it is an incident too, read by id, listed and
 * read from history by every role, over the engine REST API and its {@code /engine/default} alias,
 * and in every other spelling of the path ({@link PathVariant}). kfq's groups, the city groups and the
 * administrator read them (proven: 200 naming the job or the incident); another town's groups and the
 * workers get 404, 403 or an empty list, and no answer of theirs names the job, the incident or the
 * instance.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobAndIncidentIsolationTest {

  /** A few days ago in Beijing: the commitment may not be dated after today. */
  private static final LocalDate HIRED_ON = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3);
  private static final List<String> READERS = List.of("kfq-org", "kfq-committee", "office", "committee", "admin");
  private static final List<String> OUTSIDERS = List.of("huaqiao-org", "huaqiao-committee", "zhangpu-org", "kfq-worker",
      "huaqiao-worker");

  @LocalServerPort int port;
  @Autowired Staffing staffing;
  @Autowired ProbationStart probationStart;
  @Autowired Forms forms;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService management;
  @Autowired TransactionTemplate transaction;

  private ProcessInstance probation;
  private Job timer;
  private Incident incident;

  @BeforeAll
  void aKfqProbationAtItsTimerWithAnIncident() {
    Worker worker = transaction.execute(status -> staffing.hire("定时器隔离", "kfq", null, "隔离站", "test"));
    probation = probationStart.of(worker.getId(), HIRED_ON);
    forms.complete(taskService.createTaskQuery().processInstanceId(probation.getId()).singleResult(), "kfq-org",
        Map.of("mentorName", "王师傅", "mentorPosition", "组织委员"));
    forms.complete(taskService.createTaskQuery().processInstanceId(probation.getId()).singleResult(), "kfq-org",
        Map.of("workCommitment", "每月走访所联系两新组织不少于4次", "integrityCommitment", "不收受服务对象任何财物",
            "commitmentMadeOn", HIRED_ON.toString()));
    timer = management.createJobQuery().processInstanceId(probation.getId()).singleResult();
    assertThat(timer).as("the probation's timer").isNotNull();
    management.setJobRetries(timer.getId(), 0); // spent retries: Camunda raises a failed-job incident
    incident = runtimeService.createIncidentQuery().processInstanceId(probation.getId()).singleResult();
    assertThat(incident).as("the incident").isNotNull();
  }

  @TestFactory
  Stream<DynamicTest> jobsAndIncidentsShowOnlyToTheirTownAndTheCity() {
    String instance = probation.getId();
    List<Read> reads = List.of(
        new Read("job by id", "/job/" + timer.getId(), Job::getId, true),
        new Read("job list", "/job?firstResult=0&maxResults=50&processInstanceId=" + instance, Job::getId, false),
        new Read("job count", "/job/count?processInstanceId=" + instance, job -> "\"count\":1", false),
        new Read("incident by id", "/incident/" + incident.getId(), job -> incident.getId(), true),
        new Read("incident list", "/incident?firstResult=0&maxResults=50&processInstanceId=" + instance, job -> incident.getId(), false),
        new Read("incident history", "/history/incident?firstResult=0&maxResults=50&processInstanceId=" + instance, job -> incident.getId(), false),
        new Read("job log", "/history/job-log?firstResult=0&maxResults=50&jobId=" + timer.getId(), Job::getId, false));
    List<DynamicTest> tests = new ArrayList<>();
    for (Read read : reads) {
      for (String reader : READERS) {
        for (PathVariant variant : List.of(PathVariant.CANONICAL, PathVariant.ENGINE_ALIAS)) {
          tests.add(DynamicTest.dynamicTest(reader + " reads " + read.label() + " (" + variant.label + ")", () -> {
            HttpResponse<String> answer = new Http(port).get(variant.apply("/engine-rest", read.path()), reader, "demo");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.body()).contains(read.shows().apply(timer));
          }));
        }
      }
      for (String outsider : OUTSIDERS) {
        for (PathVariant variant : PathVariant.values()) {
          tests.add(DynamicTest.dynamicTest(outsider + " is refused " + read.label() + " (" + variant.label + ")", () -> {
            HttpResponse<String> answer = new Http(port).get(variant.apply("/engine-rest", read.path()), outsider, "demo");
            if (read.byId() || !variant.acceptedForLegitimateCalls()) {
              assertThat(answer.statusCode()).as(answer.body()).isIn(400, 403, 404);
            } else {
              assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
              assertThat(answer.body()).isIn("[]", "{\"count\":0}");
            }
            // Nothing the request did not name itself (a refusal may repeat the id asked for).
            String[] unnamed = Stream.of(timer.getId(), incident.getId(), instance).filter(id -> !read.path().contains(id))
                .toArray(String[]::new);
            assertThat(answer.body()).doesNotContain(unnamed).doesNotContain("Exception:");
          }));
        }
      }
    }
    return tests.stream();
  }

  /** A read of the engine REST API and what a successful answer must show. */
  record Read(String label, String path, Function<Job, String> shows, boolean byId) {
  }
}
