package org.partyaffairs.workforce.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;

/** What counts as a passing failure of a job, and how long it waits (issue 28, item 8). */
class JobRecoveryTest {

  @Test
  void aPassingFailureWaitsFiveSecondsDoublingUpToAMinute() {
    assertThat(JobRecovery.waitBefore(1)).isEqualTo(Duration.ofSeconds(5));
    assertThat(JobRecovery.waitBefore(2)).isEqualTo(Duration.ofSeconds(10));
    assertThat(JobRecovery.waitBefore(3)).isEqualTo(Duration.ofSeconds(20));
    assertThat(JobRecovery.waitBefore(4)).isEqualTo(Duration.ofSeconds(40));
    assertThat(JobRecovery.waitBefore(5)).isEqualTo(Duration.ofSeconds(60));
    assertThat(JobRecovery.waitBefore(JobRecovery.PASSING_TRIES)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void deadlocksAndAnAbsentDatabasePassAtAnyDepthAndOtherFailuresDoNot() {
    assertThat(JobRecovery.isPassing(new ProcessEngineException("wrapped",
        new CannotAcquireLockException("Deadlock found when trying to get lock")))).isTrue();
    assertThat(JobRecovery.isPassing(new ProcessEngineException("wrapped",
        new java.sql.SQLTransientConnectionException("Connection is not available")))).isTrue();
    assertThat(JobRecovery.isPassing(new ProcessEngineException("wrapped", new SQLException("Duplicate entry")))).isFalse();
    assertThat(JobRecovery.isPassing(new IllegalStateException("a defect"))).isFalse();
  }
}
