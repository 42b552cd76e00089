package org.partyaffairs.workforce.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 28, item 8: a job that failed for a passing cause (a deadlock, the database away) is tried
 * again within seconds, waiting longer each time, and keeps its tries; a job that failed for a real
 * cause keeps the models' cycle (R3/PT5M: five minutes, one try used).
 */
@IntegrationTest
class PassingJobFailuresTest {

  private static final String PROCESS = "PassingFailureProbe";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  @BeforeEach
  void deployAStepThatFails() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      repositoryService.createDeployment().name("失败的步骤").addModelInstance(PROCESS + ".bpmn",
          Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent()
              .serviceTask("Task_Fail").name("会失败的步骤").camundaClass(FailingStep.class.getName())
              .camundaAsyncBefore().camundaFailedJobRetryTimeCycle("R3/PT5M").endEvent().done()).deploy();
    }
  }

  @Test
  void aDeadlockIsTriedAgainInFiveSecondsThenTenAndUsesNoTry() {
    String job = jobOf("deadlock");

    failOnce(job);
    assertThat(retries(job)).isEqualTo(3);
    assertThat(waitBeforeNextTry(job)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(6));
    assertThat(exceptionMessage(job)).contains("Deadlock");

    failOnce(job);
    assertThat(retries(job)).isEqualTo(3);
    assertThat(waitBeforeNextTry(job)).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(11));
  }

  @Test
  void theDatabaseOutOfReachIsTriedAgainInFiveSeconds() {
    String job = jobOf("outage");

    failOnce(job);

    assertThat(retries(job)).isEqualTo(3);
    assertThat(waitBeforeNextTry(job)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(6));
  }

  @Test
  void aRealFailureKeepsTheModelsCycleOfFiveMinutesAndUsesATry() {
    String job = jobOf("bug");

    failOnce(job);

    assertThat(retries(job)).isEqualTo(2);
    assertThat(waitBeforeNextTry(job)).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(6));
  }

  @Test
  void aCauseThatKeepsPassingCountsAsRealAfterTwentyTriesInARow() {
    String job = jobOf("deadlock");
    for (int i = 0; i < JobRecovery.PASSING_TRIES; i++) {
      failOnce(job);
    }
    assertThat(retries(job)).as("after %d passing failures", JobRecovery.PASSING_TRIES).isEqualTo(3);
    assertThat(waitBeforeNextTry(job)).as("the longest wait").isBetween(Duration.ofSeconds(59), Duration.ofSeconds(61));

    failOnce(job);

    assertThat(retries(job)).isEqualTo(2);
    assertThat(waitBeforeNextTry(job)).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(6));
  }

  private String jobOf(String failure) {
    String instance = runtimeService.startProcessInstanceByKey(PROCESS, Map.of("failure", failure, "townCode", "kfq")).getId();
    return managementService.createJobQuery().processInstanceId(instance).singleResult().getId();
  }

  private void failOnce(String job) {
    assertThatThrownBy(() -> managementService.executeJob(job)).isNotNull();
  }

  private int retries(String job) {
    return managementService.createJobQuery().jobId(job).singleResult().getRetries();
  }

  private String exceptionMessage(String job) {
    return managementService.createJobQuery().jobId(job).singleResult().getExceptionMessage();
  }

  /** Camunda 7.24 makes a failed job wait by moving its due date to the next try. */
  private Duration waitBeforeNextTry(String job) {
    return Duration.ofMillis(managementService.createJobQuery().jobId(job).singleResult().getDuedate().getTime()
        - ClockUtil.getCurrentTime().getTime());
  }
}
