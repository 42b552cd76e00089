package org.partyaffairs.workforce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.probation.ProbationStart;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The probation review form in Tasklist shows, read-only, that the worker has not passed 任前培训
 * (000 第十一条; {@code ./mvnw verify -Pe2e -Dit.test=ProbationTrainingFlagBrowserIT}): the town
 * organisation department sees 未通过任前培训, and the review can still be submitted (it flags, never
 * blocks); the flag is kept on the review's trail entry.
 */
@BrowserTest
class ProbationTrainingFlagBrowserIT {

  private static final String KFQ_ORG_FILTER = "待办 · 昆山开发区组织部门";

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired ProbationStart probationStart;
  @Autowired TaskService taskService;
  @Autowired Trail trail;
  @Autowired Clock clock;

  @Test
  void theReviewFormFlagsAWorkerWhoHasNotPassedPrePostTraining() {
    Worker worker = people.workerOnProbation("kfq", "任前浏览");
    // Hired more than two months ago: the period is over, so the review opens once the commitment is made.
    LocalDate hiredOn = LocalDate.now(clock).minusMonths(2).minusDays(7);
    String instance = probationStart.of(worker.getId(), hiredOn).getId();
    forms.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult(), "kfq-org",
        Map.of("mentorName", "王师傅", "mentorPosition", "组织委员"));
    forms.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult(), worker.getUserId(),
        Map.of("workCommitment", "每月走访所联系两新组织不少于4次", "integrityCommitment", "不收受服务对象任何财物",
            "commitmentMadeOn", hiredOn.toString()));
    JobExecutor.await(() -> taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey("Task_RecordProbationReview").count() == 1);

    try (Tasklist tasklist = Tasklist.loginAs(port, "kfq-org", "demo")) {
      assertThat(tasklist.tasksIn(KFQ_ORG_FILTER)).anyMatch(name -> name.startsWith("录入试用期考核结果：任前浏览"));
      tasklist.openTask("录入试用期考核结果：任前浏览");
      assertThat(tasklist.valueOf("任前培训（000 第十一条）")).isEqualTo("未通过任前培训：尚无任前培训记录（000 第十一条）");
      tasklist.type("试用期满考试成绩", "80");
      tasklist.type("民主测评“优秀”票数", "4");
      tasklist.type("民主测评“良好”票数", "3");
      tasklist.type("民主测评“一般”票数", "1");
      tasklist.type("民主测评“差”票数", "0");
      tasklist.screenshot("probation-review-pre-post-training-flag");
      tasklist.completeTask();
    }
    JobExecutor.await(() -> trail.of(worker).stream().anyMatch(entry -> entry.getEvent().equals("CONFIRMED")));
    assertThat(trail.of(worker)).filteredOn(entry -> entry.getEvent().equals("PROBATION_REVIEWED")).singleElement()
        .satisfies(entry -> assertThat(entry.getDetail()).contains("任前培训：未通过任前培训"));
  }
}
